import { describe, expect, it } from "vitest";
import { Article, articleGenres } from "../../src/index";
import { article, expectValid, graph, issuesOf, onlyIssue } from "./support";

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
    });
    expect(parsed).not.toHaveProperty("text");
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

  it.each(["id", "url", "headline", "genre", "language", "datePublished"])(
    "rejects an article without %s, at that field",
    (field) => {
      const issues = issuesOf(graph({ articles: [article({ [field]: undefined })] }));
      expect(issues?.[0]?.path).toEqual(["articles", 0, field]);
      expect(issues?.[0]?.message).toMatch(/^missing: expected |, found nothing$/);
    },
  );

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
    expect(issue.message).toContain('"isAccessibleForFree", "provenance", "fieldProvenance"');
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
