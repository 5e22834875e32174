// Scaling: how the cost of each hostile input of the adversarial tests grows with its size. Each input is
// built by the tests' own builders (tests/adversarial/hostile-inputs.ts) at a size n and at 4n, and the same
// operation is timed on both, side by side in rotated rounds. A linear operation takes about 4 times as long
// at 4n, a quadratic one about 16 times: the target is at most 6. The tests check what these inputs give and
// assert no time; this is where time is measured. A floor (work any implementation does, without a target)
// shows how this machine itself scales at the same sizes.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  LanguageTag,
  locateQuote,
  type NewsGraph,
  newsGraphJsonSchema,
  parseNewsGraph,
  type SafeParseNewsGraphResult,
  safeParseNewsGraph,
} from "newsgraph";
import {
  checkPublishing,
  extractJsonLd,
  fromJsonLd,
  jsonLdScript,
  readPage,
  toJsonLd,
  trustIndicators,
} from "newsgraph/jsonld";
import {
  articleText,
  bigArticle,
  deeplyNestedArticle,
  eventChain,
  hostileHtml,
  hostileJsonLd,
  hostilePages,
  hostileStrings,
  languageTagRun,
  organisationLattice,
  PATTERN_FIELDS,
  type Path,
  placeChain,
  publishingPage,
  repetitiveQuote,
  roleChain,
  roleCycles,
} from "../tests/adversarial/hostile-inputs";
import { type MeasureOptions, measure } from "./measure";
import { ratios, type ScalingResult } from "./report";

/**
 * The most time(4n) / time(n) may be: linear work gives about 4 (the floors measure 4.6–5.3 on the 2-core
 * machine the project is measured on), quadratic work about 16. 8 is their midpoint on a log scale, far
 * enough from both that noise does not move an input across it.
 */
export const SCALING_TARGET = 8;

/** A hostile input and an operation on it, to be timed at a size n and at 4n. */
export interface Family {
  /** The input, in words. */
  input: string;
  /** For a hostile string, the pattern-checked field it is placed in. */
  field?: string;
  /** What is timed. */
  operation: string;
  /** The smaller size; the larger is 4 times it. */
  n: number;
  /** What the size counts. */
  unit: string;
  /** A floor, shown for comparison: it has no target. */
  floor?: boolean;
  /** Builds the input at `size`, checks that the operation gives what the tests expect, and returns it. */
  prepare: (size: number) => () => unknown;
  options: MeasureOptions;
}

/** A family's two timings and their ratio. */
export interface Scaled extends ScalingResult {
  family: Family;
}

// Operations of microseconds get many samples (the time budget); those of a tenth of a second, a few, in
// more rounds: whether a collection of the young generation falls inside a call varies from round to round.
const FAST: MeasureOptions = { rounds: 3, time: 10, iterations: 3, warmupIterations: 1 };
const SLOW: MeasureOptions = { rounds: 5, time: 0, iterations: 2, warmupIterations: 1 };
// For what takes about a second at 4n: one call a round, warmed up by the check that prepare makes.
const ONCE: MeasureOptions = { rounds: 3, time: 0, iterations: 1, warmupIterations: 0 };

const BASE_URL = "https://example.org/";
const SCRIPT_START = '<script type="application/ld+json">';

// A document timed as it arrives over the wire: parsed from its JSON text, no string shared with another
// (an evidence span's exact text with the article's, say). A hostile string is the same however it arrives.
const wire = (document: unknown): unknown => JSON.parse(JSON.stringify(document));

function fail(what: string, size: number, why: string): never {
  throw new Error(`bench: ${what} at size ${size}: ${why}`);
}

/** The input of the given name among those `inputs` makes at a size: the adversarial tests' own. */
function named<T>(inputs: (size: number) => { name: string; value: T }[], size: number, name: string): T {
  const found = inputs(size).find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`bench: no hostile input ${name}`);
  return found.value;
}

