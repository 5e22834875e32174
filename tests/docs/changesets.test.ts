// The pending changesets are files that `changeset version` can read: docs/releasing.md tells
// contributors how to write them, and a hand-edited or reformatted one fails only at release time.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import parseChangeset from "@changesets/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** The version the pending bumps lead to, as changesets computes it (semver's increment of the highest). */
function bumped(version: string, types: readonly string[]): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (types.includes("major")) return `${major + 1}.0.0`;
  if (types.includes("minor")) return `${major}.${minor + 1}.0`;
  if (types.includes("patch")) return `${major}.${minor}.${patch + 1}`;
  return version;
}

describe("npm run version-packages, on a copy of the repository with a changeset added", () => {
  const added = '---\n"newsgraph": patch\n---\n\nA fix that a user would notice, for this test.\n';
  const copy = mkdtempSync(join(tmpdir(), "newsgraph-version-"));
  let manifest: { version: string };
  let lock: { version: string; packages: Record<string, { version?: string }> };

  beforeAll(() => {
    for (const file of ["package.json", "package-lock.json"]) cpSync(join(root, file), join(copy, file));
    cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
    writeFileSync(join(copy, ".changeset/test-added-fix.md"), added);
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
    // Offline: bringing the lock file along must not need the registry.
    execFileSync("npm", ["run", "version-packages"], {
      cwd: copy,
      stdio: "pipe",
      env: { ...process.env, npm_config_offline: "true" },
    });
    manifest = JSON.parse(readFileSync(join(copy, "package.json"), "utf8"));
    lock = JSON.parse(readFileSync(join(copy, "package-lock.json"), "utf8"));
  }, 60_000);

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const changesets = () =>
    [...pending.map((name) => readRepoFile(`.changeset/${name}`)), added].map((text) => parseChangeset(text));

  it("bumps package.json by the highest pending bump", () => {
    const types = changesets().flatMap((changeset) => changeset.releases.map((release) => release.type));
    expect(manifest.version).toBe(bumped(packageJson.version, types));
    expect(manifest.version).not.toBe(packageJson.version);
  });

  it("brings package-lock.json to the same version, and changes nothing else in it", () => {
    expect([lock.version, lock.packages[""]?.version]).toEqual([manifest.version, manifest.version]);
    const before = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
    before.version = manifest.version;
    before.packages[""].version = manifest.version;
    expect(lock).toEqual(before);
  });

  it("writes every summary to CHANGELOG.md under the new version, and consumes the changesets", () => {
    const changelog = readFileSync(join(copy, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${manifest.version}`);
    for (const changeset of changesets())
      expect(changelog).toContain(changeset.summary.trim().split("\n")[0]);
    expect(readdirSync(join(copy, ".changeset")).filter((name) => name.endsWith(".md"))).toEqual([
      "README.md",
    ]);
  });
});
