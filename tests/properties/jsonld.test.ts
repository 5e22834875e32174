// The JSON-LD serializers over generated graphs: they never throw on a valid graph, their output conforms to
// the schema.org vocabulary, its @ids are distinct and the same on every page, and jsonLdScript embeds it
// safely and exactly. Runs: toJsonLd 300, articleJsonLd 300 (every article of each graph), @ids 300 and 200,
// embedding whole graphs 300, embedding any string 3000, embedding any JSON value 1000.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleJsonLd, jsonLdScript, toJsonLd } from "../../src/jsonld/index";
import { arbitraryNewsGraph, arbitraryText } from "../../src/testing/index";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";
import { arbitraryCollidingGraph } from "./support/colliding-graphs";
import { deepFreeze } from "./support/deep-freeze";
import { runs, timeout } from "./support/runs";
import { expectSame } from "./support/same";

const BASE = "https://example.org/news";
// A graph with no article has no url to name its nodes after: toJsonLd then needs a base URL.
const baseFor = (graph: { articles: unknown[] }) => (graph.articles.length === 0 ? { baseUrl: BASE } : {});

const OPENING = /^<script type="application\/ld\+json">/;
const CLOSING = "</script>";

/** Checks that an element holds nothing that ends or comments out a script, and returns its JSON text. */
function scriptContent(element: string): string {
  expect(element).toMatch(OPENING);
  expect(element.endsWith(CLOSING)).toBe(true);
  const content = element.replace(OPENING, "").slice(0, -CLOSING.length);
  expect(content).not.toMatch(/<\/script|<!--|<script|-->|[<>&\u2028\u2029]/i);
  return content;
}

const jsonOf = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The @ids that more than one node of a document has. */
function sharedIds(document: { "@graph": readonly { "@id"?: unknown }[] }): unknown[] {
  const seen = new Set<unknown>();
  const shared: unknown[] = [];
  for (const node of document["@graph"]) {
    if (seen.has(node["@id"])) shared.push(node["@id"]);
    seen.add(node["@id"]);
  }
  return shared;
}

const PROFILES = ["page", "graph"] as const;

describe("JSON-LD of generated graphs", () => {
  it(
    "is written for every valid graph by toJsonLd, without a throw or a change to the graph, and conforms to schema.org",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph({ withText: true }), (graph) => {
          const copy = structuredClone(graph);
          const document = toJsonLd(deepFreeze(graph), baseFor(graph));
          expectSame(graph, copy);
          expect(checkSchemaOrgConformance(document).errors).toEqual([]);
        }),
        runs(300),
      );
    },
    timeout(40_000),
  );

  it(
    "is written for every article of every valid graph by articleJsonLd, and conforms to schema.org",
    () => {
      const graphs = arbitraryNewsGraph().filter((graph) => graph.articles.length > 0);
      fc.assert(
        fc.property(graphs, (graph) => {
          deepFreeze(graph);
          for (const article of graph.articles) {
            const document = articleJsonLd(graph, article.id);
            expect(checkSchemaOrgConformance(document).errors).toEqual([]);
          }
        }),
        runs(300),
      );
    },
    timeout(40_000),
  );

  it(
    "is embedded by jsonLdScript so that no text of the graph breaks out, and reads back exactly",
    () => {
      const graphs = arbitraryNewsGraph({ withText: true }).filter((graph) => graph.articles.length > 0);
      fc.assert(
        fc.property(graphs, fc.boolean(), (graph, whole) => {
          const [first] = graph.articles;
          const document = whole || first === undefined ? toJsonLd(graph) : articleJsonLd(graph, first.id);
          expectSame(JSON.parse(scriptContent(jsonLdScript(document))), jsonOf(document));
        }),
        runs(300),
      );
    },
    timeout(40_000),
  );
});

describe("@ids of generated graphs", () => {
  // Plain generated graphs, and graphs whose addresses and ids are made to meet (some the validator refuses,
  // which the serializers write all the same).
  const graphs = fc.oneof(arbitraryNewsGraph(), arbitraryCollidingGraph({ valid: false }));

  it(
    "are distinct for distinct nodes, in toJsonLd and on every article's page in both profiles",
    () => {
      fc.assert(
        fc.property(graphs, (graph) => {
          expect(sharedIds(toJsonLd(graph, baseFor(graph)))).toEqual([]);
          for (const article of graph.articles) {
            for (const profile of PROFILES)
              expect(sharedIds(articleJsonLd(graph, article.id, { profile }))).toEqual([]);
          }
        }),
        runs(300),
      );
    },
    timeout(40_000),
  );

  it(
    "are the same on every page given one base URL as in the whole graph, whichever page is written first",
    () => {
      fc.assert(
        fc.property(graphs, fc.nat(), (graph, start) => {
          const options = { baseUrl: BASE };
          const whole = new Set(
            toJsonLd(structuredClone(graph), options)["@graph"].map((node) => node["@id"]),
          );
          // Pages written from a rotated list, on a graph no call has named yet.
          const fresh = structuredClone(graph);
          const order = graph.articles.map((_, index, list) => list[(index + start) % list.length]);
          for (const article of order) {
            if (article === undefined) continue;
            for (const profile of PROFILES) {
              for (const node of articleJsonLd(fresh, article.id, { ...options, profile })["@graph"])
                expect(whole.has(node["@id"]), String(node["@id"])).toBe(true);
            }
          }
        }),
        runs(200),
      );
    },
    timeout(40_000),
  );
});

describe("jsonLdScript", () => {
  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    arbitraryText({ loneSurrogates: true, maxPieces: 12 }),
    fc.string({
      unit: fc.constantFrom(
        "<",
        "/",
        "s",
        "c",
        "r",
        "i",
        "p",
        "t",
        ">",
        "!",
        "-",
        "\u2028",
        "\u2029",
        "&",
        "\ud800",
        "\udc00",
        "\\",
        '"',
      ),
      maxLength: 30,
    }),
  );

  it(
    "embeds any string, lone surrogates included, in keys and values, safely and exactly",
    () => {
      fc.assert(
        fc.property(hostile, hostile, (key, value) => {
          const document = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            headline: value,
            [key]: [value],
          };
          expectSame(JSON.parse(scriptContent(jsonLdScript(document))), jsonOf(document));
        }),
        runs(3000),
      );
    },
    timeout(30_000),
  );

  it(
    "embeds any JSON object exactly",
    () => {
      const documents = fc.dictionary(fc.string({ unit: "binary" }), fc.jsonValue(), {
        noNullPrototype: true,
      });
      fc.assert(
        fc.property(documents, (document) => {
          expectSame(JSON.parse(scriptContent(jsonLdScript(document))), jsonOf(document));
        }),
        runs(1000),
      );
    },
    timeout(30_000),
  );
});