function labelOf(family: { input: string; field?: string }): string {
  return family.field === undefined ? family.input : `${family.input} as ${family.field}`;
}

/** An issue the tests expect: at a path (or below it), with a code when one is given. */
interface Expected {
  path: Path;
  code?: string;
}

function missing(result: SafeParseNewsGraphResult, { path, code }: Expected): string | undefined {
  if (result.success) return "accepted";
  const found = result.error.issues.some(
    (issue) =>
      path.every((segment, i) => issue.path[i] === segment) && (code === undefined || issue.code === code),
  );
  return found ? undefined : `no ${code ?? "issue"} at ${JSON.stringify(path)}`;
}

function validation(
  named: { input: string; field?: string },
  n: number,
  unit: string,
  build: (size: number) => unknown,
  expected: "valid" | ((size: number) => Expected),
  options: MeasureOptions,
): Family {
  return {
    ...named,
    operation: "safeParseNewsGraph",
    n,
    unit,
    options,
    prepare: (size) => {
      const document = build(size);
      const result = safeParseNewsGraph(document);
      const problem =
        expected !== "valid"
          ? missing(result, expected(size))
          : result.success
            ? undefined
            : (result.error.issues[0]?.message ?? "rejected");
      if (problem !== undefined) fail(labelOf(named), size, problem);
      return () => safeParseNewsGraph(document);
    },
  };
}

function serialization(
  input: string,
  n: number,
  unit: string,
  build: (size: number) => NewsGraph,
  options: MeasureOptions,
): Family {
  return {
    input,
    operation: "jsonLdScript(toJsonLd())",
    n,
    unit,
    options,
    prepare: (size) => {
      const graph = build(size);
      if (!jsonLdScript(toJsonLd(graph, { baseUrl: BASE_URL })).startsWith(SCRIPT_START)) {
        fail(input, size, "no script written");
      }
      return () => jsonLdScript(toJsonLd(graph, { baseUrl: BASE_URL }));
    },
  };
}

/** Each regex-hostile string in each pattern-checked field, through safeParseNewsGraph and through ajv. */
export function stringFamilies(): { validation: Family[]; ajv: Family[] } {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validateJsonSchema = ajv.compile(newsGraphJsonSchema());
  // The size of the tests' strings.
  const n = 1_000_000;
  const built = new Map<number, Map<string, string>>();
  const valueAt = (size: number, name: string): string => {
    let strings = built.get(size);
    if (strings === undefined) {
      strings = new Map(hostileStrings(size).map((hostile) => [hostile.name, hostile.value]));
      built.set(size, strings);
    }
    const value = strings.get(name);
    if (value === undefined) throw new Error(`bench: no hostile string ${name}`);
    return value;
  };
  const families = { validation: [] as Family[], ajv: [] as Family[] };
  for (const { name } of hostileStrings(1)) {
    for (const { field, place, path } of PATTERN_FIELDS) {
      const document = (size: number) => place(valueAt(size, name));
      families.validation.push(
        validation({ input: name, field }, n, "characters", document, () => ({ path }), FAST),
      );
      families.ajv.push({
        input: name,
        field,
        operation: "ajv, the JSON Schema",
        n,
        unit: "characters",
        options: FAST,
        prepare: (size) => {
          const json = document(size);
          if (validateJsonSchema(json)) fail(`${name} as ${field}`, size, "ajv accepts it");
          return () => validateJsonSchema(json);
        },
      });
    }
  }
  return families;
}

// Closes a validated chain into a cycle: toJsonLd takes a graph as given, and must not follow it round.
function closePlaces(graph: NewsGraph): NewsGraph {
  const first = graph.places[0];
  const last = graph.places.at(-1);
  if (first !== undefined && last !== undefined) first.containedIn = last.id;
  return graph;
}

function closeEvents(graph: NewsGraph): NewsGraph {
  const first = graph.events[0];
  const last = graph.events.at(-1);
  if (first !== undefined && last !== undefined) first.partOf = last.id;
  return graph;
}

