import type { Graph, Thing } from "schema-dts";
import { describe, expectTypeOf, test } from "vitest";
import {
  type ArticleJsonLdOptions,
  articleJsonLd,
  type JsonLdGraph,
  type JsonLdNewsArticle,
  type JsonLdNode,
  type JsonLdOptions,
  type JsonLdPlace,
  toJsonLd,
} from "../../src/jsonld";
import type { NewsGraph } from "../../src/model/news-graph";

declare const graph: NewsGraph;

describe("JSON-LD serializer types", () => {
  test("both serializers return a JsonLdGraph", () => {
    expectTypeOf(articleJsonLd(graph, "an-article")).toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(toJsonLd(graph, { baseUrl: "https://example.org/graph" })).toEqualTypeOf<JsonLdGraph>();
  });

  test("the output is a schema-dts Graph: every node type is a valid schema.org node as schema-dts types it", () => {
    // schema-dts types a node of one @type only; an article of a form and a genre has two (an array, as
    // JSON-LD allows), and each of its types alone is a valid node.
    type OneType<T> = T extends { "@type": infer U }
      ? Omit<T, "@type"> & { "@type": Extract<U, string> }
      : never;
    type OneTypeEach = {
      [K in keyof JsonLdGraph]: K extends "@graph" ? readonly OneType<JsonLdNode>[] : JsonLdGraph[K];
    };
    expectTypeOf<OneTypeEach>().toExtend<Graph>();
    expectTypeOf<OneType<JsonLdNode>>().toExtend<Thing>();
    expectTypeOf<JsonLdNewsArticle["@type"]>().toExtend<string | [string, string]>();
  });

  test("a node is told apart by its @type, and a type that is never written does not compile", () => {
    const node = toJsonLd(graph)["@graph"][0];
    if (node?.["@type"] === "Claim") expectTypeOf(node.author).toEqualTypeOf<{ "@id": string } | undefined>();
    if (node?.["@type"] === "City") expectTypeOf(node).toEqualTypeOf<JsonLdPlace>();
    // @ts-expect-error a misspelt type: the comparison can never be true
    if (node?.["@type"] === "NewsArticel") return;
    const written: JsonLdNode = { "@type": "Person", "@id": "https://example.org/#a", name: "A" };
    // @ts-expect-error a schema.org type that newsgraph never writes
    const unknown: JsonLdNode = { "@type": "Patient", "@id": "https://example.org/#a", name: "A" };
    // @ts-expect-error a property the node type does not have
    const extra: JsonLdNode = { "@type": "Person", "@id": "https://example.org/#a", name: "A", headline: "" };
    void [written, unknown, extra];
  });

  test("the options are a base URL, and for a page a profile, and nothing else", () => {
    expectTypeOf<JsonLdOptions>().toEqualTypeOf<{ baseUrl?: string }>();
    expectTypeOf<ArticleJsonLdOptions>().toEqualTypeOf<{ baseUrl?: string; profile?: "page" | "graph" }>();
    // @ts-expect-error a profile that does not exist
    articleJsonLd(graph, "an-article", { profile: "full" });
    // @ts-expect-error an unknown option is refused
    toJsonLd(graph, { includeContext: false });
    // @ts-expect-error the article is named by its id, a string
    articleJsonLd(graph, 3);
  });
});
