// `npm run bench`: every benchmark, printed as Markdown (paste it into docs/performance.md). Each figure that
// matters is a ratio of two tasks measured side by side in this process.
//   npm run bench -- --quick                 skip the 100k-node graph
//   npm run bench -- validation budgets      some sections only: validation, compiled, serialization,
//                                            scaling, budgets
import { execFileSync } from "node:child_process";
import { parseNewsGraph } from "newsgraph";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "newsgraph/examples";
import * as z from "zod";
import { bundleSizes, instantiations } from "./budgets";
import { generateGraph } from "./generate";
import { describeMachine } from "./machine";
import type { Timing } from "./measure";
import { milliseconds, type RatioResult, ratioGrid, ratioTable, scalingTable, timingTable } from "./report";
import {
  articleFamilies,
  benchScaling,
  chainFamilies,
  type Family,
  htmlFamilies,
  importFamilies,
  languageTagFamily,
  publishingFamilies,
  SCALING_TARGET,
  type Scaled,
  stringFamilies,
} from "./scaling";
import { benchSerialization, type Page } from "./serialization";
import { benchReportInput, benchValidation, firstCall, taskNames, validationFixtures } from "./validation";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
// Set by the parent for the child process it starts with zod's compiler preloaded (`--import zod/compile`).
const compiledChild = args.includes("--compiled-child");
const sections = args.filter((arg) => !arg.startsWith("--"));
const wants = (section: string): boolean => sections.length === 0 || sections.includes(section);
const failures: RatioResult[] = [];

async function validationSection(heading: string): Promise<void> {
  const example = northKoreanTroopsInKursk;
  // Before anything else parses: the cold cost, zod's set-up (and code generation, when compiled) included.
  const cold = firstCall(example);
  console.log(`## ${heading}\n`);
  console.log(`- first safeParseNewsGraph call in a fresh process (example graph): ${cold.toFixed(1)} ms`);
  const timings = new Map<string, Timing>();
  const results: RatioResult[] = [];
  const full = new Map<string, number>();
  for (const fixture of validationFixtures(example, quick)) {
    const measured = await benchValidation(fixture);
    console.log(`- ${fixture.name}: ${(measured.bytes / 1024).toFixed(0)} KiB of JSON`);
    for (const [name, timing] of measured.timings) timings.set(name, timing);
    results.push(...measured.results);
    const timing = measured.timings.get(taskNames(fixture.name).full);
    if (timing !== undefined) full.set(fixture.name, timing.best);
  }
  const large = full.get("100k");
  const medium = full.get("10k");
  if (large !== undefined && medium !== undefined) {
    results.push({
      label: "safeParseNewsGraph 100k / 10k (10x the nodes)",
      numerator: taskNames("100k").full,
      denominator: taskNames("10k").full,
      target: { atMost: 12 },
      value: large / medium,
      met: large / medium <= 12,
    });
  }
  if (!compiledChild) {
    const reportInput = await benchReportInput(example, "example");
    for (const [name, timing] of reportInput.timings) timings.set(name, timing);
    results.push(...reportInput.results);
  }
  console.log(`\n${timingTable(timings)}\n`);
  console.log(`${ratioTable(results)}\n`);
  failures.push(...results.filter((result) => result.met === false));
}

function compiledSection(): void {
  // zod/compile must be loaded before any schema is built, so it runs in a process of its own.
  const child = [
    "--import",
    "tsx",
    "--import",
    "zod/compile",
    "bench/run.ts",
    "validation",
    "--compiled-child",
  ];
  if (quick) child.push("--quick");
  execFileSync(process.execPath, child, { stdio: "inherit" });
}

async function serializationSection(): Promise<void> {
  console.log("## Serialization\n");
  const pages: Page[] = [
    { name: "example page", graph: northKoreanTroopsInKursk, articleId: KURSK_ARTICLE_ID },
    { name: "page in 1k graph", graph: parseNewsGraph(generateGraph(1_000)), articleId: "article-0" },
    { name: "page in 10k graph", graph: parseNewsGraph(generateGraph(10_000)), articleId: "article-0" },
  ];
  const timings = new Map<string, Timing>();
  const results: RatioResult[] = [];
  for (const page of pages) {
    const measured = await benchSerialization(page, true);
    console.log(`- ${page.name}: ${measured.nodes} nodes, ${(measured.bytes / 1024).toFixed(1)} KiB of HTML`);
    for (const [name, timing] of measured.timings) timings.set(name, timing);
    results.push(...measured.results);
  }
  console.log(`\n${timingTable(timings)}\n`);
  console.log(`${ratioTable(results)}\n`);
  failures.push(...results.filter((result) => result.met === false));
}