function closeRoles(graph: NewsGraph): NewsGraph {
  const first = graph.actors[0];
  const last = graph.actors.at(-1);
  if (first !== undefined && last !== undefined && "roles" in first) {
    first.roles = [{ title: "Member", of: last.id }];
  }
  return graph;
}

/** The chains and cycles of containedIn, partOf and roles[].of, and a floor: a Map of their ids. */
export function chainFamilies(): Family[] {
  const n = 10_000;
  const cycle = (collection: string) => () => ({ path: [collection], code: "reference_cycle" });
  const places = (size: number) => wire(placeChain(size, false));
  const events = (size: number) => wire(eventChain(size, false));
  const actors = (size: number) => wire(roleChain(size, false));
  const parsed = (build: (size: number) => unknown) => (size: number) => parseNewsGraph(build(size));
  return [
    validation({ input: "a containedIn chain" }, n, "nodes", places, "valid", SLOW),
    validation({ input: "a partOf chain" }, n, "nodes", events, "valid", SLOW),
    validation({ input: "a roles[].of chain" }, n, "nodes", actors, "valid", SLOW),
    validation(
      { input: "a containedIn cycle" },
      n,
      "nodes",
      (size) => wire(placeChain(size, true)),
      cycle("places"),
      SLOW,
    ),
    validation(
      { input: "a partOf cycle" },
      n,
      "nodes",
      (size) => wire(eventChain(size, true)),
      cycle("events"),
      SLOW,
    ),
    validation(
      { input: "a roles[].of cycle" },
      n,
      "nodes",
      (size) => wire(roleChain(size, true)),
      cycle("actors"),
      SLOW,
    ),
    validation(
      { input: "roles[].of: a chain whose every actor is also a member of the first (n cycles)" },
      3_000,
      "nodes",
      (size) => wire(roleCycles(size)),
      cycle("actors"),
      ONCE,
    ),
    serialization("a containedIn chain", n, "nodes", parsed(places), SLOW),
    serialization("a partOf chain", n, "nodes", parsed(events), SLOW),
    serialization("a roles[].of chain", n, "nodes", parsed(actors), SLOW),
    serialization(
      "a containedIn cycle, closed after validation",
      n,
      "nodes",
      (size) => closePlaces(parsed(places)(size)),
      SLOW,
    ),
    serialization(
      "a partOf cycle, closed after validation",
      n,
      "nodes",
      (size) => closeEvents(parsed(events)(size)),
      SLOW,
    ),
    serialization(
      "a roles[].of cycle, closed after validation",
      n,
      "nodes",
      (size) => closeRoles(parsed(actors)(size)),
      SLOW,
    ),
    {
      input: "floor: a Map of n node ids",
      operation: "new Map(), set() for each",
      n,
      unit: "nodes",
      floor: true,
      options: SLOW,
      prepare: (size) => {
        const ids = Array.from({ length: size }, (_, i) => `place-${i}`);
        return () => {
          const index = new Map<string, number>();
          for (let i = 0; i < ids.length; i++) index.set(ids[i] ?? "", i);
          return index;
        };
      },
    },
  ];
}

/**
 * A big article with anchored spans (one per 5,000 characters) and one span over the whole text, and a
 * floor: comparing the text with a copy of itself, which that span costs at least.
 */
