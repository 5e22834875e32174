// The round trip toJsonLd → fromJsonLd → toJsonLd: the importer reads back what the serializer writes.
// Runs per property (npm test; the nightly job multiplies them): 200 each, over plain generated graphs and
// graphs whose addresses and ids are made to meet.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exampleHerald, northKoreanTroopsInKursk } from "../../src/examples/index";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { type JsonLdOptions, toJsonLd } from "../../src/jsonld/graph";
import type { JsonLdClaim } from "../../src/jsonld/output";
import type { NewsGraph } from "../../src/model/news-graph";
import { arbitraryNewsGraph } from "../../src/testing/index";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { everyKindGraph } from "../jsonld/every-kind-graph";
import { arbitraryCollidingGraph } from "../properties/support/colliding-graphs";
import { runs, timeout } from "../properties/support/runs";

/** Imports JSON-LD, checks the graph is valid, and writes it again with the same options. */
function again(
  document: ReturnType<typeof toJsonLd>,
  options: JsonLdOptions = {},
): ReturnType<typeof toJsonLd> {
  const { graph } = fromJsonLd(document);
  const checked = safeParseNewsGraph(graph);
  expect(checked.success ? [] : checked.error.issues).toEqual([]);
  return toJsonLd(graph, options);
}

/** The graph without evidence spans: the claims then appear in no article. */
function withoutEvidence(graph: NewsGraph): NewsGraph {
  const copy = structuredClone(graph);
  for (const claim of copy.claims) claim.evidence = [];
  return copy;
}

/** The options of both toJsonLd calls: none, unless the graph has no article to take a base URL from. */
const optionsFor = (graph: NewsGraph): JsonLdOptions =>
  graph.articles.length > 0 ? {} : { baseUrl: "https://example.org/graph" };

describe("toJsonLd → fromJsonLd → toJsonLd", () => {
  test("the example graph reads back exactly, each claim's appearance included", () => {
    const once = toJsonLd(northKoreanTroopsInKursk);
    const claims = (document: typeof once) =>
      document["@graph"].filter((node): node is JsonLdClaim => node["@type"] === "Claim");
    expect(claims(once).every((claim) => claim.appearance !== undefined)).toBe(true);
    expect(again(once)).toEqual(once);
  });

  test("the publisher example: the graph reads back exactly, provenance aside, and writes the same JSON-LD", () => {
    const once = toJsonLd(exampleHerald);
    const { graph, warnings } = fromJsonLd(once);
    expect(warnings).toEqual([]);
    // schema.org has no place for provenance (see docs/jsonld.md, "What the JSON-LD cannot say").
    const withoutProvenance = JSON.parse(
      JSON.stringify(exampleHerald, (key, value: unknown) => (key === "provenance" ? undefined : value)),
    );
    expect(graph).toEqual(withoutProvenance);
    expect(toJsonLd(graph)).toEqual(once);
  });

  test("the example's article, whose datePublished the JSON-LD leaves out, is dated from its claims", () => {
    const { graph, warnings } = fromJsonLd(toJsonLd(northKoreanTroopsInKursk));
    const note =
      "the datePublished is not stated; the article was published no earlier than 2024-10-28, the latest date of the claims that appear in it (a claim is made before it is reported)";
    expect(
      graph.articles.map(({ id, datePublished, fieldProvenance }) => ({
        id,
        datePublished,
        fieldProvenance,
      })),
    ).toEqual([
      {
        id: "north-korean-troops-in-kursk",
        datePublished: "2024-10-28/..",
        fieldProvenance: { datePublished: { basis: "inferred", note } },
      },
    ]);
    expect(warnings).toContainEqual({ path: '$["@graph"][0].datePublished', message: note });
  });

  test("the example's ids are the example's own", () => {
    const { graph } = fromJsonLd(toJsonLd(northKoreanTroopsInKursk));
    const ids = (source: NewsGraph) =>
      [...source.actors, ...source.claims, ...source.events, ...source.places].map((node) => node.id);
    expect(ids(graph)).toEqual(ids(northKoreanTroopsInKursk));
  });

  test("the graph of every kind and field reads back exactly", () => {
    const once = toJsonLd(everyKindGraph);
    expect(again(once)).toEqual(once);
  });

  test(
    "generated graphs without evidence: the round trip is exact",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph().map(withoutEvidence), (graph) => {
          expect(safeParseNewsGraph(graph).success).toBe(true);
          const options = optionsFor(graph);
          const once = toJsonLd(graph, options);
          expect(again(once, options)).toEqual(once);
        }),
        runs(200),
      );
    },
    timeout(60_000),
  );

  test(
    "generated graphs with evidence: the round trip is exact",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph(), (graph) => {
          expect(safeParseNewsGraph(graph).success).toBe(true);
          const options = optionsFor(graph);
          const once = toJsonLd(graph, options);
          expect(again(once, options)).toEqual(once);
        }),
        runs(200),
      );
    },
    timeout(60_000),
  );

  test(
    "generated graphs whose addresses and ids meet (an article at a node's #id, a node named webpage…): the round trip is exact",
    () => {
      fc.assert(
        fc.property(arbitraryCollidingGraph({ valid: true }), (graph) => {
          const options = optionsFor(graph);
          const once = toJsonLd(graph, options);
          expect(again(once, options)).toEqual(once);
        }),
        runs(200),
      );
    },
    timeout(60_000),
  );

  test("an article whose qualified datePublished nothing bounds is imported without one, reported, not given an invented date", () => {
    const graph = structuredClone(northKoreanTroopsInKursk);
    graph.claims = [];
    const { graph: imported, warnings } = fromJsonLd(toJsonLd(graph));
    expect(imported.articles.map(({ id, datePublished }) => ({ id, datePublished }))).toEqual([
      { id: "north-korean-troops-in-kursk", datePublished: undefined },
    ]);
    expect(warnings).toContainEqual({
      path: '$["@graph"][0].datePublished',
      message:
        "the datePublished is not stated (nor dateCreated), and nothing in the document bounds it: the article is imported without a date",
    });
  });
});
