// Single-field corruptions of a valid graph: each names the rule it breaks, the layer that checks the rule,
// the path it changed and the paths where a validator must report it. The shape corruptions are derived
// from the zod schemas themselves, so that a field added to the model is corrupted without a change here.
import fc from "fast-check";
import * as z from "zod";
import { COLLECTION_OF, indexNodes, type NodeKind } from "../../../src/graph/node-index";
import { forEachReference } from "../../../src/graph/references";
import {
  Article,
  Citation,
  CountryCode,
  FuzzyDate,
  HttpUrl,
  LanguageTag,
  type NewsGraph,
  NewsGraph as NewsGraphSchema,
  NodeId,
  OrganizationActor,
  Provenance,
  Quantity,
  Rating,
  SubdivisionCode,
  TextSpan,
} from "../../../src/index";
import { parseFuzzyDate } from "../../../src/model/fuzzy-date-syntax";

/** A path into a document. */
export type Path = (string | number)[];

/** Which validation layer checks a rule: the zod schemas, the graph checks, or evidence anchoring. */
export type Layer = "shape" | "graph" | "anchoring";

/** The rules the corruptions break. */
export const corruptionRules = [
  // shape: JSON types, keys, enumerations
  "wrong-type",
  "not-finite",
  "unknown-key",
  "missing-required",
  "unknown-enum-value",
  "wrong-format-version",
  "empty-string",
  // shape: numbers
  "not-an-integer",
  "below-minimum",
  "above-maximum",
  // shape: strings with a syntax
  "invalid-id",
  "id-too-long",
  "url-scheme",
  "url-whitespace",
  "url-lone-surrogate",
  "url-unparseable",
  "url-too-long",
  "url-too-long-utf16",
  "date-form",
  "date-month-or-time",
  "date-day-of-month",
  "date-leap-day",
  "date-interval-order",
  "invalid-language",
  "invalid-country-code",
  "subdivision-form",
  "subdivision-country",
  // shape: rules between fields of one object
  "quantity-empty",
  "quantity-order",
  "span-order",
  "rating-scale",
  "rating-value",
  "provenance-note",
  "citation-empty",
  "paywall-open",
  "media-only-policy",
  // graph
  "dangling-reference",
  "wrong-kind-reference",
  "duplicate-id",
  "cycle",
  "self-response",
  "end-before-start",
  // anchoring
  "anchor-exact",
  "anchor-out-of-range",
  "anchor-prefix",
  "anchor-suffix",
] as const;

/** One of {@link corruptionRules}. */
export type CorruptionRule = (typeof corruptionRules)[number];

/** A corrupted copy of a valid graph. */
export interface Corruption {
  rule: CorruptionRule;
  layer: Layer;
  /** The path that was changed (for an unknown key, the key added). */
  path: Path;
  /** A validator must report an issue whose path starts with one of these. */
  expected: Path[];
  /** Whether the document is still JSON (no NaN, no Infinity). */
  json: boolean;
  /** What was done, for a failing property's report. */
  description: string;
  document: unknown;
}

interface Site {
  rule: CorruptionRule;
  layer: Layer;
  path: Path;
  expected?: Path[];
  json?: boolean;
  description: string;
  /** Changes the (cloned) document. */
  apply: (document: Record<string, unknown>) => void;
  /** Or replaces it whole. */
  whole?: unknown;
}

type Container = Record<string | number, unknown>;

function parentOf(document: Container, path: Path): Container {
  let node: unknown = document;
  for (const segment of path.slice(0, -1)) node = (node as Container)[segment];
  return node as Container;
}

const lastOf = (path: Path): string | number => path[path.length - 1] ?? "";

function setAt(path: Path, value: unknown): (document: Container) => void {
  return (document) => {
    // defineProperty, so that a key such as "__proto__" becomes an own property as JSON.parse makes it.
    Object.defineProperty(parentOf(document, path), lastOf(path), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
}

function deleteAt(path: Path): (document: Container) => void {
  return (document) => {
    delete parentOf(document, path)[lastOf(path)];
  };
}

const getAt = (document: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, segment) => (node as Container)[segment], document);

function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else return { schema: current, optional };
  }
}

const show = (value: unknown): string =>
  typeof value === "string" && value.length > 40
    ? `${JSON.stringify(value.slice(0, 40))}…`
    : String(JSON.stringify(value));

// Values of another JSON type than the one a field takes.
const WRONG_TYPES: Record<"string" | "number" | "boolean" | "array" | "object", unknown[]> = {
  string: [42, null, ["a"], { a: 1 }],
  number: ["7", null, true, [1]],
  boolean: ["true", 1, null],
  array: ["a", { 0: "a" }, null, 3],
  object: [[], "object", null, 0],
};

