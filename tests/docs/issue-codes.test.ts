// docs/validation.md lists every issue code the validator can report, and only those.

import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { newsgraphIssueCodes } from "../../src/index";
import { prose, readRepoFile } from "./markdown";

// The zod codes that newsgraph's schemas can produce. Typed against zod, so a renamed code fails here.
const ZOD_CODES = [
  "invalid_type",
  "unrecognized_keys",
  "invalid_value",
  "too_small",
  "too_big",
] as const satisfies readonly z.core.$ZodIssue["code"][];

/** The codes in the first column of the tables in docs/validation.md. */
function documentedCodes(): string[] {
  const text = readRepoFile("docs/validation.md");
  const tableCells = text
    .split("\n")
    .map((line) => /^\|\s*`([a-z_]+)`\s*\|/.exec(line)?.[1])
    .filter((code): code is string => code !== undefined);
  expect(prose(text)).toContain("## Issue codes");
  return tableCells;
}

describe("docs/validation.md", () => {
  it("lists every code in newsgraphIssueCodes", () => {
    const documented = new Set(documentedCodes());
    expect(newsgraphIssueCodes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it("lists no code that newsgraph or zod does not report, and none twice", () => {
    const known = new Set<string>([...newsgraphIssueCodes, ...ZOD_CODES]);
    const documented = documentedCodes();
    expect(documented.filter((code) => !known.has(code))).toEqual([]);
    expect(documented.length).toBe(new Set(documented).size);
  });
});
