// The graph checks of a live blog's updates and of a claim's appearances.
import { describe, expect, test } from "vitest";
import type { NewsGraph } from "../../src/model/news-graph";
import { safeParseNewsGraph } from "../../src/validate/parse";

type ArticleFields = Partial<NewsGraph["articles"][number]>;

const article = (id: string, fields: ArticleFields = {}): NewsGraph["articles"][number] => ({
  id,
  url: `https://example.org/${id}`,
  headline: id,
  genre: "news",
  language: "en",
  datePublished: "2025-01-08",
  authors: [],
  keywords: [],
  images: [],
  about: [],
  mentions: [],
  related: [],
  corrections: [],
  updates: [],
  contributors: [],
  breadcrumb: [],
  citations: [],
  paywalledParts: [],
  ...fields,
});

const graph = (articles: NewsGraph["articles"], claims: NewsGraph["claims"] = []): NewsGraph => ({
  format: 1,
  articles,
  actors: [
    {
      id: "ana",
      kind: "person",
      name: "Ana",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
    },
  ],
  claims,
  events: [],
  places: [],
});

const issues = (input: NewsGraph) => {
  const result = safeParseNewsGraph(input);
  return result.success
    ? []
    : result.error.issues.map(({ path, code, message }) => ({ path, code, message }));
};

describe("a live blog's updates", () => {
  test("a live blog lists blog postings of the graph as its updates", () => {
    const live = article("live", { form: "live-blog-posting", updates: ["first", "second"] });
    expect(
      issues(
        graph([
          live,
          article("first", { form: "blog-posting" }),
          article("second", { form: "blog-posting" }),
        ]),
      ),
    ).toEqual([]);
  });

  test("only a live blog has updates, and each is a blog posting", () => {
    expect(issues(graph([article("a", { updates: ["b"] }), article("b")]))).toEqual([
      {
        path: ["articles", 0, "updates"],
        code: "invalid_update",
        message:
          'updates belong to a live blog, found them on an article whose form is not given; expected the form "live-blog-posting"',
      },
      {
        path: ["articles", 0, "updates", 0],
        code: "invalid_update",
        message:
          '"b" (articles[1]) is not a blog posting; expected an article whose form is "blog-posting" or "live-blog-posting", as schema.org\'s liveBlogUpdate takes a BlogPosting',
      },
    ]);
  });

  test("an update belongs to one live blog, once; updates resolve to articles and form no cycle", () => {
    const found = issues(
      graph([
        article("one", { form: "live-blog-posting", updates: ["post", "post", "ana"] }),
        article("two", { form: "live-blog-posting", updates: ["post", "two"] }),
        article("post", { form: "blog-posting" }),
      ]),
    );
    expect(found.map(({ path, code }) => `${path.join(".")} ${code}`)).toEqual([
      "articles.0.updates.1 invalid_update",
      "articles.1.updates.0 invalid_update",
      "articles.0.updates.2 wrong_reference_kind",
      "articles.1.updates.1 reference_cycle",
    ]);
  });
});

describe("a claim's appearances", () => {
  const claim = (appearances: NewsGraph["claims"][number]["appearances"]): NewsGraph["claims"][number] => ({
    id: "c",
    claimant: "ana",
    statement: "S.",
    act: "asserts",
    about: [],
    quantities: [],
    evidence: [],
    appearances,
    responds: [],
  });

  test("an article of the graph, or a work outside it, each resolving", () => {
    expect(
      issues(
        graph(
          [article("a")],
          [
            claim([
              { article: "a", first: true },
              { url: "https://example.org/post", type: "SocialMediaPosting", author: "ana" },
            ]),
          ],
        ),
      ),
    ).toEqual([]);
    expect(
      issues(graph([article("a")], [claim([{ article: "ana" }, { author: "nobody" }])])).map((i) => i.code),
    ).toEqual(["wrong_reference_kind", "unresolved_reference"]);
  });

  test("an appearance names an article or a work, not both and not neither", () => {
    const found = issues(
      graph([article("a")], [claim([{ article: "a", url: "https://example.org/a" }, { first: true }])]),
    );
    expect(found).toEqual([
      {
        path: ["claims", 0, "appearances", 0, "url"],
        code: "invalid_appearance",
        message:
          "expected an article of the graph or a work outside it, found both (article and url); the article's own fields describe it",
      },
      {
        path: ["claims", 0, "appearances", 1],
        code: "invalid_appearance",
        message:
          "expected an article of the graph, or a work outside it described by its url, type, name, author or datePublished, found none of them",
      },
    ]);
  });
});