const UNKNOWN_KEYS = ["__proto__", "constructor", "prototype", "extra", "Id", "", "😀", "toString"];

const STRING_VALUES: { schema: z.ZodType; values: [CorruptionRule, string][] }[] = [
  {
    schema: NodeId,
    values: [
      ["invalid-id", "Not A Slug"],
      ["invalid-id", "a--b"],
      ["invalid-id", "-a"],
      ["invalid-id", "ünïcode"],
      ["invalid-id", ""],
      ["id-too-long", "a".repeat(201)],
    ],
  },
  {
    schema: HttpUrl,
    values: [
      ["url-scheme", "javascript:alert(1)"],
      ["url-scheme", "//example.org/a"],
      ["url-scheme", "ftp://example.org/a"],
      ["url-scheme", "https://"],
      ["url-whitespace", "https://exa mple.org/"],
      ["url-whitespace", "https://example.org/a\nb"],
      ["url-whitespace", "https://example.org/\u0000"],
      ["url-whitespace", "https://example.org/a\u00a0"],
      ["url-whitespace", "https://example.org/\u2028"],
      ["url-whitespace", "https://example.org/\u3000b"],
      ["url-lone-surrogate", "https://example.org/\udfff"],
      ["url-lone-surrogate", "https://\ud800.example.org/"],
      ["url-unparseable", "http://[/"],
      ["url-unparseable", "https://example.org:99999/"],
      ["url-too-long", `https://example.org/${"a".repeat(4100)}`],
      ["url-too-long-utf16", `https://example.org/${"😀".repeat(2040)}`],
    ],
  },
  {
    schema: FuzzyDate,
    values: [
      ["date-form", "yesterday"],
      ["date-form", "2024-1-5"],
      ["date-form", "2024-06-01T12:00"],
      ["date-form", "../.."],
      ["date-form", "2024/2025/2026"],
      ["date-month-or-time", "2024-13"],
      ["date-month-or-time", "2024-00-10"],
      ["date-month-or-time", "2024-06-01T24:00Z"],
      ["date-month-or-time", "2024-06-01T12:60Z"],
      ["date-month-or-time", "2024-06-01T12:00+15:00"],
      ["date-day-of-month", "2024-06-31"],
      ["date-day-of-month", "2024-02-30"],
      ["date-day-of-month", "2024-04-31T12:00Z"],
      ["date-leap-day", "2023-02-29"],
      ["date-leap-day", "1900-02-29"],
      ["date-leap-day", "2100-02-29T00:00Z"],
      ["date-interval-order", "2024-06/2023-01"],
    ],
  },
  {
    schema: LanguageTag,
    values: [
      ["invalid-language", "english"],
      ["invalid-language", "en_GB"],
      ["invalid-language", "e"],
      ["invalid-language", `en-${"a".repeat(70)}`],
    ],
  },
  {
    schema: CountryCode,
    values: [
      ["invalid-country-code", "UK"],
      ["invalid-country-code", "ru"],
      ["invalid-country-code", "RUS"],
    ],
  },
  {
    schema: SubdivisionCode,
    values: [
      ["subdivision-form", "RU-KRSX"],
      ["subdivision-form", "ru-krs"],
      ["subdivision-form", "RU"],
      ["subdivision-country", "UK-ENG"],
      ["subdivision-country", "XX-AB"],
    ],
  },
];

