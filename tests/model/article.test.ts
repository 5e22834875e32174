import { describe, expect, it } from "vitest";
import { Article, articleGenres, contributorRoles } from "../../src/index";
import { article, expectValid, graph, issuesOf, onlyIssue, organization, person } from "./support";

describe("Article", () => {
  it("accepts a minimal article and fills its arrays with []", () => {
    const parsed = Article.parse(article());
    expect(parsed).toMatchObject({
      authors: [],
      keywords: [],
      images: [],
      about: [],
      mentions: [],
      related: [],
      corrections: [],
      contributors: [],
      breadcrumb: [],
      citations: [],
      paywalledParts: [],
    });
    expect(parsed).not.toHaveProperty("text");
    expect(parsed).not.toHaveProperty("backstory");
    expectValid(graph({ articles: [article()] }));
  });

  it.each(articleGenres)("accepts the genre %j", (genre) => {
    expectValid(graph({ articles: [article({ genre })] }));
  });

  it("rejects an unknown genre, listing every genre", () => {
    const issue = onlyIssue(graph({ articles: [article({ genre: "blog" })] }));
    expect(issue.path).toEqual(["articles", 0, "genre"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(
      `expected one of ${articleGenres.map((genre) => JSON.stringify(genre)).join(", ")}, found "blog"`,
    );
  });

  it.each(["id", "url", "headline", "genre", "language"])(
    "rejects an article without %s, at that field",
    (field) => {
      const issues = issuesOf(graph({ articles: [article({ [field]: undefined })] }));
      expect(issues?.[0]?.path).toEqual(["articles", 0, field]);
      expect(issues?.[0]?.message).toMatch(/^missing: expected |, found nothing$/);
    },
  );

  it("accepts an article without datePublished, or a correction without a date: sources do not always say", () => {
    const undated = article({
      datePublished: undefined,
      corrections: [{ text: "An earlier version misnamed the bridge." }],
    });
    expect(issuesOf(graph({ articles: [undated] }))).toBeUndefined();
  });

  it("rejects an empty headline", () => {
    const issue = onlyIssue(graph({ articles: [article({ headline: "" })] }));
    expect(issue.path).toEqual(["articles", 0, "headline"]);
    expect(issue.code).toBe("too_small");
  });

  it("rejects an unknown key at its own path, listing every field of an article", () => {
    const issue = onlyIssue(graph({ articles: [article({ isAccessibleForFee: true })] }));
    expect(issue.path).toEqual(["articles", 0, "isAccessibleForFee"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toMatch(
      /^unknown field "isAccessibleForFee"; expected only "id", "url", "headline"/,
    );
    expect(issue.message).toContain(
      '"isAccessibleForFree", "paywalledParts", "provenance", "fieldProvenance"',
    );
    expect(issue.message).not.toContain("…");
  });

  it("rejects images with a width that is not a positive integer", () => {
    const issues = issuesOf(
      graph({
        articles: [
          article({
            images: [
              { url: "https://example.org/a.jpg", width: 0 },
              { url: "https://example.org/b.jpg", height: 1.5 },
            ],
          }),
        ],
      }),
    );
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["articles", 0, "images", 0, "width"], "too_small"],
      [["articles", 0, "images", 1, "height"], "invalid_type"],
    ]);
  });

  it("rejects a related link without a title and a correction without text", () => {
    const issues = issuesOf(
      graph({
        articles: [article({ related: [{ url: "https://example.org/b" }], corrections: [{ date: "2024" }] })],
      }),
    );
    expect(issues?.map((issue) => issue.path)).toEqual([
      ["articles", 0, "related", 0, "title"],
      ["articles", 0, "corrections", 0, "text"],
    ]);
  });

  it("rejects isAccessibleForFree that is not a boolean", () => {
    const issue = onlyIssue(graph({ articles: [article({ isAccessibleForFree: "yes" })] }));
    expect(issue.path).toEqual(["articles", 0, "isAccessibleForFree"]);
    expect(issue.message).toBe('expected boolean, found "yes"');
  });

  it("accepts an empty text, which no span can point into", () => {
    expectValid(graph({ articles: [article({ text: "" })] }));
  });
});

describe("an article's trust indicators and page facts", () => {
  const actors = [
    person({ id: "sam-lee", name: "Sam Lee" }),
    organization({ id: "wire", kind: "media", name: "Wire" }),
  ];

  it.each(contributorRoles)("accepts a contributor in the role %j", (role) => {
    expectValid(graph({ articles: [article({ contributors: [{ actor: "sam-lee", role }] })], actors }));
  });

  it("accepts a contributor whose role is not stated", () => {
    expectValid(graph({ articles: [article({ contributors: [{ actor: "wire" }] })], actors }));
  });

  it("rejects an unknown role, listing the roles, and a contributor that names no actor", () => {
    const issues = issuesOf(
      graph({
        articles: [
          article({
            contributors: [
              { actor: "sam-lee", role: "caterer" },
              { actor: "nobody", role: "editor" },
            ],
          }),
        ],
        actors,
      }),
    );
    expect(issues?.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        ["articles", 0, "contributors", 0, "role"],
        "invalid_value",
        `expected one of ${contributorRoles.map((role) => JSON.stringify(role)).join(", ")}, found "caterer"`,
      ],
    ]);
    const graphIssues = issuesOf(
      graph({ articles: [article({ contributors: [{ actor: "nobody", role: "editor" }] })], actors }),
    );
    expect(graphIssues).toEqual([
      {
        path: ["articles", 0, "contributors", 0, "actor"],
        code: "unresolved_reference",
        message: 'no node has the id "nobody"; expected the id of an actor',
      },
    ]);
  });

  it("accepts an image with its rights and its creator, an actor of the graph", () => {
    const image = {
      url: "https://example.org/harbour.jpg",
      width: 1200,
      height: 675,
      caption: "The harbour at dawn",
      credit: "Sam Lee / Wire",
      creator: "sam-lee",
      copyrightNotice: "© 2025 Wire",
      license: "https://example.org/licences/editorial",
      acquireLicensePage: "https://example.org/licensing",
    };
    expectValid(graph({ articles: [article({ images: [image] })], actors }));
    expect(Article.parse(article({ images: [image] })).images).toEqual([image]);
  });

  it("rejects an image creator that is not an actor, at the creator", () => {
    const issue = onlyIssue(
      graph({
        articles: [article({ images: [{ url: "https://example.org/a.jpg", creator: "an-article" }] })],
      }),
    );
    expect(issue).toEqual({
      path: ["articles", 0, "images", 0, "creator"],
      code: "wrong_reference_kind",
      message: '"an-article" is an article (articles[0]); expected the id of an actor',
    });
  });

  it("rejects a licence that is not a URL", () => {
    const issue = onlyIssue(
      graph({
        articles: [article({ images: [{ url: "https://example.org/a.jpg", license: "CC BY 4.0" }] })],
      }),
    );
    expect(issue.path).toEqual(["articles", 0, "images", 0, "license"]);
    expect(issue.code).toBe("invalid_url");
  });

  it("accepts citations with a title, a url or both, and a backstory", () => {
    expectValid(
      graph({
        articles: [
          article({
            citations: [
              { title: "Harbour authority annual report", url: "https://example.org/report.pdf" },
              { title: "Interview with the harbour master" },
              { url: "https://example.org/data.csv" },
            ],
            backstory: "Our reporter spent a week with the harbour's night shift.",
          }),
        ],
      }),
    );
  });

  it("rejects a citation with neither title nor url, saying one is needed", () => {
    const issue = onlyIssue(graph({ articles: [article({ citations: [{}] })] }));
    expect(issue).toEqual({
      path: ["articles", 0, "citations", 0],
      code: "invalid_citation",
      message: "expected a title or a url of the work cited, found neither",
    });
  });

  it("rejects an empty backstory", () => {
    const issue = onlyIssue(graph({ articles: [article({ backstory: "" })] }));
    expect(issue.path).toEqual(["articles", 0, "backstory"]);
    expect(issue.code).toBe("too_small");
  });

  it("accepts a breadcrumb of sections with their pages, and rejects an item without a url", () => {
    const breadcrumb = [
      { name: "News", url: "https://example.org/news" },
      { name: "Harbour", url: "https://example.org/news/harbour" },
    ];
    expectValid(graph({ articles: [article({ breadcrumb })] }));
    const issue = onlyIssue(graph({ articles: [article({ breadcrumb: [{ name: "News" }] })] }));
    expect(issue.path).toEqual(["articles", 0, "breadcrumb", 0, "url"]);
  });

  it("accepts paywalled parts on an article that is not free", () => {
    expectValid(
      graph({
        articles: [article({ isAccessibleForFree: false, paywalledParts: [".paywall", "#premium"] })],
      }),
    );
  });

  it.each([
    [true, "true"],
    [undefined, "nothing"],
  ])(
    "rejects paywalled parts on an article whose isAccessibleForFree is %j, at isAccessibleForFree",
    (isAccessibleForFree, shown) => {
      const issue = onlyIssue(
        graph({ articles: [article({ isAccessibleForFree, paywalledParts: [".paywall"] })] }),
      );
      expect(issue).toEqual({
        path: ["articles", 0, "isAccessibleForFree"],
        code: "inconsistent_paywall",
        message: `expected isAccessibleForFree false, since paywalledParts names parts of the page that only subscribers can read, found ${shown}`,
      });
    },
  );

  it("rejects an empty CSS selector", () => {
    const issue = onlyIssue(
      graph({ articles: [article({ isAccessibleForFree: false, paywalledParts: [""] })] }),
    );
    expect(issue.path).toEqual(["articles", 0, "paywalledParts", 0]);
  });
});
