import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";

/**
 * Asserts deep strict equality (-0 and 0 apart, prototypes compared) cheaply: node's comparison first,
 * vitest's, for its diff, only when they differ.
 */
export function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}
