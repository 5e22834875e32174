// The comparison behind `npm run check:package`'s file list (scripts/package-files.ts).
import { describe, expect, it } from "vitest";
import { compareWithPackageFiles, PACKAGE_FILES } from "../../scripts/package-files";

// One file for each entry of the list, a hash standing in for each `*`.
const shipped = PACKAGE_FILES.map((pattern) => pattern.replace("*", "a1B2c3"));

describe("compareWithPackageFiles", () => {
  it("accepts exactly the files listed", () => {
    expect(compareWithPackageFiles(shipped)).toEqual({ unexpected: [], missing: [] });
  });

  it("names a file the list does not allow: a source map, a source file, a file in a sub-folder", () => {
    const extra = ["dist/index.js.map", "src/index.ts", "dist/jsonld/chunk-x.js"];
    expect(compareWithPackageFiles([...shipped, ...extra]).unexpected).toEqual(extra);
  });

  it("names an entry no file matches", () => {
    const withoutCli = shipped.filter((file) => file !== "dist/cli.js");
    expect(compareWithPackageFiles(withoutCli).missing).toEqual(["dist/cli.js"]);
  });
});