function shapeSites(schema: z.ZodType, value: unknown, path: Path, sites: Site[]): void {
  const { schema: inner } = unwrap(schema);
  const at = (rule: CorruptionRule, replacement: unknown, json = true): Site => ({
    rule,
    layer: "shape",
    path,
    json,
    description: `${path.join(".") || "(document)"} = ${show(replacement)}`,
    apply: setAt(path, replacement),
  });
  const wrong = (kind: keyof typeof WRONG_TYPES): void => {
    // The document itself is replaced by the caller's own root cases.
    if (path.length > 0)
      for (const replacement of WRONG_TYPES[kind]) sites.push(at("wrong-type", replacement));
  };
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const kind = (value as { kind?: unknown }).kind;
    const option = (inner.options as z.ZodType[]).find(
      (candidate) =>
        candidate instanceof z.ZodObject && (candidate.shape.kind as z.ZodType).safeParse(kind).success,
    );
    if (option !== undefined) shapeSites(option, value, path, sites);
    return;
  }
  if (inner instanceof z.ZodObject) {
    wrong("object");
    const object = value as Container;
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const key of UNKNOWN_KEYS) {
      sites.push({
        rule: "unknown-key",
        layer: "shape",
        path: [...path, key],
        description: `add the key ${JSON.stringify(key)} at ${path.join(".") || "(document)"}`,
        apply: setAt([...path, key], key === "" ? 0 : { nested: [1] }),
      });
    }
    for (const [key, field] of Object.entries(shape)) {
      if (!Object.hasOwn(object, key)) continue;
      if (!unwrap(field).optional) {
        sites.push({
          rule: "missing-required",
          layer: "shape",
          path: [...path, key],
          description: `delete ${[...path, key].join(".")}`,
          apply: deleteAt([...path, key]),
        });
      }
      shapeSites(field, object[key], [...path, key], sites);
    }
    objectRuleSites(inner, object, path, sites);
    return;
  }
  if (inner instanceof z.ZodArray) {
    wrong("array");
    (value as unknown[]).forEach((item, i) => {
      shapeSites(inner.element as z.ZodType, item, [...path, i], sites);
    });
    return;
  }
  if (inner instanceof z.ZodEnum) {
    wrong("string");
    sites.push(at("unknown-enum-value", "not-a-kind"));
    const first = String(inner.options[0]);
    sites.push(at("unknown-enum-value", first.toUpperCase()));
    return;
  }
  if (inner instanceof z.ZodLiteral) {
    sites.push(at("wrong-format-version", 2), at("wrong-type", "1"), at("wrong-type", null));
    return;
  }
  if (inner instanceof z.ZodBoolean) {
    wrong("boolean");
    return;
  }
  if (inner instanceof z.ZodNumber) {
    wrong("number");
    sites.push(at("not-finite", Number.NaN, false), at("not-finite", Number.POSITIVE_INFINITY, false));
    const { minValue, maxValue, isInt } = inner;
    if (isInt) sites.push(at("not-an-integer", 1.5));
    if (minValue !== null && Number.isFinite(minValue) && minValue > Number.MIN_SAFE_INTEGER) {
      sites.push(at("below-minimum", minValue - (isInt ? 1 : 0.5)));
    }
    if (maxValue !== null && Number.isFinite(maxValue)) {
      sites.push(at("above-maximum", maxValue === Number.MAX_SAFE_INTEGER ? 2 ** 53 : maxValue + 0.5));
    }
    return;
  }
  if (inner instanceof z.ZodString) {
    wrong("string");
    const special = STRING_VALUES.find((entry) => entry.schema === inner);
    if (special !== undefined) {
      for (const [rule, replacement] of special.values) sites.push(at(rule, replacement));
    } else if ((inner.minLength ?? 0) > 0) {
      sites.push(at("empty-string", ""));
    }
    return;
  }
  throw new Error(`corruptions: no rule for the schema at ${path.join(".")}`);
}

// Rules that bind several fields of one object, which the zod object schemas check.
function objectRuleSites(schema: z.ZodType, object: Container, path: Path, sites: Site[]): void {
  const site = (
    rule: CorruptionRule,
    description: string,
    apply: (node: Container) => void,
    expected: Path[] = [path],
    json = true,
  ): void => {
    sites.push({
      rule,
      layer: "shape",
      path,
      expected,
      json,
      description: `${path.join(".")}: ${description}`,
      apply: (document) => {
        apply(getAt(document, path) as Container);
      },
    });
  };
  const away = (from: number): number => from + Math.max(1, Math.abs(from));
  if (schema === Quantity) {
    site("quantity-empty", "delete value, min and max", (node) => {
      delete node.value;
      delete node.min;
      delete node.max;
    });
    const { value, max } = object as { value?: number; max?: number };
    if (max !== undefined) {
      const min = away(max);
      site(
        "quantity-order",
        `min = ${min} > max`,
        (node) => {
          node.min = min;
        },
        [path],
        Number.isFinite(min),
      );
    } else if (value !== undefined) {
      const min = away(value);
      site(
        "quantity-order",
        `min = ${min} > value`,
        (node) => {
          node.min = min;
        },
        [path],
        Number.isFinite(min),
      );
    }
  } else if (schema === TextSpan) {
    site(
      "span-order",
      "end = start",
      (node) => {
        node.end = node.start;
      },
      [[...path, "end"]],
    );
  } else if (schema === Rating) {
    const { best } = object as { best: number };
    site(
      "rating-scale",
      "worst = best",
      (node) => {
        node.worst = node.best;
      },
      [[...path, "best"]],
    );
    const beyond = away(best);
    site(
      "rating-value",
      `value = ${beyond} > best`,
      (node) => {
        node.value = beyond;
      },
      [[...path, "value"]],
      Number.isFinite(beyond),
    );
  } else if (schema === Citation) {
    site("citation-empty", "delete title and url", (node) => {
      delete node.title;
      delete node.url;
    });
  } else if (schema === Article) {
    const closed = (object.paywalledParts as unknown[] | undefined)?.length ?? 0;
    site(
      "paywall-open",
      closed > 0 ? "isAccessibleForFree = true" : 'paywalledParts = [".paywall"]',
      (node) => {
        if (closed > 0) node.isAccessibleForFree = true;
        else {
          node.paywalledParts = [".paywall"];
          if (node.isAccessibleForFree === false) node.isAccessibleForFree = true;
        }
      },
      [[...path, "isAccessibleForFree"]],
    );
  } else if (schema === OrganizationActor && object.kind !== "media") {
    site(
      "media-only-policy",
      "policies.masthead on a kind that is not media",
      (node) => {
        node.policies = {
          ...(node.policies as object | undefined),
          masthead: "https://example.org/masthead",
        };
      },
      [[...path, "policies", "masthead"]],
    );
  } else if (schema === Provenance) {
    if (object.basis !== "stated") {
      site(
        "provenance-note",
        "delete the note",
        (node) => {
          delete node.note;
        },
        [[...path, "note"]],
      );
    } else if (object.note === undefined) {
      site(
        "provenance-note",
        "basis = inferred, with no note",
        (node) => {
          node.basis = "inferred";
        },
        [[...path, "note"]],
      );
    }
  }
}

