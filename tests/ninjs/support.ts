// Helpers for the ninjs tests: read an item as the reader's contract demands, and show warnings as lines.
import { expect } from "vitest";
import {
  type FromNinjsOptions,
  type FromNinjsResult,
  fromNinjs,
  type NinjsWarning,
} from "../../src/ninjs/index";
import { safeParseNewsGraph } from "../../src/validate/parse";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Reads a frozen copy, and checks that the graph is valid and the input unchanged. */
export function readValid(input: unknown, options?: FromNinjsOptions): FromNinjsResult {
  const before = JSON.stringify(input);
  const result = fromNinjs(deepFreeze(structuredClone(input)), options);
  const checked = safeParseNewsGraph(result.graph);
  expect(checked.success ? [] : checked.error.issues).toEqual([]);
  expect(JSON.stringify(input)).toBe(before);
  return result;
}

/** Warnings as `path: message` lines, which read well in a failing test. */
export const lines = (warnings: NinjsWarning[]): string[] =>
  warnings.map(({ path, message }) => `${path}: ${message}`);