async function scaleAll(families: readonly Family[]): Promise<Scaled[]> {
  const results: Scaled[] = [];
  for (const family of families) results.push(await benchScaling(family));
  failures.push(...results.filter((result) => result.met === false));
  return results;
}

// One row per hostile string, one column per field.
function stringGrid(results: readonly Scaled[]): string {
  const rows = [...new Set(results.map((result) => result.family.input))];
  const columns = [...new Set(results.map((result) => result.family.field ?? ""))];
  const short = (field: string) => field.replace(/^(?:an?|the) /, "");
  return ratioGrid("hostile string", rows, columns.map(short), (row, column) =>
    results.find((result) => result.family.input === row && short(result.family.field ?? "") === column),
  );
}

function spread(results: readonly Scaled[]): string {
  const range = (values: number[]) =>
    `${milliseconds(Math.min(...values))}–${milliseconds(Math.max(...values))}`;
  const small = range(results.map((result) => result.small.best));
  const large = range(results.map((result) => result.large.best));
  return `${small} ms at n, ${large} ms at 4n`;
}

async function scalingSection(): Promise<void> {
  console.log("## Scaling\n");
  console.log(
    "- each hostile input of the adversarial tests at a size n and at 4n, the same operation timed on " +
      `both: time(4n) / time(n), target ≤ ${SCALING_TARGET}x (linear is about 4x, quadratic about 16x)`,
  );
  const strings = stringFamilies();
  const validation = await scaleAll(strings.validation);
  const ajv = await scaleAll(strings.ajv);
  const others = await scaleAll([
    ...chainFamilies(),
    ...articleFamilies(),
    languageTagFamily(),
    ...htmlFamilies(),
    ...importFamilies(),
    ...publishingFamilies(),
  ]);
  const sizes = validation[0]?.sizes ?? "";
  console.log(`\n### Regex-hostile strings through safeParseNewsGraph (${sizes})\n`);
  console.log(`${stringGrid(validation)}\n\n- ${spread(validation)}`);
  console.log(`\n### Regex-hostile strings through ajv, the JSON Schema (${sizes})\n`);
  console.log(`${stringGrid(ajv)}\n\n- ${spread(ajv)}`);
  console.log(
    "\n### Chains, cycles, a big article, a language tag, hostile HTML, hostile JSON-LD, quotes, publishing checks\n",
  );
  console.log(`${scalingTable(others)}\n`);
}

function budgetsSection(): void {
  console.log("## Budgets (deterministic; enforced by `npm test`)\n");
  for (const line of bundleSizes()) console.log(`- bundle, ${line}`);
  const ours = instantiations("tests/budgets/fixtures/tsconfig.json");
  const schemaDts = instantiations("tests/budgets/fixtures/tsconfig.schema-dts.json");
  if (ours === undefined || schemaDts === undefined) {
    console.log("- type instantiations: (no dist/: run `npm run build` first)");
  } else {
    const verdict = ours <= 5_000 ? "met" : "MISSED";
    console.log(
      `- type instantiations, Article + Claim + Event + serializers: ${ours} (target ≤ 5000) ${verdict}`,
    );
    console.log(`- type instantiations, one schema-dts NewsArticle alone: ${schemaDts}`);
  }
  console.log("");
}

async function main(): Promise<void> {
  if (compiledChild) {
    if (z.core.globalConfig.postProcessor === undefined) throw new Error("bench: zod/compile is not loaded");
    await validationSection('Validation with zod\'s compiler preloaded (`import "zod/compile"`)');
    return;
  }
  console.log("# newsgraph benchmarks\n");
  for (const line of describeMachine()) console.log(`- ${line}`);
  console.log("");
  if (wants("validation")) await validationSection("Validation");
  if (wants("compiled")) compiledSection();
  if (wants("serialization")) await serializationSection();
  if (wants("scaling")) await scalingSection();
  if (wants("budgets")) budgetsSection();
  console.log(
    failures.length === 0
      ? "All targets of this process met."
      : `Targets missed in this process: ${failures.map((failure) => failure.label).join("; ")}`,
  );
}

await main();