function unusedId(taken: ReadonlyMap<string, unknown>): string {
  let n = 0;
  while (taken.has(`no-such-node-${n}`)) n += 1;
  return `no-such-node-${n}`;
}

function graphSites(graph: NewsGraph, sites: Site[]): void {
  const index = indexNodes(graph);
  const missing = unusedId(index.byId);
  // The first node of each kind, and the first person: a person is an actor but not an organisation.
  const firstOfKind = new Map<NodeKind | "person", string>();
  for (const [id, entry] of index.byId) {
    const kind = entry.kind === "actor" && entry.node.kind === "person" ? "person" : entry.kind;
    if (!firstOfKind.has(kind)) firstOfKind.set(kind, id);
    if (!firstOfKind.has(entry.kind)) firstOfKind.set(entry.kind, id);
  }
  const fits = (kind: NodeKind | "person", allowed: readonly string[]): boolean =>
    kind === "person" ? allowed.includes("actor") : allowed.includes(kind);
  forEachReference(graph, ({ path, allowed }) => {
    sites.push({
      rule: "dangling-reference",
      layer: "graph",
      path,
      description: `${path.join(".")} = ${JSON.stringify(missing)}`,
      apply: setAt(path, missing),
    });
    for (const [kind, id] of firstOfKind) {
      // An actor that is no person may be an organisation: only a person surely breaks `organization`.
      if (fits(kind, allowed) || (kind === "actor" && allowed.includes("organization"))) continue;
      sites.push({
        rule: "wrong-kind-reference",
        layer: "graph",
        path,
        description: `${path.join(".")} = ${JSON.stringify(id)}, ${kind === "article" ? "an" : "a"} ${kind}`,
        apply: setAt(path, id),
      });
    }
  });
  // A later node takes the id of an earlier one: the later is the duplicate.
  const entries = [...index.byId.values()];
  entries.slice(1).forEach((entry, i) => {
    const earlier = entries[i];
    if (earlier === undefined) return;
    const path = [COLLECTION_OF[entry.kind], entry.index, "id"];
    sites.push({
      rule: "duplicate-id",
      layer: "graph",
      path,
      description: `${path.join(".")} = ${JSON.stringify(earlier.node.id)}`,
      apply: setAt(path, earlier.node.id),
    });
  });
  const selfLoop = (path: Path, id: string): void => {
    sites.push({
      rule: "cycle",
      layer: "graph",
      path,
      description: `${path.join(".")} = itself`,
      apply: setAt(path, id),
    });
  };
  graph.events.forEach((event, i) => {
    selfLoop(["events", i, "partOf"], event.id);
    // A cycle of two: the event's parent is made part of the event.
    const parent = graph.events.findIndex((other) => other.id === event.partOf);
    if (parent !== -1 && parent !== i) {
      const path = ["events", parent, "partOf"];
      sites.push({
        rule: "cycle",
        layer: "graph",
        path,
        expected: [path, ["events", i, "partOf"]],
        description: `${path.join(".")} = ${JSON.stringify(event.id)}, its own child`,
        apply: setAt(path, event.id),
      });
    }
  });
  graph.places.forEach((place, i) => {
    selfLoop(["places", i, "containedIn"], place.id);
  });
  graph.actors.forEach((actor, i) => {
    if (actor.kind === "state") return;
    actor.roles.forEach((_, r) => {
      selfLoop(["actors", i, "roles", r, "of"], actor.id);
    });
  });
  graph.claims.forEach((claim, i) => {
    claim.responds.forEach((_, r) => {
      const path = ["claims", i, "responds", r, "claim"];
      sites.push({
        rule: "self-response",
        layer: "graph",
        path,
        description: `${path.join(".")} = its own claim`,
        apply: setAt(path, claim.id),
      });
    });
  });
  const endBefore = (start: string | undefined, endPath: Path): void => {
    const from = start === undefined ? undefined : parseFuzzyDate(start)?.start;
    if (from === undefined || from === "open" || from.year < 2) return;
    const end = String(from.year - 2).padStart(4, "0");
    sites.push({
      rule: "end-before-start",
      layer: "graph",
      path: endPath,
      description: `${endPath.join(".")} = ${end}, before ${start}`,
      apply: setAt(endPath, end),
    });
  };
  graph.articles.forEach((article, i) => {
    endBefore(article.datePublished, ["articles", i, "dateModified"]);
  });
  graph.events.forEach((event, i) => {
    endBefore(event.start, ["events", i, "end"]);
  });
  graph.actors.forEach((actor, i) => {
    if (actor.kind === "state") return;
    actor.roles.forEach((role, r) => {
      endBefore(role.start, ["actors", i, "roles", r, "end"]);
    });
  });
}

