// fromJsonLd on anything: it returns (never throws), its graph passes safeParseNewsGraph, and an object graph
// built in code (shared parts, cycles) is read once, object by object. Runs: JSON-LD-like JSON 500, any JSON
// 300, object graphs 300.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { runs, timeout } from "./support/runs";

const TYPES = [
  "NewsArticle",
  "Article",
  "Person",
  "Organization",
  "Claim",
  "ClaimReview",
  "Event",
  "Place",
  "City",
  "ImageObject",
  "Rating",
  "PostalAddress",
  "GeoCoordinates",
  "QuantitativeValue",
  "Role",
  "WebPage",
  "Recipe",
];
const PROPERTIES = [
  "headline",
  "name",
  "url",
  "datePublished",
  "author",
  "publisher",
  "itemReviewed",
  "reviewRating",
  "ratingValue",
  "alternateName",
  "memberOf",
  "about",
  "mentions",
  "location",
  "containedInPlace",
  "superEvent",
  "geo",
  "latitude",
  "address",
  "image",
  "sameAs",
  "appearance",
  "subOrganization",
  "parentOrganization",
  "toString",
  "__proto__",
];
const SCALARS = fc.oneof(
  fc.constantFrom(
    "Ada",
    "https://example.org/a",
    "/relative",
    "2024-10-28",
    "2024-10-28T12:00:00+01:00",
    "4.5",
    "#a",
    "#b",
    "en",
    "",
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON that looks like JSON-LD: typed nodes with schema.org properties, references and arrays. */
const jsonLdLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    SCALARS,
    tie("node"),
    fc.array(tie("value"), { maxLength: 3 }),
  ),
  node: fc
    .record(
      {
        "@context": fc.constantFrom("https://schema.org", "http://schema.org/", {
          "@vocab": "https://schema.org/",
        }),
        "@id": fc.constantFrom("#a", "#b", "#c", "https://example.org/a"),
        "@type": fc.oneof(fc.constantFrom(...TYPES), fc.array(fc.constantFrom(...TYPES), { maxLength: 3 })),
      },
      { requiredKeys: [] },
    )
    .chain((keywords) =>
      fc
        .dictionary(fc.constantFrom(...PROPERTIES), tie("value"), { maxKeys: 5 })
        .map((properties) => ({ ...keywords, ...properties })),
    ),
}));

function expectImported(input: unknown): void {
  const { graph, warnings } = fromJsonLd(input);
  const checked = safeParseNewsGraph(graph);
  expect(checked.success ? [] : checked.error.issues).toEqual([]);
  expect(warnings.filter((warning) => warning.message.includes("could not be read"))).toEqual([]);
}

