// The JSON-LD guide's table of publishing rules names every rule checkPublishing can report, and no other.
import { describe, expect, it } from "vitest";
import { PUBLISHING_RULES } from "../../src/jsonld/publishing";
import { readRepoFile } from "./markdown";

describe("docs/jsonld.md's table of publishing rules", () => {
  it("lists every rule in PUBLISHING_RULES, and nothing else", () => {
    const guide = readRepoFile("docs/jsonld.md");
    const rows = guide.split("\n").filter((line) => /^\| `[a-z-]+\/[a-z-]+`/.test(line));
    const documented = rows.flatMap((row) =>
      [...(row.split("|")[1] ?? "").matchAll(/`([a-z-]+\/[a-z-]+)`/g)].map((m) => m[1]),
    );
    expect([...documented].sort()).toEqual([...PUBLISHING_RULES].sort());
  });
});
