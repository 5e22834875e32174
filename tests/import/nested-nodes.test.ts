// Typed nodes that no mapped property reaches: under a key of a node without @type, or an article under a
// property the importer does not map. Each is imported as a node of its own, and reported.
import { describe, expect, test } from "vitest";
import { article, importValid, lines, schemaOrg } from "./import-support";

describe("nodes nested where nothing maps them", () => {
  test("a node under a key of a node without @type (a key that is no schema.org term) is a node of its own", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      article: article({ "@context": undefined }),
      author: { "@type": "Person", name: "Ana Lima" },
      tracking: "abc",
    });
    expect(graph.articles.map(({ id }) => id)).toEqual(["storm"]);
    expect(graph.actors.map(({ name }) => name)).toEqual(["Ana Lima"]);
    expect(lines(warnings)).toEqual([
      '$.article: a NewsArticle under "article", a key of a node without @type, is imported as a node of its own',
      '$.author: a Person under "author", a key of a node without @type, is imported as a node of its own',
      "$.tracking: the property tracking of a node without @type is not mapped",
    ]);
  });

  test("an article under a property that is not mapped (a WebPage's mainEntity) is an article of its own", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "WebPage",
      url: "https://example.org/news/storm",
      mainEntity: article({ "@context": undefined }),
    });
    expect(graph.articles.map(({ id }) => id)).toEqual(["storm"]);
    expect(lines(warnings)).toEqual([
      "$.mainEntity: a NewsArticle under a property that is not mapped is imported as an article of its own",
      "$: a WebPage on its own is not mapped; the model keeps one only as an article's mainEntityOfPage",
    ]);
  });

  test("an article that cannot be imported there is reported, as one at the top would be", () => {
    const { graph, warnings } = importValid(
      article({ isPartOf: { "@type": ["NewsArticle", "Product"], name: "Yomiuri Online" } }),
    );
    expect(graph.articles).toHaveLength(1);
    expect(lines(warnings)).toContain(
      "$.isPartOf: NewsArticle not imported: it has no url (nor a mainEntityOfPage or an http(s) @id), and no baseUrl option was given; the model requires a url",
    );
  });
});
