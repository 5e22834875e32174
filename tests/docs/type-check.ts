// Type-checks code taken from the docs with the TypeScript compiler API, under the project's own
// tsconfig.json: strict, with "newsgraph", "newsgraph/jsonld", … mapped to the sources by `paths`.
import { join } from "node:path";
import ts from "typescript";
import { type CodeBlock, root } from "./markdown";

/**
 * JSX without React: enough to check a component's imports, calls and props, not React's own types.
 * `<script>` is typed as strictly as React types it for the attributes a JSON-LD element uses.
 */
export const JSX_SHIM = `declare namespace JSX {
  type Element = { readonly __jsx: true };
  interface ElementChildrenAttribute { children: {} }
  interface ScriptAttributes {
    type?: string;
    nonce?: string;
    id?: string;
    dangerouslySetInnerHTML?: { __html: string };
    children?: never;
  }
  interface IntrinsicElements {
    script: ScriptAttributes;
    [element: string]: { children?: unknown; [attribute: string]: unknown };
  }
}
`;

function compilerOptions(): ts.CompilerOptions {
  const configFile = join(root, "tsconfig.json");
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  return {
    ...parsed.options,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    jsx: ts.JsxEmit.Preserve,
  };
}

/** One problem the compiler found, with the 1-based line in the checked file. */
export interface TypeProblem {
  line: number;
  message: string;
}

/**
 * Type-checks the given files (already written to disk) in one program and returns each file's
 * problems; files without problems map to an empty list. The options are the project's unless given.
 */
export function typeCheck(
  files: readonly string[],
  options: ts.CompilerOptions = compilerOptions(),
): Map<string, TypeProblem[]> {
  const program = ts.createProgram({ rootNames: [...files], options });
  const problems = new Map<string, TypeProblem[]>(files.map((file) => [file, []]));
  const global = program.getOptionsDiagnostics().concat(program.getGlobalDiagnostics());
  for (const diagnostic of global) {
    throw new Error(`tsconfig problem: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`the compiler did not read ${file}`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    problems.set(
      file,
      diagnostics.map((diagnostic) => ({
        line:
          diagnostic.start === undefined
            ? 0
            : source.getLineAndCharacterOfPosition(diagnostic.start).line + 1,
        message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
      })),
    );
  }
  return problems;
}

/** A block without import or export would be a script sharing one global scope with all the others. */
export const asModule = (code: string): string =>
  /^\s*(?:import|export)\s/m.test(code) ? code : `${code}export {};\n`;

/** An Astro component as TypeScript: its frontmatter, then each `{expression}` of its template. */
export function astroAsTypeScript(block: CodeBlock): { code: string; frontmatterLines: number } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(block.code);
  if (match === null)
    throw new Error(`${block.file}:${block.line}: an astro block must start with --- frontmatter ---`);
  const [, frontmatter = "", template = ""] = match;
  const expressions: string[] = [];
  for (let index = template.indexOf("{"); index !== -1; index = template.indexOf("{", index)) {
    let depth = 0;
    let end = index;
    for (; end < template.length; end++) {
      if (template[end] === "{") depth++;
      else if (template[end] === "}" && --depth === 0) break;
    }
    expressions.push(`void (${template.slice(index + 1, end)});`);
    index = end + 1;
  }
  const code = `${frontmatter}\n// The template's expressions:\n${expressions.join("\n")}\n`;
  return { code: asModule(code), frontmatterLines: frontmatter.split("\n").length };
}
