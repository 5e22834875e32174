// The JSON-LD guide's table of publishing rules names every rule checkPublishing can report, and no other,
// and each row cites the page of Google's documentation the rule follows (or says the rule is newsgraph's).
import { describe, expect, it } from "vitest";
import { PUBLISHING_RULES } from "../../src/jsonld/publishing";
import { readRepoFile } from "./markdown";

const rows = readRepoFile("docs/jsonld.md")
  .split("\n")
  .filter((line) => /^\| `[a-z-]+\/[a-z-]+`/.test(line));

describe("docs/jsonld.md's table of publishing rules", () => {
  it("lists every rule in PUBLISHING_RULES, and nothing else", () => {
    const documented = rows.flatMap((row) =>
      [...(row.split("|")[1] ?? "").matchAll(/`([a-z-]+\/[a-z-]+)`/g)].map((m) => m[1]),
    );
    expect([...documented].sort()).toEqual([...PUBLISHING_RULES].sort());
  });

  it("cites, for each rule, a page of Google Search Central's structured-data guides, or says it is newsgraph's own", () => {
    const GOOGLE =
      /\]\(https:\/\/developers\.google\.com\/search\/docs\/appearance\/structured-data\/[a-z-]+\)/;
    for (const row of rows) {
      const page = row.split("|").at(-2) ?? "";
      expect(GOOGLE.test(page) || page.trim() === "newsgraph's own", row).toBe(true);
    }
  });
});
