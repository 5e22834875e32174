// Reads the @example code out of the doc comments in src/, with the line of each in its source file.
// The comments are found by the TypeScript parser, as typedoc finds them, so text that merely looks like a
// comment (a "src/**" glob in a string) is never read as one.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { codeBlocks, root } from "./markdown";

/** The package's entry points, by the name they are imported with. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  newsgraph: "src/index.ts",
  "newsgraph/jsonld": "src/jsonld/index.ts",
  "newsgraph/page": "src/page/index.ts",
  "newsgraph/examples": "src/examples/index.ts",
  "newsgraph/testing": "src/testing/index.ts",
};

/** The code of one @example, and where it is. */
export interface TsdocExample {
  /** The source file, relative to the repository root. */
  file: string;
  /** What the doc comment documents: `jsonLdText`, `ClaimAct`, `statement`. */
  name: string;
  /** The 1-based line in the source file of the opening fence, or of the tag for an inline example. */
  line: number;
  /** The line of its @example tag: a tag's fenced blocks are examples of their own. */
  tag: number;
  /** The fence's language (`ts`, `tsx`, …), `inline` for one code span, or "" when there is no code. */
  lang: string;
  /** The code, or the tag's whole text when there is none. */
  code: string;
  /** The line in the source file of a 1-based line of `code`. */
  lineInSource: (line: number) => number;
}

/** Every TypeScript file under src/, relative to the repository root. */
export function sourceFiles(): string[] {
  return readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts"))
    .map((path) => join("src", path))
    .sort();
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations
      .map((declaration) => declaration.name.getText(source))
      .join(", ");
  }
  const name = ts.getNameOfDeclaration(node as ts.Declaration);
  return name === undefined ? ts.SyntaxKind[node.kind] : name.getText(source);
}

/** The doc comments of a source file, each with what it documents and its first line. */
function docComments(text: string, file: string): { name: string; line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const comments: { name: string; line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    // A declaration's tags list its parents' comments too; each comment is taken from its own node only.
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc) || doc.parent !== node) continue;
      comments.push({
        name: nameOf(node, source),
        line: source.getLineAndCharacterOfPosition(doc.pos).line + 1,
        text: text.slice(doc.pos, doc.end),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return comments.sort((a, b) => a.line - b.line);
}

/** A comment's lines without `/**`, `*\/` and the ` * ` that starts each line. */
const commentLines = (comment: string): string[] =>
  comment
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""));

/** Every @example in the doc comments of a source file's text. */
export function tsdocExamples(text: string, file: string): TsdocExample[] {
  const examples: TsdocExample[] = [];
  // Parsing is most of the time this takes; most files have no example to parse for.
  if (!text.includes("@example")) return examples;
  for (const comment of docComments(text, file)) {
    const lines = commentLines(comment.text);
    const blocks = codeBlocks(lines.join("\n"), file);
    // 1-based comment lines that belong to a fenced block, fences included: no tag is read there.
    const fenced = new Set<number>();
    for (const block of blocks) {
      const last = block.line + block.code.split("\n").length;
      for (let line = block.line; line <= last; line++) fenced.add(line);
    }
    // A block tag starts a word outside code: `{@link …}` is inline, and `@type` in a code span is code.
    const tags: { tag: string; line: number; start: number; end: number }[] = [];
    lines.forEach((content, index) => {
      if (fenced.has(index + 1)) return;
      for (const match of content.matchAll(/`[^`]*`|(?<!\S)@([A-Za-z]+)/g)) {
        if (match[1] === undefined) continue;
        tags.push({ tag: match[1], line: index + 1, start: match.index, end: match.index + match[0].length });
      }
    });
    tags.forEach((tag, index) => {
      if (tag.tag !== "example") return;
      const next = tags[index + 1];
      const inside = blocks.filter(
        (block) => block.line > tag.line && (next === undefined || block.line < next.line),
      );
      const sourceLine = (line: number): number => comment.line + line - 1;
      for (const block of inside) {
        const fence = sourceLine(block.line);
        examples.push({
          file,
          name: comment.name,
          line: fence,
          tag: sourceLine(tag.line),
          lang: block.lang,
          code: block.code,
          lineInSource: (line) => fence + line,
        });
      }
      if (inside.length > 0) return;
      // No fenced block: the tag's text up to the next tag, which may be one code span.
      const last = next?.line ?? lines.length;
      const words = lines
        .slice(tag.line - 1, last)
        .map((content, offset) => {
          const from = offset === 0 ? tag.end : 0;
          const to = next !== undefined && tag.line + offset === next.line ? next.start : content.length;
          return content.slice(from, to);
        })
        .join("\n")
        .trim();
      const span = /^`([^`]+)`$/.exec(words);
      examples.push({
        file,
        name: comment.name,
        line: sourceLine(tag.line),
        tag: sourceLine(tag.line),
        lang: span === null ? "" : "inline",
        code: span === null ? words : `${span[1]}\n`,
        lineInSource: () => sourceLine(tag.line),
      });
    });
  }
  return examples;
}

const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"']*)\2/g;

/** The relative module specifiers an example imports: `./mapping-context`. */
export const relativeImports = (code: string): string[] =>
  [...code.matchAll(RELATIVE_IMPORT)].map((match) => match[3] ?? "");

/**
 * An example with its relative imports resolved against its source file, where it is read: the example of
 * an internal helper imports it from "./mapping-context", which no entry point exports.
 */
export const withImportsFromSource = (code: string, file: string): string =>
  code.replace(
    RELATIVE_IMPORT,
    (_, before: string, quote: string, specifier: string) =>
      `${before}${quote}${join(root, dirname(file), specifier)}${quote}`,
  );

/** An exported name, the entry point it is imported from, and whether it is a type only. */
interface Export {
  from: string;
  typeOnly: boolean;
}

/**
 * The exports of the entry points, read from their `export { … } from` lists. The `type` marks are
 * exact: verbatimModuleSyntax makes the compiler refuse a type re-exported without one.
 */
export function packageExports(): Map<string, Export> {
  const exports = new Map<string, Export>();
  for (const [from, file] of Object.entries(ENTRY_POINTS)) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined) continue;
      if (!ts.isNamedExports(statement.exportClause)) continue;
      for (const element of statement.exportClause.elements) {
        if (exports.has(element.name.text)) continue;
        exports.set(element.name.text, { from, typeOnly: statement.isTypeOnly || element.isTypeOnly });
      }
    }
  }
  return exports;
}