function anchoringSites(graph: NewsGraph, sites: Site[]): void {
  const texts = new Map<string, string>();
  for (const article of graph.articles) if (article.text !== undefined) texts.set(article.id, article.text);
  graph.claims.forEach((claim, i) => {
    claim.evidence.forEach((span, e) => {
      const text = texts.get(span.article);
      if (text === undefined) return;
      const at = ["claims", i, "evidence", e];
      const site = (rule: CorruptionRule, field: string, value: unknown): void => {
        sites.push({
          rule,
          layer: "anchoring",
          path: [...at, field],
          description: `${[...at, field].join(".")} = ${show(value)}`,
          apply: setAt([...at, field], value),
        });
      };
      // "\u0001" is never in generated text: prefixed to all the text there is, it cannot be found.
      site("anchor-exact", "exact", `${span.exact}\u0001`);
      site("anchor-out-of-range", "end", text.length + 1);
      site("anchor-prefix", "prefix", `\u0001${text.slice(0, span.start)}`);
      site("anchor-suffix", "suffix", `${text.slice(span.end)}\u0001`);
    });
  });
}

/** Every single-field corruption of `graph` this module knows. */
export function corruptionSites(graph: NewsGraph): Site[] {
  const sites: Site[] = [];
  for (const replacement of [null, [], "graph", 1]) {
    sites.push({
      rule: "wrong-type",
      layer: "shape",
      path: [],
      description: `the document = ${show(replacement)}`,
      apply: () => {},
      whole: replacement,
    });
  }
  shapeSites(NewsGraphSchema, graph, [], sites);
  graphSites(graph, sites);
  anchoringSites(graph, sites);
  return sites;
}

function corrupt(graph: NewsGraph, site: Site): Corruption {
  let document: unknown = site.whole;
  if (!Object.hasOwn(site, "whole")) {
    const copy = structuredClone(graph) as unknown as Record<string, unknown>;
    site.apply(copy);
    document = copy;
  }
  return {
    rule: site.rule,
    layer: site.layer,
    path: site.path,
    expected: site.expected ?? [site.path],
    json: site.json ?? true,
    description: site.description,
    document,
  };
}

/**
 * One corruption of `graph`, any of those {@link corruptionSites} lists; `json` keeps to documents that
 * JSON can carry, `rules` to the rules listed (the graph must offer one).
 */
export function arbitraryCorruption(
  graph: NewsGraph,
  options: { json?: boolean; rules?: readonly CorruptionRule[] } = {},
): fc.Arbitrary<Corruption> {
  const { json = false, rules } = options;
  const sites = corruptionSites(graph).filter(
    (site) => (!json || site.json !== false) && (rules === undefined || rules.includes(site.rule)),
  );
  if (sites.length === 0) throw new Error("corruptions: no site of the rules asked for in this graph");
  return fc.constantFrom(...sites).map((site) => corrupt(graph, site));
}

/** Whether an issue path starts with the expected path. */
export const startsWith = (path: readonly (string | number)[], prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
