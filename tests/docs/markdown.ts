// Reads the fenced code blocks and the relative links out of the project's Markdown files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

/** One fenced code block: where it is, its info string split into a language and attributes, its text. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** The whole info string: `ts run exit=1`. */
  info: string;
  /** Its first word: `ts`. */
  lang: string;
  /** The other words: `run` → true, `exit=1` → "1". */
  attributes: ReadonlyMap<string, string | true>;
  /** The block's text, without the fences and without the fence's indentation. */
  code: string;
}

const OPENING = /^(\s*)(`{3,}|~{3,})(.*)$/;

// A backtick fence whose info string holds a backtick is not a fence (CommonMark): it is inline code.
const isInlineCode = (opening: RegExpExecArray): boolean =>
  (opening[2] ?? "").startsWith("`") && (opening[3] ?? "").includes("`");

/** Every fenced code block in a Markdown text, in order. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = OPENING.exec(lines[index] ?? "");
    if (opening === null) continue;
    const [, indent = "", fence = "", rest = ""] = opening;
    if (isInlineCode(opening)) continue;
    const closing = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? "")) {
      const text = lines[end] ?? "";
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
      end++;
    }
    const info = rest.trim();
    const [lang = "", ...words] = info.split(/\s+/).filter((word) => word !== "");
    const attributes = new Map<string, string | true>();
    for (const word of words) {
      const equals = word.indexOf("=");
      if (equals === -1) attributes.set(word, true);
      else attributes.set(word.slice(0, equals), word.slice(equals + 1));
    }
    blocks.push({ file, line: index + 1, info, lang, attributes, code: `${body.join("\n")}\n` });
    index = end;
  }
  return blocks;
}

/** The Markdown text with its fenced code blocks (and, unless told, its inline code spans) blanked out. */
export function prose(markdown: string, { keepInlineCode = false } = {}): string {
  const lines = markdown.split("\n");
  let fence: string | undefined;
  const kept = lines.map((line) => {
    const opening = OPENING.exec(line);
    if (fence === undefined && opening !== null && !isInlineCode(opening)) {
      fence = opening[2];
      return "";
    }
    if (fence !== undefined) {
      if (new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(line))
        fence = undefined;
      return "";
    }
    return keepInlineCode ? line : line.replace(/`[^`]*`/g, "``");
  });
  return kept.join("\n");
}

/** A relative link in a Markdown file: `[text](docs/model.md#ids)`. */
export interface MarkdownLink {
  file: string;
  line: number;
  target: string;
}

/** Every link in the prose of a Markdown text (not in code), external or not. */
export function links(markdown: string, file: string): MarkdownLink[] {
  const found: MarkdownLink[] = [];
  prose(markdown)
    .split("\n")
    .forEach((text, index) => {
      for (const match of text.matchAll(/\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g)) {
        found.push({ file, line: index + 1, target: match[1] ?? "" });
      }
    });
  return found;
}

/** The GitHub-style anchors of a Markdown file's headings. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(markdown, { keepInlineCode: true }).split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const base = (heading[1] ?? "")
      .replace(/`/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** The Markdown files whose code blocks are checked: the READMEs and the guides in docs/. */
export function documentationFiles(): string[] {
  const docs = existsSync(join(root, "docs"))
    ? readdirSync(join(root, "docs"))
        .filter((name) => name.endsWith(".md"))
        .sort()
        .map((name) => `docs/${name}`)
    : [];
  return ["README.md", ...docs, "examples/README.md"].filter((file) => existsSync(join(root, file)));
}

/** Reads a file given relative to the repository root. */
export function readRepoFile(file: string): string {
  return readFileSync(join(root, file), "utf8");
}

/** A path relative to the repository root, for messages. */
export function fromRoot(path: string): string {
  return relative(root, path);
}
