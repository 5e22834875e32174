// The pending changesets are files that `changeset version` can read: docs/releasing.md tells
// contributors how to write them, and a hand-edited or reformatted one fails only at release time.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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

describe("changeset version, on a copy of the package", () => {
  it("bumps the version by the pending changesets and writes their summaries to CHANGELOG.md", () => {
    const copy = mkdtempSync(join(tmpdir(), "newsgraph-changeset-"));
    try {
      cpSync(join(root, "package.json"), join(copy, "package.json"));
      cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
      const bin = join(root, "node_modules/@changesets/cli/bin.js");
      execFileSync(process.execPath, [bin, "version"], { cwd: copy, stdio: "pipe" });

      const bumped = JSON.parse(readFileSync(join(copy, "package.json"), "utf8")) as { version: string };
      const releases = pending.map((name) => parseChangeset(readRepoFile(`.changeset/${name}`)));
      const types = releases.flatMap((changeset) => changeset.releases.map((release) => release.type));
      if (types.length === 0) {
        expect(bumped.version).toBe(packageJson.version);
        return;
      }
      const [major = 0, minor = 0, patch = 0] = packageJson.version.split(".").map(Number);
      const expected = types.includes("major")
        ? major === 0
          ? `0.${minor + 1}.0`
          : `${major + 1}.0.0`
        : types.includes("minor")
          ? `${major}.${minor + 1}.0`
          : `${major}.${minor}.${patch + 1}`;
      expect(bumped.version).toBe(expected);
      const changelog = readFileSync(join(copy, "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(`## ${expected}`);
      for (const changeset of releases) expect(changelog).toContain(changeset.summary.trim().split("\n")[0]);
      expect(readdirSync(join(copy, ".changeset")).filter((name) => pending.includes(name))).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 30_000);
});
