// Reduces a saved web page to what a reader of page metadata needs, for tests/fixtures/pages/.
//
//   npx tsx scripts/strip-page.ts <saved page> <output.html> [--member <name>]
//
// Kept, each exactly as written in the source: the doctype, the <html> start tag, the <head> start tag, and in
// the head every <meta>, <link>, <title>, <base> and <script type="application/ld+json">; from the body, every
// ld+json script (wherever it sits), every <meta>, and every <link> that carries itemprop or rel="canonical".
// Dropped: the article's text and every other element, other scripts and styles (code, not metadata),
// comments. The output is UTF-8: the input's bytes are decoded as the page declares (byte order mark, then
// <meta charset> or http-equiv within the first 4 KiB; UTF-8 when there is none or the label is unknown), or as
// UTF-8 when the bytes are valid UTF-8 in spite of another declaration (a page re-saved by the tool that kept it). With --member, the
// input is a JSON file and the page is the string in that top-level member. The line printed says what was
// done, for SOURCES.md.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { attribute, isElement, isJsonLdScript } from "../tests/corpus/pages";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** How the page's bytes were read. */
export interface Decoded {
  text: string;
  /** The charset the page declares, as written (lower case), if it declares one. */
  declared: string | undefined;
  /** The encoding the bytes were decoded with. */
  read: string;
}

const PRESCAN_BYTES = 4096;

function declaredCharset(bytes: Uint8Array): string | undefined {
  const start = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  for (const tag of start.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1] !== undefined) return direct[1].toLowerCase();
  }
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The WHATWG encoding a charset label names, or UTF-8 for a label that names none. */
function encodingOf(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}

/** Decodes a saved page's bytes the way a browser would, preferring UTF-8 where the bytes can only be UTF-8. */
export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      declared: "utf-8 (byte order mark)",
      read: "utf-8",
    };
  }
  const declared = declaredCharset(bytes);
  const label = declared === undefined ? "utf-8" : encodingOf(declared);
  if (label === "utf-8" || isUtf8(bytes)) {
    return { text: new TextDecoder("utf-8").decode(bytes), declared, read: "utf-8" };
  }
  return { text: new TextDecoder(label).decode(bytes), declared, read: label };
}

const HEAD_ITEMS: ReadonlySet<string> = new Set(["meta", "link", "title", "base"]);

function isBodyItem(element: Element): boolean {
  if (isJsonLdScript(element) || element.tagName === "meta") return true;
  if (element.tagName !== "link") return false;
  const rel = attribute(element, "rel")?.toLowerCase().split(/\s+/) ?? [];
  return attribute(element, "itemprop") !== undefined || rel.includes("canonical");
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === "template") return [];
  return "childNodes" in node ? node.childNodes : [];
}

/** The element's whole source (start tag, content, end tag), exactly as written. */
function source(html: string, element: Element): string {
  const where = element.sourceCodeLocation;
  if (where === undefined || where === null) throw new Error(`<${element.tagName}> has no source location`);
  return html.slice(where.startOffset, where.endOffset);
}

function startTag(html: string, element: Element | undefined, fallback: string): string {
  const where = element?.sourceCodeLocation?.startTag;
  return where ? html.slice(where.startOffset, where.endOffset) : fallback;
}

/** Every element under `node` that `keep` selects, in document order; nothing below a kept element. */
function collect(node: Node, keep: (element: Element) => boolean, into: Element[] = []): Element[] {
  const stack = [...childrenOf(node)].reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (isElement(next) && keep(next)) into.push(next);
    else stack.push(...[...childrenOf(next)].reverse());
  }
  return into;
}

/** The page reduced to its doctype, `<html>` start tag, head items and the body's metadata, as written. */
export function stripPage(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const doctype = document.childNodes.find((node) => node.nodeName === "#documentType");
  const root = document.childNodes.find(isElement);
  const head = root?.childNodes.filter(isElement).find((element) => element.tagName === "head");
  const body = root?.childNodes.filter(isElement).find((element) => element.tagName !== "head");

  const lines: string[] = [];
  const doctypeWhere = doctype?.sourceCodeLocation;
  if (doctypeWhere) lines.push(html.slice(doctypeWhere.startOffset, doctypeWhere.endOffset));
  lines.push(startTag(html, root, "<html>"), startTag(html, head, "<head>"));
  if (head !== undefined) {
    const items = head.childNodes
      .filter(isElement)
      .filter((element) => HEAD_ITEMS.has(element.tagName) || isJsonLdScript(element));
    lines.push(...items.map((element) => source(html, element)));
  }
  lines.push("</head>", "<body>");
  if (body !== undefined) lines.push(...collect(body, isBodyItem).map((element) => source(html, element)));
  lines.push("</body>", "</html>", "");
  return lines.join("\n");
}

function main(argv: string[]): void {
  const [input, output, flag, member] = argv;
  if (input === undefined || output === undefined || (flag !== undefined && flag !== "--member")) {
    console.error("usage: tsx scripts/strip-page.ts <saved page> <output.html> [--member <name>]");
    process.exit(2);
  }
  const bytes = readFileSync(input);
  let page: Decoded;
  if (member !== undefined) {
    const json: unknown = JSON.parse(bytes.toString("utf8"));
    const value =
      json !== null && typeof json === "object" ? (json as Record<string, unknown>)[member] : undefined;
    if (typeof value !== "string") throw new Error(`${input} has no string member "${member}"`);
    page = { text: value, declared: undefined, read: `the JSON string in "${member}"` };
  } else page = decodePage(bytes);
  const stripped = stripPage(page.text);
  writeFileSync(output, stripped);
  const converted =
    page.read !== "utf-8" && !page.read.startsWith("the JSON") ? `converted from ${page.read}` : "";
  const mismatch =
    page.declared !== undefined && page.read === "utf-8" && !/^utf-?8/.test(page.declared)
      ? `declares ${page.declared}, but its bytes are UTF-8`
      : "";
  const note = [converted, mismatch].filter(Boolean).join("; ") || `read as ${page.read}`;
  console.log(`${output}\t${bytes.length} -> ${Buffer.byteLength(stripped)} bytes\t${note}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