export function articleFamilies(): Family[] {
  // At n about the tests' 10 MB: the smaller sizes fit in the processor's cache and the larger do not.
  const n = 10_000_000;
  const spans = (size: number) => size / 5_000;
  // Built once for each size, and shared by the families: 40 million characters take a while to write.
  const built = new Map<string, unknown>();
  const article = (mismatch: boolean) => (size: number) => {
    const key = `${size} ${mismatch}`;
    const document = built.get(key) ?? wire(bigArticle(size, spans(size), mismatch));
    built.set(key, document);
    return document;
  };
  return [
    validation({ input: "an article with anchored spans" }, n, "characters", article(false), "valid", FAST),
    validation(
      { input: "an article with anchored spans, one of which does not match" },
      n,
      "characters",
      article(true),
      (size) => ({ path: ["claims", 0, "evidence", spans(size) + 1, "exact"], code: "anchor_mismatch" }),
      FAST,
    ),
    serialization(
      "an article with anchored spans",
      n,
      "characters",
      (size) => parseNewsGraph(article(false)(size)),
      FAST,
    ),
    {
      input: "floor: the article's text",
      operation: "=== a copy of it",
      n,
      unit: "characters",
      floor: true,
      options: FAST,
      prepare: (size) => {
        const text = articleText(size);
        const copy: unknown = JSON.parse(JSON.stringify(text));
        if (copy !== text) fail("the article's text", size, "its copy differs");
        return () => copy === text;
      },
    },
  ];
}

/** A language tag of many well-formed parts, spoilt at the end. */
export function languageTagFamily(): Family {
  return {
    input: "a language tag of hyphenated parts",
    operation: "LanguageTag.safeParse",
    // The tests' size.
    n: 50_000,
    unit: "parts",
    options: FAST,
    prepare: (size) => {
      const tag = languageTagRun(size);
      if (LanguageTag.safeParse(tag).success) fail("a language tag", size, "accepted");
      return () => LanguageTag.safeParse(tag);
    },
  };
}

/** The hostile HTML of extractJsonLd's tests. */
export function htmlFamilies(): Family[] {
  // parse5 reads the page: deep nesting (which the reader stops at 512) and other tree-builder shapes too.
  // The size of the tests' HTML.
  const n = 1_000_000;
  return hostileHtml(1).map(({ name }) => ({
    input: `HTML: ${name}`,
    operation: "extractJsonLd",
    n,
    unit: "characters",
    options: FAST,
    prepare: (size) => {
      const html = named(hostileHtml, size, name);
      if (!Array.isArray(extractJsonLd(html).documents)) fail(name, size, "no documents");
      return () => extractJsonLd(html);
    },
  }));
}

/** Page-sized inputs for readPage: many metas, many scripts to repair, many articles across scripts. */
export function pageFamilies(): Family[] {
  return hostilePages(1).map(({ name }) => ({
    input: `page: ${name}`,
    operation: "readPage",
    n: 1_000,
    unit: "elements",
    options: FAST,
    prepare: (size) => {
      const html = named(hostilePages, size, name);
      const reading = readPage(html);
      if (reading.graph.articles.length === 0) fail(name, size, "no article");
      return () => readPage(html);
    },
  }));
}

/**
 * The smaller size of a hostile JSON-LD input, and what it counts. A numeral's digits and a @type's names cost
 * little each; a node costs a whole mapping (an article with its publisher about half a millisecond to import),
 * so node-shaped inputs start at 1,000 and the scaling run stays minutes long.
 */
function hostileJsonLdSize(name: string): { n: number; unit: string } {
  if (name.startsWith("a numeral")) return { n: 100_000, unit: "digits" };
  if (name.startsWith("a @type")) return { n: 100_000, unit: "names" };
  return { n: 1_000, unit: "nodes" };
}

