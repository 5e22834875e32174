// Validation: safeParseNewsGraph against the floor (JSON.parse of the same document) and the peer
// (ajv compiled from the exported JSON Schema), on the example graph and on generated graphs.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { NewsGraph, type NewsGraphInput, newsGraphJsonSchema, safeParseNewsGraph } from "newsgraph";
import { generateGraph } from "./generate";
import { type MeasureOptions, measure, type Task } from "./measure";
import { type Ratio, type RatioResult, ratios } from "./report";

/** A document to validate, under a short name. */
export interface Fixture {
  name: string;
  document: NewsGraphInput;
  options: MeasureOptions;
}

const SMALL: MeasureOptions = { rounds: 5, time: 400, iterations: 64, warmupIterations: 32 };
const MEDIUM: MeasureOptions = { rounds: 3, time: 500, iterations: 16, warmupIterations: 8 };
const LARGE: MeasureOptions = { rounds: 3, time: 0, iterations: 3, warmupIterations: 1 };

function countNodes(document: NewsGraphInput): number {
  const { articles = [], actors = [], claims = [], events = [], places = [] } = document;
  return articles.length + actors.length + claims.length + events.length + places.length;
}

/** The example graph and the generated graphs of 1k, 10k and (unless `quick`) 100k nodes. */
export function validationFixtures(example: NewsGraphInput, quick: boolean): Fixture[] {
  const fixtures: Fixture[] = [
    { name: `example (${countNodes(example)} nodes)`, document: example, options: SMALL },
    { name: "1k", document: generateGraph(1_000), options: SMALL },
    { name: "10k", document: generateGraph(10_000), options: MEDIUM },
  ];
  if (!quick) fixtures.push({ name: "100k", document: generateGraph(100_000), options: LARGE });
  return fixtures;
}

function compileAjv(): (data: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: false });
  addFormats(ajv);
  const validate = ajv.compile(newsGraphJsonSchema());
  return (data) => validate(data);
}

/** The task names of one fixture. */
export function taskNames(fixture: string) {
  return {
    parse: `JSON.parse (${fixture})`,
    full: `safeParseNewsGraph (${fixture})`,
    shape: `NewsGraph.safeParse, shape only (${fixture})`,
    ajv: `ajv validate (${fixture})`,
  };
}

/** Measures one fixture; checks first that every contender accepts the document. */
export async function benchValidation(fixture: Fixture): Promise<{
  timings: Awaited<ReturnType<typeof measure>>;
  results: RatioResult[];
  bytes: number;
}> {
  const text = JSON.stringify(fixture.document);
  const document: unknown = JSON.parse(text);
  const ajv = compileAjv();
  const full = safeParseNewsGraph(document);
  if (!full.success) throw new Error(`bench: the ${fixture.name} graph is invalid:\n${full.error.message}`);
  if (!NewsGraph.safeParse(document).success || !ajv(document)) {
    throw new Error(`bench: a validator rejects the ${fixture.name} graph`);
  }
  const names = taskNames(fixture.name);
  const tasks: Task[] = [
    { name: names.parse, fn: () => JSON.parse(text) },
    { name: names.full, fn: () => safeParseNewsGraph(document) },
    { name: names.shape, fn: () => NewsGraph.safeParse(document) },
    { name: names.ajv, fn: () => ajv(document) },
  ];
  const timings = await measure(tasks, fixture.options);
  const wanted: Ratio[] = [
    {
      label: `${fixture.name}: safeParseNewsGraph / JSON.parse`,
      numerator: names.full,
      denominator: names.parse,
      ...(fixture.name.startsWith("example") ? { target: { atMost: 2 } } : {}),
    },
    {
      label: `${fixture.name}: safeParseNewsGraph / ajv`,
      numerator: names.full,
      denominator: names.ajv,
      target: { atMost: 1.5 },
    },
    {
      label: `${fixture.name}: NewsGraph.safeParse (shape only) / ajv`,
      numerator: names.shape,
      denominator: names.ajv,
    },
    {
      label: `${fixture.name}: NewsGraph.safeParse (shape only) / safeParseNewsGraph`,
      numerator: names.shape,
      denominator: names.full,
    },
  ];
  const results = ratios(timings, wanted);
  // What bounds a miss against ajv: zod's shape pass alone, before newsgraph's graph and anchoring checks.
  const shape = results.find(
    (result) => result.numerator === names.shape && result.denominator === names.ajv,
  );
  const againstAjv = results.find(
    (result) => result.numerator === names.full && result.denominator === names.ajv,
  );
  if (shape !== undefined && againstAjv !== undefined && againstAjv.met === false) {
    againstAjv.note = `zod's shape pass alone (NewsGraph.safeParse) takes ${shape.value.toFixed(2)}x ajv's time`;
  }
  return { timings, results, bytes: text.length };
}

/**
 * The first validation in a fresh process: what a CLI run or a cold serverless function pays, zod's
 * schema set-up (and, with `zod/compile`, its code generation) included. Call it before any other parse.
 */
export function firstCall(document: NewsGraphInput): number {
  const start = performance.now();
  const result = safeParseNewsGraph(document);
  const elapsed = performance.now() - start;
  if (!result.success) throw new Error(`bench: the first document is invalid:\n${result.error.message}`);
  return elapsed;
}

/** A copy of the document with `count` problems zod reports: ids that are not slugs. */
function withBadIds(document: NewsGraphInput, count: number): unknown {
  const copy = structuredClone(document);
  const claims = copy.claims ?? [];
  for (let i = 0; i < count && i < claims.length; i++) {
    const claim = claims[i];
    if (claim !== undefined) claim.claimant = `Not A Slug ${i}`;
  }
  return copy;
}

/**
 * The cost of `{ reportInput: true }`, which safeParseNewsGraph passes so that its messages can say what was
 * found: on a valid document, and on one with ten shape errors.
 */
export async function benchReportInput(document: NewsGraphInput, name: string) {
  const invalid = withBadIds(document, 10);
  if (NewsGraph.safeParse(invalid).success) throw new Error("bench: the invalid copy passes");
  const names = {
    valid: `NewsGraph.safeParse, valid (${name})`,
    validReported: `NewsGraph.safeParse + reportInput, valid (${name})`,
    invalid: `NewsGraph.safeParse, 10 errors (${name})`,
    invalidReported: `NewsGraph.safeParse + reportInput, 10 errors (${name})`,
  };
  // Reading `.error` builds the issues, as safeParseNewsGraph does on failure.
  const tasks: Task[] = [
    { name: names.valid, fn: () => NewsGraph.safeParse(document) },
    { name: names.validReported, fn: () => NewsGraph.safeParse(document, { reportInput: true }) },
    { name: names.invalid, fn: () => NewsGraph.safeParse(invalid).error?.issues.length },
    {
      name: names.invalidReported,
      fn: () => NewsGraph.safeParse(invalid, { reportInput: true }).error?.issues.length,
    },
  ];
  const timings = await measure(tasks, SMALL);
  const results = ratios(timings, [
    {
      label: `${name}: reportInput / without, valid document`,
      numerator: names.validReported,
      denominator: names.valid,
    },
    {
      label: `${name}: reportInput / without, 10 errors`,
      numerator: names.invalidReported,
      denominator: names.invalid,
    },
  ]);
  return { timings, results };
}
