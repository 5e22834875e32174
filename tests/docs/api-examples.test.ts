// Every export of every entry point carries a TSDoc comment with an @example, so that the API reference
// shows how to use each one. Read with the TypeScript compiler, as typedoc reads it.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ENTRY_POINTS = [
  "src/index.ts",
  "src/jsonld/index.ts",
  "src/page/index.ts",
  "src/examples/index.ts",
  "src/testing/index.ts",
];
const root = fileURLToPath(new URL("../../", import.meta.url));

const program = ts.createProgram(
  ENTRY_POINTS.map((entry) => `${root}${entry}`),
  {
    strict: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

/** The exports of an entry point, each with the tags of its declarations' doc comments. */
function exportsOf(entry: string): Map<string, ts.JSDocTag[]> {
  const source = program.getSourceFile(`${root}${entry}`);
  if (source === undefined) throw new Error(`${entry} is not part of the program`);
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${entry} has no module symbol`);
  const result = new Map<string, ts.JSDocTag[]>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = (symbol.declarations ?? []).flatMap((declaration) => {
      // A `const x = …` keeps its doc comment on the statement, two levels up.
      const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return [...ts.getJSDocTags(holder)];
    });
    result.set(exported.name, tags);
  }
  return result;
}

describe.each(ENTRY_POINTS)("the exports of %s", (entry) => {
  const exported = exportsOf(entry);

  it("are there", () => {
    expect(exported.size).toBeGreaterThan(0);
  });

  it("each have a doc comment with an @example", () => {
    const missing = [...exported]
      .filter(([, tags]) => !tags.some((tag) => tag.tagName.text === "example"))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
