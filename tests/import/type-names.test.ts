// Type names as search engines read them: in any case, and under schema.org's `type` and `id` aliases.
import { describe, expect, test } from "vitest";
import { article, importValid, lines } from "./import-support";

describe("type names", () => {
  test("a type written in another case is read as the schema.org type of that name, and reported", () => {
    const { graph, warnings } = importValid(
      article({
        "@type": "newsArticle",
        image: { "@type": "imageObject", url: "https://example.org/a.jpg" },
        publisher: { "@type": "NEWSMEDIAORGANIZATION", name: "Courier" },
      }),
    );
    expect(graph.articles[0]?.images).toEqual([{ url: "https://example.org/a.jpg" }]);
    expect(graph.actors[0]).toMatchObject({ name: "Courier", kind: "media" });
    const reading = (written: string, type: string) =>
      `the type "${written}" is read as schema.org's ${type}: schema.org's names are case-sensitive, but search engines match type names whatever their case`;
    expect(lines(warnings)).toEqual([
      `$["@type"]: ${reading("newsArticle", "NewsArticle")}`,
      `$.image["@type"]: ${reading("imageObject", "ImageObject")}`,
      `$.publisher["@type"]: ${reading("NEWSMEDIAORGANIZATION", "NewsMediaOrganization")}`,
    ]);
  });

  test("a type the importer does not map is reported under the name as written", () => {
    const { warnings } = importValid({ "@context": "https://schema.org", "@type": "brand", name: "X" });
    expect(lines(warnings)).toEqual(["$: the type brand is not mapped; the node is dropped"]);
  });

  test("type and id, schema.org's aliases of @type and @id, are read as them", () => {
    const { graph, warnings } = importValid(
      article({
        publisher: { type: "NewsMediaOrganization", id: "https://example.org/#courier", name: "Courier" },
      }),
    );
    expect(graph.actors[0]).toMatchObject({ id: "courier", kind: "media" });
    expect(warnings).toEqual([]);
  });

  test("a context that defines type as a term of its own keeps it a property", () => {
    const { warnings } = importValid(
      article({
        "@context": ["https://schema.org", { type: "https://other.example/ns#type" }],
        publisher: { "@type": "Organization", type: "cooperative", name: "Courier" },
      }),
    );
    expect(lines(warnings)).toContain(
      '$.publisher.type: type is not a schema.org term: the @context maps it to "https://other.example/ns#type"; not mapped',
    );
  });
});
