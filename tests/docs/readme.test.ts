// The README's table of entry points names only functions and values that each entry point exports, and
// every value that the README's own examples import from it.
import { describe, expect, it } from "vitest";
import { codeBlocks, readRepoFile } from "./markdown";

const ENTRY_POINTS: Record<string, () => Promise<Record<string, unknown>>> = {
  newsgraph: () => import("newsgraph"),
  "newsgraph/jsonld": () => import("newsgraph/jsonld"),
  "newsgraph/page": () => import("newsgraph/page"),
  "newsgraph/ninjs": () => import("newsgraph/ninjs"),
  "newsgraph/examples": () => import("newsgraph/examples"),
  "newsgraph/testing": () => import("newsgraph/testing"),
};

/** The rows of the README's entry-point table: the import, and the identifiers named beside it. */
function rows(): [string, string[]][] {
  return readRepoFile("README.md")
    .split("\n")
    .map((line) => /^\|\s*`(newsgraph[^`]*)`\s*\|(.*)\|\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [
      match[1] ?? "",
      [...(match[2] ?? "").matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((name) => name[1] ?? ""),
    ]);
}

describe("README.md's entry points", () => {
  it("lists every entry point of package.json's exports but package.json", async () => {
    const { exports } = (await import("../../package.json")).default as { exports: Record<string, unknown> };
    const listed = rows().map(([entry]) => entry);
    const expected = Object.keys(exports)
      .filter((key) => key !== "./package.json")
      .map((key) => (key === "." ? "newsgraph" : `newsgraph/${key.slice(2)}`));
    expect(listed.sort()).toEqual(expected.sort());
  });

  it.each(rows().filter(([entry]) => entry in ENTRY_POINTS))(
    "names only what %s exports",
    async (entry, names) => {
      const load = ENTRY_POINTS[entry];
      if (load === undefined) throw new Error(`no loader for ${entry}`);
      const module = await load();
      expect(names.filter((name) => !(name in module))).toEqual([]);
    },
  );

  it("names every value the README's examples import", () => {
    const listed = new Map(rows());
    const imported = codeBlocks(readRepoFile("README.md"), "README.md").flatMap((block) =>
      [...block.code.matchAll(/^import \{([^}]*)\} from "(newsgraph[^"]*)";$/gm)].flatMap(
        ([, names = "", entry = ""]) =>
          names
            .split(",")
            .map((name) => name.trim())
            .filter((name) => name !== "" && !name.startsWith("type "))
            .map((name) => [entry, name] as const),
      ),
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter(([entry, name]) => !listed.get(entry)?.includes(name))).toEqual([]);
  });
});