/** The importer's hostile inputs, and locateQuote's. */
export function importFamilies(): Family[] {
  const families: Family[] = hostileJsonLd(1).map(({ name }) => ({
    input: `JSON-LD: ${name}`,
    operation: "fromJsonLd",
    ...hostileJsonLdSize(name),
    options: FAST,
    prepare: (size: number) => {
      const document = named(hostileJsonLd, size, name);
      if (fromJsonLd(document).warnings.some((warning) => warning.message.includes("could not be read")))
        fail(name, size, "unreadable");
      return () => fromJsonLd(document);
    },
  }));
  families.push({
    input: "JSON-LD: organisations built in code, each level pointing at the level above",
    operation: "fromJsonLd",
    n: 20,
    unit: "levels",
    options: FAST,
    prepare: (size) => {
      const document = organisationLattice(size);
      return () => fromJsonLd(document);
    },
  });
  families.push({
    input: "a repetitive text and half of it as the quote, with a prefix that never matches",
    operation: "locateQuote",
    n: 1_000_000,
    unit: "characters",
    options: FAST,
    prepare: (size) => {
      const { text, quote, prefix } = repetitiveQuote(size);
      if (locateQuote(text, quote).length === 0) fail("a repetitive quote", size, "not found");
      return () => locateQuote(text, quote, { prefix });
    },
  });
  return families;
}

/**
 * checkPublishing on the JSON-LD shapes of the adversarial tests (the importer's hostile inputs, numeral-like
 * strings as a latitude and a rating among them, and deep nesting), and checkPublishing and trustIndicators
 * on a page of many nodes. Each is first checked for what the tests expect of it.
 */
export function publishingFamilies(): Family[] {
  const checked = (
    input: string,
    n: number,
    unit: string,
    build: (size: number) => unknown,
    expected: (rules: string[]) => boolean,
    options: MeasureOptions,
  ): Family => ({
    input,
    operation: "checkPublishing",
    n,
    unit,
    options,
    prepare: (size) => {
      const document = build(size);
      const found = checkPublishing(document).map((finding) => finding.rule);
      if (!expected(found)) fail(input, size, `found ${JSON.stringify(found)}`);
      return () => checkPublishing(document);
    },
  });
  const nodes = 2_500;
  return [
    ...hostileJsonLd(1).map(({ name }) => {
      const { n, unit } = hostileJsonLdSize(name);
      return checked(
        `JSON-LD: ${name}`,
        n,
        unit,
        (size) => named(hostileJsonLd, size, name),
        (rules) =>
          !rules.includes("document/unreadable") &&
          (name !== "a numeral-like ratingValue" || rules.includes("claim-review/rating-number")),
        FAST,
      );
    }),
    checked(
      "a NewsArticle with a property nested n levels",
      5_000,
      "levels",
      deeplyNestedArticle,
      (rules) => rules[0] === "document/depth" && rules.includes("article/image"),
      FAST,
    ),
    checked("a page of n nodes", nodes, "nodes", publishingPage, (rules) => rules.length === 0, SLOW),
    {
      input: "a page of n nodes",
      operation: "trustIndicators",
      n: nodes,
      unit: "nodes",
      options: SLOW,
      prepare: (size) => {
        const page = publishingPage(size);
        if (trustIndicators(page).articles.length !== Math.floor(size / 8))
          fail("a page", size, "articles missed");
        return () => trustIndicators(page);
      },
    },
  ];
}

/** Times one family at n and at 4n, side by side, and gives time(4n) / time(n) against the target. */
export async function benchScaling(family: Family): Promise<Scaled> {
  const label = `${labelOf(family)}: ${family.operation}`;
  const names = { small: `${label} (n)`, large: `${label} (4n)` };
  const timings = await measure(
    [
      { name: names.small, fn: family.prepare(family.n) },
      { name: names.large, fn: family.prepare(family.n * 4) },
    ],
    family.options,
  );
  const [result] = ratios(timings, [
    {
      label,
      numerator: names.large,
      denominator: names.small,
      ...(family.floor === true ? {} : { target: { atMost: SCALING_TARGET } }),
    },
  ]);
  const small = timings.get(names.small);
  const large = timings.get(names.large);
  if (result === undefined || small === undefined || large === undefined) {
    throw new Error(`bench: no timing for ${label}`);
  }
  const sizes = `${family.n.toLocaleString("en")} → ${(family.n * 4).toLocaleString("en")} ${family.unit}`;
  return { ...result, family, sizes, small, large };
}
