// The adversarial corpus: hostile documents, each of which must validate or be rejected with a
// NewsGraphError naming the path, without polluting any prototype. Small cases are files in
// tests/fixtures/adversarial/ (see its README); large ones (100,000-node chains and cycles, a 10 MB article,
// million-character strings in every pattern-checked field) are built at run time by hostile-inputs.ts,
// whose builders the scaling benchmark shares.
// Time is not asserted here: a bound in milliseconds flakes on a shared machine. The scaling benchmark
// (bench/scaling.ts, `npm run bench -- scaling`; figures in docs/performance.md) times each hostile input
// at a size n and at 4n and holds time(4n) / time(n) to at most 6. A case that hangs still fails, at
// vitest's timeout (TEST_TIMEOUT for the large ones).
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatIssuePath,
  NewsGraphError,
  newsGraphJsonSchema,
  parseNewsGraph,
  safeParseNewsGraph,
} from "../../src/index";
import { jsonLdScript, toJsonLd } from "../../src/jsonld/index";
import { arbitraryNewsGraph } from "../../src/testing/index";
import {
  article,
  bigArticle,
  eventChain,
  hostileStrings,
  PATTERN_FIELDS,
  type Path,
  placeChain,
  roleChain,
  roleCycles,
} from "./hostile-inputs";

interface Case {
  name: string;
  input: () => unknown;
  /** "valid", or the paths at which issues must be reported (each issue path starts with one). */
  expect: "valid" | { paths: Path[]; codes?: string[] };
}

// What vitest allows a case in all (building the input, validating, serializing): the 100,000-node and 10 MB
// cases take a few seconds on a loaded 2-core machine; anything quadratic would take minutes at that size.
const TEST_TIMEOUT = 60_000;

const fixture = (name: string) => (): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/adversarial/${name}`, import.meta.url), "utf8"));

// Nesting built as JSON text and parsed, as it arrives over the wire (and without recursion of our own).
const nestedObjects = (depth: number): unknown =>
  JSON.parse(`${'{"a":'.repeat(depth)}"deep"${"}".repeat(depth)}`);
const nestedArrays = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}"deep"${"]".repeat(depth)}`);

const NODES = 100_000;
const TEN_MB = 10 * 1024 * 1024;
const SPANS = 2000;
// Strings about a million characters long.
const HOSTILE_STRINGS = hostileStrings(1_000_000);

const quantity = (value: unknown) => ({
  format: 1,
  events: [{ id: "e", kind: "other", name: "E", quantities: [{ value, unit: "soldiers" }] }],
});

