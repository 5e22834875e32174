// In a clone of the repository the package's own bin is not linked (npm links the bins of dependencies
// only), so `npx newsgraph` finds nothing there; `npm run newsgraph -- …` runs the CLI from the sources,
// with or without a build. tests/package/packed-tarball.test.ts runs `npx newsgraph` where it is installed.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("npm run newsgraph", () => {
  // npm and tsx start in a second or two, several on a busy machine.
  it("runs the command line from the sources, with the arguments after --", { timeout: 60_000 }, () => {
    const example = "examples/data/north-korean-troops-in-kursk.json";
    const output = execFileSync("npm", ["run", "--silent", "newsgraph", "--", "validate", example], {
      cwd: root,
      encoding: "utf8",
    });
    expect(output).toMatch(/^examples\/data\/north-korean-troops-in-kursk\.json: valid \(\d+ article/);
  });
});
