import type { Graph } from "schema-dts";
import { describe, expectTypeOf, test } from "vitest";
import { articleJsonLd, type JsonLdOptions, toJsonLd } from "../../src/jsonld";
import type { NewsGraph } from "../../src/model/news-graph";

declare const graph: NewsGraph;

describe("JSON-LD serializer types", () => {
  test("both serializers return a schema-dts Graph", () => {
    expectTypeOf(articleJsonLd(graph, "an-article")).toEqualTypeOf<Graph>();
    expectTypeOf(toJsonLd(graph, { baseUrl: "https://example.org/graph" })).toEqualTypeOf<Graph>();
  });

  test("the options are a base URL and nothing else", () => {
    expectTypeOf<JsonLdOptions>().toEqualTypeOf<{ baseUrl?: string }>();
    // @ts-expect-error an unknown option is refused
    toJsonLd(graph, { includeContext: false });
    // @ts-expect-error the article is named by its id, a string
    articleJsonLd(graph, 3);
  });
});
