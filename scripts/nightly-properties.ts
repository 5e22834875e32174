// The nightly property run: the same properties as npm test, with many times the runs.
//   npx tsx scripts/nightly-properties.ts             25x the runs (about 10–15 minutes on 2 cores)
//   NEWSGRAPH_PROPERTY_RUNS=50 npx tsx scripts/nightly-properties.ts
//   NEWSGRAPH_PROPERTY_SEED=1234 npx tsx scripts/nightly-properties.ts   replays a reported failure
// Each property reads the multiplier through tests/properties/support/runs.ts, which also stretches its
// timeout; fast-check prints the seed and the shrunk counterexample of any failure.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const multiplier = process.env.NEWSGRAPH_PROPERTY_RUNS ?? "25";

if (!/^[1-9]\d*$/.test(multiplier)) {
  console.error(
    `NEWSGRAPH_PROPERTY_RUNS must be a whole number of times the runs, found ${JSON.stringify(multiplier)}`,
  );
  process.exit(2);
}

console.log(`Running the property tests with ${multiplier}x the runs of npm test.`);
const result = spawnSync(
  process.execPath,
  [vitest, "run", "tests/properties", "tests/differential", "tests/testing", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, NEWSGRAPH_PROPERTY_RUNS: multiplier } },
);
process.exit(result.status ?? 1);
