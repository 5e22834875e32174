// The pending changesets are files that `changeset version` can read: docs/releasing.md tells
// contributors how to write them, and a hand-edited or reformatted one fails only at release time.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import parseChangeset from "@changesets/parse";
import { describe, expect, it } from "vitest";
import { readRepoFile, root } from "./markdown";
import { packageJson } from "./shell";

const pending = readdirSync(join(root, ".changeset")).filter(
  (name) => name.endsWith(".md") && name !== "README.md",
);

describe("the pending changesets", () => {
  it.each(pending.length === 0 ? ["(none)"] : pending)(
    "%s names this package with a bump and a summary",
    (name) => {
      if (name === "(none)") return;
      const changeset = parseChangeset(readRepoFile(`.changeset/${name}`));
      expect(changeset.releases).not.toEqual([]);
      for (const release of changeset.releases) {
        expect(release.name).toBe(packageJson.name);
        expect(["patch", "minor", "major"]).toContain(release.type);
      }
      expect(changeset.summary.trim()).not.toBe("");
    },
  );
});
