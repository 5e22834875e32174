// The adversarial corpus: hostile documents, each of which must validate or be rejected with a
// NewsGraphError naming the path — within a time bound, without polluting any prototype. Small cases are
// files in tests/fixtures/adversarial/ (see its README); large ones are built here at run time.
// Bounds: 1 s for each case, 10 s for the 10 MB and 100,000-node cases (see LARGE); the JSON Schema (ajv)
// gets 1 s for each regex-hostile string too.
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

type Path = (string | number)[];

interface Case {
  name: string;
  input: () => unknown;
  /** "valid", or the paths at which issues must be reported (each issue path starts with one). */
  expect: "valid" | { paths: Path[]; codes?: string[] };
  /** The most the validation may take, in milliseconds. */
  withinMs: number;
}

const SECOND = 1000;
// The 100,000-node and 10 MB cases take 2–3 s on a loaded 2-core machine; 10 s leaves room for load and
// still fails anything quadratic, which would take minutes at that size.
const LARGE = 10 * SECOND;
// What vitest allows a case in all (building the input, validating twice): the bound that matters is withinMs.
const TEST_TIMEOUT = 60 * SECOND;

const fixture = (name: string) => (): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/adversarial/${name}`, import.meta.url), "utf8"));

const article = (fields: Record<string, unknown> = {}) => ({
  id: "a",
  url: "https://example.org/a",
  headline: "A headline",
  genre: "news",
  language: "en",
  datePublished: "2024-10-28",
  ...fields,
});

// Nesting built as JSON text and parsed, as it arrives over the wire (and without recursion of our own).
const nestedObjects = (depth: number): unknown =>
  JSON.parse(`${'{"a":'.repeat(depth)}"deep"${"}".repeat(depth)}`);
const nestedArrays = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}"deep"${"]".repeat(depth)}`);

const N = 100_000;

function placeChain(cycle: boolean) {
  const places = Array.from({ length: N }, (_, i) => ({
    id: `place-${i}`,
    kind: "region",
    name: `Place ${i}`,
    ...(i > 0 ? { containedIn: `place-${i - 1}` } : cycle ? { containedIn: `place-${N - 1}` } : {}),
  }));
  return { format: 1, places };
}

function eventChain(cycle: boolean) {
  const events = Array.from({ length: N }, (_, i) => ({
    id: `event-${i}`,
    kind: "other",
    name: `Event ${i}`,
    ...(i > 0 ? { partOf: `event-${i - 1}` } : cycle ? { partOf: `event-${N - 1}` } : {}),
  }));
  return { format: 1, events };
}

function roleChain() {
  const actors = Array.from({ length: N }, (_, i) => ({
    id: `actor-${i}`,
    kind: "organization",
    name: `Actor ${i}`,
    ...(i > 0 ? { roles: [{ title: "Member", of: `actor-${i - 1}` }] } : {}),
  }));
  return { format: 1, actors };
}

const TEN_MB = 10 * 1024 * 1024;
const PARAGRAPH = "NATO confirmed on Monday that “significant” numbers of troops 😀 had moved.\n\n";
let bigText: string | undefined;
const tenMegabytes = (): string => {
  bigText ??= PARAGRAPH.repeat(Math.ceil(TEN_MB / PARAGRAPH.length));
  return bigText;
};

function bigArticle(mismatch: boolean) {
  const text = tenMegabytes();
  const spans = Array.from({ length: 2000 }, (_, i) => {
    const start = Math.floor((i * (text.length - 100)) / 2000);
    return {
      article: "big",
      start,
      end: start + 40,
      exact: text.slice(start, start + 40),
      ...(i % 3 === 0 ? { prefix: text.slice(Math.max(0, start - 32), start) } : {}),
      ...(i % 5 === 0 ? { suffix: text.slice(start + 40, start + 72) } : {}),
    };
  });
  // One span over the whole text.
  spans.push({ article: "big", start: 0, end: text.length, exact: text });
  if (mismatch)
    spans.push({ article: "big", start: text.length - 10, end: text.length, exact: "not there!" });
  return {
    format: 1,
    articles: [article({ id: "big", text })],
    actors: [{ id: "nato", kind: "intergovernmental", name: "NATO" }],
    claims: [{ id: "claim", claimant: "nato", statement: "Troops moved.", act: "confirms", evidence: spans }],
  };
}

