// In a clone of the repository the package's own bin is not linked (npm links the bins of dependencies
// only), so `npx newsgraph` finds nothing there; `npm run newsgraph -- …` runs the CLI from the sources,
// with or without a build. tests/package/packed-tarball.test.ts runs `npx newsgraph` where it is installed.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const npmRun = (...args: string[]): string =>
  execFileSync("npm", ["run", "--silent", "newsgraph", "--", ...args], { cwd: root, encoding: "utf8" });

// npm and tsx start in a second or two, several on a busy machine.
describe("npm run newsgraph", { timeout: 60_000 }, () => {
  it("runs the command line from the sources", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(npmRun("--version").trim()).toBe(version);
  });

  it("passes the arguments after -- to the command", () => {
    const example = "examples/data/north-korean-troops-in-kursk.json";
    expect(npmRun("validate", example)).toMatch(
      /^examples\/data\/north-korean-troops-in-kursk\.json: valid \(/,
    );
  });
});
