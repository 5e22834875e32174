// What newsgraph's types cost a user's type checker, as TypeScript counts it: type instantiations, which are
// deterministic (unlike check time), so this is a budget, not a timing. The fixtures are checked the way a
// user's project checks them: against the published declarations in dist/ (built by `npm test` before this
// runs), with skipLibCheck.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const fixtures = join(root, "tests/budgets/fixtures");
const built = existsSync(join(root, "dist/index.d.ts")) && existsSync(join(root, "dist/jsonld/index.d.ts"));

/**
 * The ceiling for fixtures/consumer.ts: an Article, a Claim and an Event annotated, a parsed graph
 * serialized. Measured 6,402 with TypeScript 5.9.3 and zod 4.6.7 (docs/performance.md); 8,001 since the
 * article gained contributors, a breadcrumb, citations, paywalled parts, its images' rights, its form and a
 * live blog's updates, and a claim its appearances (the ceiling was 7,000). The project's budget is 5,000: the
 * rest is zod's own work to derive an output type, about a hundred instantiations per field, for the 70-odd
 * fields of the three types. Lower this as the figure falls.
 */
const CONSUMER_CEILING = 8_250;

/** Runs tsc on one fixture project and returns its "Instantiations" count. */
function instantiations(project: string): number {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const output = execFileSync(process.execPath, [tsc, "--noEmit", "--extendedDiagnostics", "-p", project], {
    cwd: root,
    encoding: "utf8",
  });
  const count = /^Instantiations:\s+(\d+)$/m.exec(output)?.[1];
  if (count === undefined) throw new Error(`tsc printed no instantiation count:\n${output}`);
  return Number(count);
}

describe("the type-check cost of newsgraph's types", () => {
  beforeAll(() => {
    if (!built) throw new Error("dist/ is missing: run npm run build first (npm test does)");
  });

  let consumer: number | undefined;
  const ours = (): number => {
    consumer ??= instantiations(join(fixtures, "tsconfig.json"));
    return consumer;
  };

  it(`keeps a consumer that annotates an article, a claim and an event under ${CONSUMER_CEILING} instantiations`, () => {
    expect(ours()).toBeGreaterThan(0);
    expect(ours()).toBeLessThanOrEqual(CONSUMER_CEILING);
  }, 120_000);

  it("costs less than half of what one NewsArticle annotated with schema-dts alone costs", () => {
    const schemaDts = instantiations(join(fixtures, "tsconfig.schema-dts.json"));
    expect(schemaDts).toBeGreaterThan(20_000);
    expect(ours() * 2).toBeLessThan(schemaDts);
  }, 120_000);
});