// Strings built to make a backtracking regular expression take exponential (or quadratic) time.
const HOSTILE_STRINGS: [string, string][] = [
  ["a hyphenated slug a million characters long, spoilt at the end", `${"a-".repeat(500_000)}!`],
  ["a slug of long words, spoilt at the end", `${"abcdefgh-".repeat(100_000)}-`],
  ["2024- repeated", "2024-".repeat(200_000)],
  ["a date followed by a million digits", `2024-10-28T12:00${"0".repeat(1_000_000)}`],
  ["en- and 100,000 letters", `en-${"a".repeat(100_000)}`],
  ["language subtags repeated", `en${"-abcde".repeat(100_000)}!`],
  ["private-use subtags repeated", `x${"-a".repeat(200_000)}!`],
  ["https:// and a million letters", `https://${"a".repeat(1_000_000)}`],
  ["https:// and a million letters and a space", `https://${"a".repeat(1_000_000)} `],
  ["a million slashes after http:", `http:${"/".repeat(1_000_000)}`],
  ["a country code and a million letters", `RU-${"K".repeat(1_000_000)}`],
  ["a million NUL characters", "\u0000".repeat(1_000_000)],
  ["a million lone surrogates", "\ud800".repeat(1_000_000)],
];

const PATTERN_FIELDS: { field: string; place: (value: string) => unknown; path: Path }[] = [
  {
    field: "an article id",
    place: (v) => ({ format: 1, articles: [article({ id: v })] }),
    path: ["articles", 0, "id"],
  },
  {
    field: "an article url",
    place: (v) => ({ format: 1, articles: [article({ url: v })] }),
    path: ["articles", 0, "url"],
  },
  {
    field: "a publication date",
    place: (v) => ({ format: 1, articles: [article({ datePublished: v })] }),
    path: ["articles", 0, "datePublished"],
  },
  {
    field: "a language tag",
    place: (v) => ({ format: 1, articles: [article({ language: v })] }),
    path: ["articles", 0, "language"],
  },
  {
    field: "a reference",
    place: (v) => ({ format: 1, articles: [article({ authors: [v] })] }),
    path: ["articles", 0, "authors", 0],
  },
  {
    field: "an actor's sameAs",
    place: (v) => ({ format: 1, actors: [{ id: "p", kind: "person", name: "P", sameAs: [v] }] }),
    path: ["actors", 0, "sameAs", 0],
  },
  {
    field: "a country code",
    place: (v) => ({ format: 1, places: [{ id: "p", kind: "country", name: "P", countryCode: v }] }),
    path: ["places", 0, "countryCode"],
  },
  {
    field: "a subdivision code",
    place: (v) => ({ format: 1, places: [{ id: "p", kind: "region", name: "P", subdivisionCode: v }] }),
    path: ["places", 0, "subdivisionCode"],
  },
  {
    field: "an event's start",
    place: (v) => ({ format: 1, events: [{ id: "e", kind: "other", name: "E", start: v }] }),
    path: ["events", 0, "start"],
  },
];

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
    withinMs: SECOND,
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
    withinMs: SECOND,
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
    withinMs: SECOND,
  },
  {
    name: "ids named after Object.prototype's properties, referred to throughout",
    input: fixture("object-prototype-names-as-ids.json"),
    expect: "valid",
    withinMs: SECOND,
  },
  {
    name: "a reference to constructor where no node has that id",
    input: fixture("reference-to-constructor.json"),
    expect: { paths: [["claims", 0, "claimant"]], codes: ["unresolved_reference"] },
    withinMs: SECOND,
  },
  // Invalid Unicode.
  {
    name: "lone surrogates in every free-text field, anchored evidence included",
    input: fixture("lone-surrogates-everywhere.json"),
    expect: "valid",
    withinMs: SECOND,
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
    withinMs: SECOND,
  },
  // Numbers at the edges.
  {
    name: "1e308, -0, 5e-324 and -1e-324",
    input: fixture("numbers-at-the-edges.json"),
    expect: "valid",
    withinMs: SECOND,
  },
  {
    name: "1e309, which JSON.parse reads as Infinity",
    input: fixture("number-overflow.json"),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
    withinMs: SECOND,
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
    withinMs: SECOND,
  },
  {
    name: "NaN as a quantity",
    input: () => quantity(Number.NaN),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
    withinMs: SECOND,
  },
  {
    name: "Infinity as a quantity",
    input: () => quantity(Number.POSITIVE_INFINITY),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
    withinMs: SECOND,
  },
  {
    name: "-Infinity as a latitude",
    input: () => ({
      format: 1,
      places: [{ id: "p", kind: "site", name: "P", geo: { latitude: -Infinity, longitude: 0 } }],
    }),
    expect: { paths: [["places", 0, "geo", "latitude"]] },
    withinMs: SECOND,
  },
  {
    name: "a BigInt as a quantity",
    input: () => quantity(10n),
    expect: { paths: [["events", 0, "quantities", 0, "value"]] },
    withinMs: SECOND,
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
    withinMs: SECOND,
  },
  {
    name: "an unknown key a million characters long",
    input: () => ({ format: 1, places: [{ id: "p", kind: "city", name: "P", ["k".repeat(1_000_000)]: 1 }] }),
    expect: { paths: [["places", 0, "k".repeat(1_000_000)]], codes: ["unrecognized_keys"] },
    withinMs: SECOND,
  },
  {
    name: "ten thousand unknown keys",
    input: () => ({
      format: 1,
      ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key-${i}`, i])),
    }),
    expect: { paths: [["key-0"], ["key-9999"]], codes: ["unrecognized_keys"] },
    withinMs: SECOND,
  },
  // Deep nesting.
  {
    name: "5,000-deep objects under an unknown key",
    input: () => ({ format: 1, extra: nestedObjects(5000) }),
    expect: { paths: [["extra"]] },
    withinMs: SECOND,
  },
  {
    name: "5,000-deep objects as a headline",
    input: () => ({ format: 1, articles: [article({ headline: nestedObjects(5000) })] }),
    expect: { paths: [["articles", 0, "headline"]] },
    withinMs: SECOND,
  },
  {
    name: "5,000-deep arrays as keywords",
    input: () => ({ format: 1, articles: [article({ keywords: nestedArrays(5000) })] }),
    expect: { paths: [["articles", 0, "keywords", 0]] },
    withinMs: SECOND,
  },
  {
    name: "5,000-deep objects as a provenance note",
    input: () => ({
      format: 1,
      articles: [article({ provenance: { basis: "inferred", note: nestedObjects(5000) } })],
    }),
    expect: { paths: [["articles", 0, "provenance", "note"]] },
    withinMs: SECOND,
  },
  {
    name: "5,000-deep arrays as the document",
    input: () => nestedArrays(5000),
    expect: { paths: [[]] },
    withinMs: SECOND,
  },
  // Long chains and a long cycle.
  {
    name: "a containedIn chain of 100,000 places",
    input: () => placeChain(false),
    expect: "valid",
    withinMs: LARGE,
  },
  {
    name: "a partOf chain of 100,000 events",
    input: () => eventChain(false),
    expect: "valid",
    withinMs: LARGE,
  },
  { name: "a roles[].of chain of 100,000 actors", input: roleChain, expect: "valid", withinMs: LARGE },
  {
    name: "a containedIn cycle through 100,000 places",
    input: () => placeChain(true),
    expect: { paths: [["places"]], codes: ["reference_cycle"] },
    withinMs: LARGE,
  },
  {
    name: "a partOf cycle through 100,000 events",
    input: () => eventChain(true),
    expect: { paths: [["events"]], codes: ["reference_cycle"] },
    withinMs: LARGE,
  },
  // A 10 MB article.
  {
    name: "a 10 MB article with 2,000 anchored spans and one over the whole text",
    input: () => bigArticle(false),
    expect: "valid",
    withinMs: LARGE,
  },
  {
    name: "a 10 MB article with a span that does not match",
    input: () => bigArticle(true),
    expect: { paths: [["claims", 0, "evidence", 2001, "exact"]], codes: ["anchor_mismatch"] },
    withinMs: LARGE,
  },
  // Regex-hostile strings in every pattern-checked field.
  ...PATTERN_FIELDS.flatMap(({ field, place, path }) =>
    HOSTILE_STRINGS.map(
      ([what, value]): Case => ({
        name: `${what} as ${field}`,
        input: () => place(value),
        expect: { paths: [path] },
        withinMs: SECOND,
      }),
    ),
  ),
];

function elapsed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateJsonSchema = ajv.compile(newsGraphJsonSchema());

describe("the adversarial corpus", () => {
  it.each(CASES)(
    "$name: validates or is rejected at its path, in time",
    ({ input, expect: expected, withinMs }) => {
      const document = input();
      let result: ReturnType<typeof safeParseNewsGraph> | undefined;
      const took = elapsed(() => {
        result = safeParseNewsGraph(document);
      });
      expect(took, `took ${Math.round(took)} ms`).toBeLessThan(withinMs);
      if (result === undefined) throw new Error("no result");
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
    "$name: serializes to JSON-LD and embeds it in time",
    ({ input, withinMs }) => {
      const graph = parseNewsGraph(input());
      const took = elapsed(() => {
        jsonLdScript(toJsonLd(graph, { baseUrl: "https://example.org/" }));
      });
      expect(took, `took ${Math.round(took)} ms`).toBeLessThan(withinMs);
    },
    TEST_TIMEOUT,
  );

  it.each(
    PATTERN_FIELDS.flatMap(({ field, place }) =>
      HOSTILE_STRINGS.map(([what, value]) => ({ name: `${what} as ${field}`, document: () => place(value) })),
    ),
  )("$name: is rejected by the JSON Schema in time", ({ document }) => {
    const json = JSON.parse(JSON.stringify(document()));
    let valid = true;
    const took = elapsed(() => {
      valid = validateJsonSchema(json);
    });
    expect(took, `took ${Math.round(took)} ms`).toBeLessThan(SECOND);
    expect(valid).toBe(false);
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
