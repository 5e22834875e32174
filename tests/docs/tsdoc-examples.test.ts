// Every @example in the doc comments of src/ is type-checked, so that the API reference cannot drift from the
// code (api-examples.test.ts makes sure every export has one). Each example is a module of its own, checked
// under the project's tsconfig, where "newsgraph", "newsgraph/jsonld", … resolve to the sources:
//
//   ```ts, ```typescript   as written: it imports what it uses and declares what it does not build
//                          (`declare const graph: NewsGraph;`)
//   ```tsx                 the same, with a minimal JSX declaration in place of React's types
//
// Any other @example fails the test: no example goes unchecked without saying so. That includes a one-line
// `code span`, which typedoc shows as a code block with its backticks still in it. The example of an internal
// helper imports it as its source file would (`from "./mapping-context"`); an export's example may not, since
// the API reference shows it to readers who can import only the package. A problem is reported at its line in
// the source file, where the example is to be fixed. All examples are checked in one program, so the sources
// they import are read and checked once rather than once per example.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readRepoFile, root } from "./markdown";
import {
  packageExports,
  relativeImports,
  sourceFiles,
  type TsdocExample,
  tsdocExamples,
  withImportsFromSource,
} from "./tsdoc";
import { asModule, JSX_SHIM, type TypeProblem, typeCheck } from "./type-check";

const files = sourceFiles();
const examples = files.flatMap((file) => tsdocExamples(readRepoFile(file), file));
const workDir = join(root, ".tmp/tsdoc-examples");

// Wrong on purpose and checked in the same program as the real examples: each problem must be reported at
// its line here, or a green run proves nothing.
const CANARY = [
  "/**",
  " * Wrong on purpose.",
  " * @example",
  " * ```ts",
  ' * import { parseNewsGraph } from "newsgraph";',
  " *",
  " * const graph: string = parseNewsGraph({ format: 1 });",
  " * ```",
  " */",
  "export const wrong = 1;",
  "",
  "/**",
  " * A fragment.",
  " * @example",
  " * ```ts",
  " * countClaims(graph);",
  " * ```",
  " */",
  "export const fragment = 2;",
  "",
].join("\n");
const canaries = tsdocExamples(CANARY, "canary.ts");

const CHECKED = ["ts", "typescript", "tsx"];

/** Why the test cannot check an example, or undefined when it can. */
function unchecked(example: TsdocExample): string | undefined {
  if (example.lang === "") return "holds no ```ts block";
  if (example.lang === "inline")
    return "is a one-line code span, which typedoc shows with its backticks; write a ```ts block";
  if (!CHECKED.includes(example.lang))
    return `has a ${example.lang} block, which this test cannot type-check`;
  return undefined;
}

// The examples of the entry points' exports are the API reference's; the others are read in the source only.
const exported = packageExports();

const written = new Map<TsdocExample, string>();
let problems = new Map<string, TypeProblem[]>();

beforeAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const shim = join(workDir, "jsx-shim.d.ts");
  writeFileSync(shim, JSX_SHIM);
  [...examples, ...canaries].forEach((example, index) => {
    if (unchecked(example) !== undefined) return;
    const extension = example.lang === "tsx" ? "tsx" : "ts";
    const path = join(
      workDir,
      `${example.file.replace(/[^A-Za-z0-9]+/g, "-")}-line-${example.line}-${index}.${extension}`,
    );
    writeFileSync(path, asModule(withImportsFromSource(example.code, example.file)));
    written.set(example, path);
  });
  problems = typeCheck([shim, ...written.values()]);
}, 120_000);

/** An example's problems, each at its line in the source file. */
function problemsOf(example: TsdocExample): string[] {
  const path = written.get(example);
  return (path === undefined ? [] : (problems.get(path) ?? [])).map(
    (problem) => `${example.file}:${example.lineInSource(problem.line)}: ${problem.message}`,
  );
}

describe("the TSDoc examples", () => {
  it("are found, for every @example in src", () => {
    expect(examples.length).toBeGreaterThanOrEqual(150);
    // Counted in the plain text, so that a doc comment the parser does not attach is not silently skipped.
    const tags = files.reduce(
      (count, file) => count + (readRepoFile(file).match(/@example\b/g) ?? []).length,
      0,
    );
    expect(new Set(examples.map((example) => `${example.file}:${example.tag}`)).size).toBe(tags);
  });

  it("fail when wrong, at the example's line in the source", () => {
    expect(canaries.flatMap(problemsOf)).toEqual([
      expect.stringMatching(/^canary\.ts:7: TS2322: /),
      expect.stringMatching(/^canary\.ts:16: TS2304: Cannot find name 'countClaims'/),
      expect.stringMatching(/^canary\.ts:16: TS2304: Cannot find name 'graph'/),
    ]);
  });

  it("are fenced blocks: a one-line code span is refused", () => {
    const [inline] = tsdocExamples(
      "/** Inline. @example `const n = 1;` */\nexport const n = 1;\n",
      "inline.ts",
    );
    expect(inline?.lang).toBe("inline");
    expect(inline && unchecked(inline)).toMatch(/one-line code span/);
  });

  for (const file of files.filter((name) => examples.some((example) => example.file === name))) {
    describe(file, () => {
      for (const example of examples.filter((candidate) => candidate.file === file)) {
        it(`${example.name}, line ${example.line}`, () => {
          const where = `${example.file}:${example.line}`;
          expect(
            unchecked(example),
            `${where}: the @example of ${example.name} ${unchecked(example)}`,
          ).toBeUndefined();
          expect(
            problemsOf(example),
            `${where}: the @example of ${example.name} does not type-check`,
          ).toEqual([]);
          if (exported.has(example.name)) {
            expect(
              relativeImports(example.code),
              `${where}: the API reference shows this example, where only the package can be imported`,
            ).toEqual([]);
          }
        });
      }
    });
  }
});