describe("fromJsonLd on any input", () => {
  it(
    "returns a graph that passes safeParseNewsGraph for JSON-LD-like JSON",
    () => {
      fc.assert(
        fc.property(fc.oneof(jsonLdLike.node, fc.array(jsonLdLike.node, { maxLength: 4 })), (input) => {
          expectImported(JSON.parse(JSON.stringify(input)));
        }),
        runs(500),
      );
    },
    timeout(30_000),
  );

  it(
    "returns a graph that passes safeParseNewsGraph for any JSON",
    () => {
      fc.assert(
        fc.property(fc.json(), (text) => {
          expectImported(JSON.parse(text));
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );
});

/** How often each object of an input was read: its keys listed, and each of its properties got. */
interface Reads {
  keys: Map<object, number>;
  gets: Map<object, Map<PropertyKey, number>>;
}

/** Wraps every object of a graph in a Proxy that counts its reads, keeping the graph's sharing and cycles. */
function counted(nodes: Record<string, unknown>[], reads: Reads): Record<string, unknown>[] {
  const proxies = new Map<object, object>();
  const wrap = (target: object): object => {
    const known = proxies.get(target);
    if (known !== undefined) return known;
    const proxy = new Proxy(target, {
      ownKeys(inner) {
        reads.keys.set(target, (reads.keys.get(target) ?? 0) + 1);
        return Reflect.ownKeys(inner);
      },
      get(inner, key, receiver) {
        const counts = reads.gets.get(target) ?? new Map<PropertyKey, number>();
        reads.gets.set(target, counts);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const value = Reflect.get(inner, key, receiver);
        return typeof value === "object" && value !== null ? wrap(value) : value;
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return nodes.map((node) => wrap(node) as Record<string, unknown>);
}

/**
 * An object graph as code builds one: `size` typed nodes, each property an edge to some node (itself, one
 * before it, one after it) or to a shared array of nodes.
 */
const objectGraph = fc
  .integer({ min: 1, max: 12 })
  .chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.array(fc.constantFrom(...TYPES), { minLength: size, maxLength: size }),
      fc.array(
        fc.tuple(
          fc.nat(size - 1),
          fc.constantFrom(...PROPERTIES),
          fc.oneof(fc.nat(size - 1), fc.array(fc.nat(size - 1), { maxLength: 4 })),
        ),
        { maxLength: size * 3 },
      ),
    ),
  )
  .map(([size, types, edges]) => {
    const nodes: Record<string, unknown>[] = Array.from({ length: size }, (_, i) => ({
      "@type": types[i],
      name: `Node ${i}`,
      url: `https://example.org/node/${i}`,
      datePublished: "2024-10-28",
      headline: `Headline ${i}`,
    }));
    const lists = new Map<string, unknown[]>();
    for (const [from, property, to] of edges) {
      let value: unknown;
      if (typeof to === "number") value = nodes[to];
      else {
        // Equal lists of targets are one shared array.
        const key = to.join(",");
        value = lists.get(key) ?? to.map((index) => nodes[index]);
        lists.set(key, value as unknown[]);
      }
      // As an own property, as JSON.parse makes one, even for the name __proto__.
      Object.defineProperty(nodes[from] ?? {}, property, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return nodes;
  });

describe("fromJsonLd on object graphs built in code", () => {
  it(
    "reads each object once, returns, and gives a graph that passes safeParseNewsGraph",
    () => {
      fc.assert(
        fc.property(objectGraph, fc.boolean(), (nodes, asArray) => {
          const reads: Reads = { keys: new Map(), gets: new Map() };
          const input = counted(nodes, reads);
          expectImported(asArray ? input : { "@context": "https://schema.org", "@graph": input });
          for (const count of reads.keys.values()) expect(count).toBe(1);
          for (const counts of reads.gets.values())
            for (const [key, count] of counts)
              if (typeof key === "string") expect([key, count]).toEqual([key, 1]);
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );

  it("answers at once for organisations that point at each other, however many levels", () => {
    // Each level's organisations are sub-organisations of every organisation of the level above, and point
    // back at them: the paths through it double at each level.
    const levels = 40;
    let above: Record<string, unknown>[] = [{ "@type": "Organization", name: "Root" }];
    const root = above[0];
    for (let level = 1; level <= levels; level++) {
      const next = [0, 1].map((i) => ({
        "@type": "Organization",
        name: `Level ${level} ${i}`,
        parentOrganization: above,
      }));
      for (const parent of above) parent.subOrganization = next;
      above = next;
    }
    const { graph, warnings } = fromJsonLd({ "@context": "https://schema.org", ...root });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Root"]);
    // The document's root is a copy of `root`, which the first sub-organisation points back at: two nodes
    // without @id of one type and name and no url, so one actor, the merge reported.
    expect(warnings).toEqual([
      {
        path: "$.subOrganization[0].parentOrganization[0]",
        message:
          'the Organization "Root" is defined again here (first at $); its copies were merged into one node (nothing new here)',
      },
      { path: "$.subOrganization", message: "the property subOrganization of Organization is not mapped" },
    ]);
  });
});