const CASES: Case[] = [
  // Keys that name the prototype chain.
  {
    name: "a __proto__ key on the document",
    input: fixture("proto-key-at-root.json"),
    expect: { paths: [["__proto__"]], codes: ["unrecognized_keys"] },
  },
  {
    name: "__proto__ keys in nodes and nested objects",
    input: fixture("proto-keys-nested.json"),
    expect: {
      paths: [
        ["articles", 0, "__proto__"],
        ["articles", 0, "images", 0, "__proto__"],
        ["articles", 0, "provenance", "__proto__"],
        ["articles", 0, "fieldProvenance", "__proto__"],
        ["events", 0, "quantities", 0, "__proto__"],
      ],
      codes: ["unrecognized_keys"],
    },
  },
  {
    name: "constructor and prototype keys on nodes",
    input: fixture("constructor-and-prototype-keys.json"),
    expect: {
      paths: [
        ["actors", 0, "constructor"],
        ["places", 0, "prototype"],
      ],
      codes: ["unrecognized_keys"],
    },
  },
  {
    name: "ids named after Object.prototype's properties, referred to throughout",
    input: fixture("object-prototype-names-as-ids.json"),
    expect: "valid",
  },
  {
    name: "a reference to constructor where no node has that id",
    input: fixture("reference-to-constructor.json"),
    expect: { paths: [["claims", 0, "claimant"]], codes: ["unresolved_reference"] },
  },
  // Invalid Unicode.
  {
    name: "lone surrogates in every free-text field, anchored evidence included",
    input: fixture("lone-surrogates-everywhere.json"),
    expect: "valid",
  },
  {
    name: "lone surrogates in an id, a URL, a date and a language tag",
    input: fixture("lone-surrogates-in-checked-fields.json"),
    expect: {
      paths: [
        ["articles", 0, "id"],
        ["articles", 0, "url"],
        ["articles", 0, "language"],
        ["articles", 0, "datePublished"],
      ],
    },
  },
  // Numbers at the edges.
  {
    name: "1e308, -0, 5e-324 and -1e-324",
    input: fixture("numbers-at-the-edges.json"),
    expect: "valid",
  },
  {
    name: "1e309, which JSON.parse reads as Infinity",
    input: fixture("number-overflow.json"),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
  },
  {
    name: "Number.MAX_SAFE_INTEGER + 2 as an offset and a width",
    input: fixture("unsafe-integers.json"),
    expect: {
      paths: [
        ["articles", 0, "images", 0, "width"],
        ["claims", 0, "evidence", 0, "start"],
        ["claims", 0, "evidence", 0, "end"],
      ],
    },
  },
  {
    name: "NaN as a quantity",
    input: () => quantity(Number.NaN),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
  },
  {
    name: "Infinity as a quantity",
    input: () => quantity(Number.POSITIVE_INFINITY),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
  },
  {
    name: "-Infinity as a latitude",
    input: () => ({
      format: 1,
      places: [{ id: "p", kind: "site", name: "P", geo: { latitude: -Infinity, longitude: 0 } }],
    }),
    expect: { paths: [["places", 0, "geo", "latitude"]] },
  },
  {
    name: "a BigInt as a quantity",
    input: () => quantity(10n),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
  },
  {
    name: "wrong JSON types in strings, numbers, booleans and arrays",
    input: fixture("wrong-types-everywhere.json"),
    expect: {
      paths: [
        ["articles", 0, "id"],
        ["articles", 0, "url"],
        ["articles", 0, "headline"],
        ["articles", 0, "datePublished"],
        ["articles", 0, "isAccessibleForFree"],
        ["articles", 0, "authors"],
        ["places", 0, "geo", "latitude"],
        ["places", 0, "geo", "longitude"],
      ],
    },
  },
  {
    name: "an unknown key a million characters long",
    input: () => ({ format: 1, places: [{ id: "p", kind: "city", name: "P", ["k".repeat(1_000_000)]: 1 }] }),
    expect: { paths: [["places", 0, "k".repeat(1_000_000)]], codes: ["unrecognized_keys"] },
  },
  {
    name: "ten thousand unknown keys",
    input: () => ({
      format: 1,
      ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key-${i}`, i])),
    }),
    expect: { paths: [["key-0"], ["key-9999"]], codes: ["unrecognized_keys"] },
  },
  // Deep nesting.
  {
    name: "5,000-deep objects under an unknown key",
    input: () => ({ format: 1, extra: nestedObjects(5000) }),
    expect: { paths: [["extra"]] },
  },
  {
    name: "5,000-deep objects as a headline",
    input: () => ({ format: 1, articles: [article({ headline: nestedObjects(5000) })] }),
    expect: { paths: [["articles", 0, "headline"]] },
  },
  {
    name: "5,000-deep arrays as keywords",
    input: () => ({ format: 1, articles: [article({ keywords: nestedArrays(5000) })] }),
    expect: { paths: [["articles", 0, "keywords", 0]] },
  },
  {
    name: "5,000-deep objects as a provenance note",
    input: () => ({
      format: 1,
      articles: [article({ provenance: { basis: "inferred", note: nestedObjects(5000) } })],
    }),
    expect: { paths: [["articles", 0, "provenance", "note"]] },
  },
  {
    name: "5,000-deep arrays as the document",
    input: () => nestedArrays(5000),
    expect: { paths: [[]] },
  },
  // Long chains and long cycles.
  {
    name: "a containedIn chain of 100,000 places",
    input: () => placeChain(NODES, false),
    expect: "valid",
  },
  {
    name: "a partOf chain of 100,000 events",
    input: () => eventChain(NODES, false),
    expect: "valid",
  },
  {
    name: "a roles[].of chain of 100,000 actors",
    input: () => roleChain(NODES, false),
    expect: "valid",
  },
  {
    name: "a containedIn cycle through 100,000 places",
    input: () => placeChain(NODES, true),
    expect: { paths: [["places"]], codes: ["reference_cycle"] },
  },
  {
    name: "a partOf cycle through 100,000 events",
    input: () => eventChain(NODES, true),
    expect: { paths: [["events"]], codes: ["reference_cycle"] },
  },
  {
    name: "a roles[].of cycle through 100,000 actors",
    input: () => roleChain(NODES, true),
    expect: { paths: [["actors"]], codes: ["reference_cycle"] },
  },
  // 20,000 cycles, each reported with its own message (the check must not search the path for each; how its
  // time grows is measured in bench/scaling.ts).
  {
    name: "20,000 actors, each a member of the next and of the first: a cycle closed at each",
    input: () => roleCycles(20_000),
    expect: { paths: [["actors"]], codes: ["reference_cycle"] },
  },
  // A 10 MB article.
  {
    name: "a 10 MB article with 2,000 anchored spans and one over the whole text",
    input: () => bigArticle(TEN_MB, SPANS, false),
    expect: "valid",
  },
  {
    name: "a 10 MB article with a span that does not match",
    input: () => bigArticle(TEN_MB, SPANS, true),
    expect: { paths: [["claims", 0, "evidence", SPANS + 1, "exact"]], codes: ["anchor_mismatch"] },
  },
  // Regex-hostile strings in every pattern-checked field.
  ...PATTERN_FIELDS.flatMap(({ field, place, path }) =>
    HOSTILE_STRINGS.map(
      ({ name, value }): Case => ({
        name: `${name} as ${field}`,
        input: () => place(value),
        expect: { paths: [path] },
      }),
    ),
  ),
];

const BASE_URL = "https://example.org/";
const SCRIPT_START = '<script type="application/ld+json">';
const SCRIPT_END = "</script>";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateJsonSchema = ajv.compile(newsGraphJsonSchema());

describe("the adversarial corpus", () => {
  it.each(CASES)(
    "$name: validates or is rejected at its path",
    ({ input, expect: expected }) => {
      const document = input();
      const result = safeParseNewsGraph(document);
      if (expected === "valid") {
        expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
      } else {
        if (result.success) throw new Error("accepted");
        const { issues } = result.error;
        expect(result.error).toBeInstanceOf(NewsGraphError);
        for (const path of expected.paths) {
          const found = issues.filter((issue) => path.every((segment, i) => issue.path[i] === segment));
          expect(found.length, `no issue at ${formatIssuePath(path)}`).toBeGreaterThan(0);
          if (expected.codes) for (const issue of found) expect(expected.codes).toContain(issue.code);
        }
        // Messages stay readable however long the hostile value or key: they quote it in part.
        for (const issue of issues.slice(0, 100)) expect(issue.message.length).toBeLessThan(2000);
        expect(result.error.message.length).toBeLessThan(50 * 2500);
        expect(() => parseNewsGraph(document)).toThrow(NewsGraphError);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    },
    TEST_TIMEOUT,
  );

  it.each(CASES.filter((entry) => entry.expect === "valid"))(
    "$name: serializes to JSON-LD and embeds it whole",
    ({ input }) => {
      const graph = parseNewsGraph(input());
      const document = toJsonLd(graph, { baseUrl: BASE_URL });
      // Every node is written, under its @id: an article's is its url, any other's the base and its id.
      const { articles, actors, claims, events, places } = graph;
      const written = new Set(document["@graph"].map((node) => (node as { "@id"?: string })["@id"]));
      const ids = [
        ...articles.map((node) => node.url),
        ...[...actors, ...claims, ...events, ...places].map((node) => `${BASE_URL}#${node.id}`),
      ];
      expect(ids.filter((id) => !written.has(id))).toEqual([]);
      const html = jsonLdScript(document);
      expect(html.startsWith(SCRIPT_START) && html.endsWith(SCRIPT_END)).toBe(true);
      // What the page holds reads back as the document: the escaping changed nothing.
      const embedded: unknown = JSON.parse(html.slice(SCRIPT_START.length, -SCRIPT_END.length));
      expect(JSON.stringify(embedded) === JSON.stringify(document)).toBe(true);
    },
    TEST_TIMEOUT,
  );

  it.each(
    PATTERN_FIELDS.flatMap(({ field, place }) =>
      HOSTILE_STRINGS.map(({ name, value }) => ({
        name: `${name} as ${field}`,
        document: () => place(value),
      })),
    ),
  )("$name: is rejected by the JSON Schema", ({ document }) => {
    const json = JSON.parse(JSON.stringify(document()));
    expect(validateJsonSchema(json)).toBe(false);
  });

  it("rejects a __proto__ key added to any object of a valid graph, at that object", () => {
    for (const graph of fc.sample(arbitraryNewsGraph({ maxNodes: 10 }), { numRuns: 30, seed: 42 })) {
      const document = JSON.parse(JSON.stringify(graph)) as unknown;
      const added: Path[] = [];
      const walk = (value: unknown, path: Path): void => {
        if (Array.isArray(value)) {
          value.forEach((item, i) => {
            walk(item, [...path, i]);
          });
        } else if (typeof value === "object" && value !== null) {
          for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
          Object.defineProperty(value, "__proto__", { value: { polluted: true }, enumerable: true });
          added.push([...path, "__proto__"]);
        }
      };
      walk(document, []);
      const result = safeParseNewsGraph(document);
      if (result.success) throw new Error("accepted");
      const reported = new Set(result.error.issues.map((issue) => formatIssuePath(issue.path)));
      // Each object's own unknown key is reported, except where a key of the same object fails first.
      const missing = added.filter((path) => !reported.has(formatIssuePath(path)));
      expect(missing.map(formatIssuePath)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
