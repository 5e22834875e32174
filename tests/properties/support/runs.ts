// How many runs each property gets. npm test runs the base counts; the nightly job multiplies them with
// NEWSGRAPH_PROPERTY_RUNS (scripts/nightly-properties.ts sets 25), and can fix the seed with
// NEWSGRAPH_PROPERTY_SEED to replay a failure.
import type fc from "fast-check";

const multiplier = Math.max(1, Number(process.env.NEWSGRAPH_PROPERTY_RUNS ?? "1") || 1);
const seed = process.env.NEWSGRAPH_PROPERTY_SEED;

/** fast-check parameters for a property with `base` runs in npm test. */
export function runs(base: number): fc.Parameters<unknown> {
  return {
    numRuns: Math.round(base * multiplier),
    ...(seed === undefined || seed === "" ? {} : { seed: Number(seed) }),
  };
}

/** A vitest timeout for a property whose base runs take up to `ms` on a slow machine. */
export const timeout = (ms: number): number => ms * multiplier;
