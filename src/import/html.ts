// A page read once by parse5, the HTML standard's parser: its script elements with their places in the source,
// and the document, for whatever else a reader takes from the page (its head's links, meta and title).
// Scripting is on, as in a browser and in a search engine that renders pages: a <noscript>'s content is
// text, not elements. <template> content is not part of the document, and a <script> in SVG or MathML is not
// an HTML script. The build keeps this module in a chunk of its own, so that a bundle that does not read
// pages leaves parse5 out.
import {
  type DefaultTreeAdapterMap,
  defaultTreeAdapter,
  html,
  type ParserError,
  parse,
  parseFragment,
} from "parse5";
import { reasonOf } from "../model/describe";

/** The parse5 document of a page. @internal */
export type PageDocument = DefaultTreeAdapterMap["document"];
/** An element of a {@link PageDocument}. @internal */
export type PageElement = DefaultTreeAdapterMap["element"];

/**
 * How deep elements may nest before the page is read no further. Browsers keep the tree no deeper than 512
 * (Chromium's limit) either; the parser's work for each tag can grow with the depth, so a bound on it is
 * what keeps the time linear in the page.
 * @internal
 */
export const MAX_NESTING = 512;

/** One HTML `<script>` element of a page. @internal */
export interface PageScript {
  /** Where its start tag begins in the HTML (a string index). */
  offset: number;
  /** Where its content begins: just after the start tag's `>`. */
  contentOffset: number;
  /** Where its content ends: the `<` of its end tag, or the end of the HTML when it has none. */
  contentEnd: number;
  /** Whether an end tag closes it. */
  closed: boolean;
  /** The value of its (first) `type` attribute. */
  type: string | undefined;
  /** Its text, as the DOM gives it: line breaks made LF, NUL made U+FFFD. */
  text: string;
}

/** A page, parsed. @internal */
export interface ParsedPage {
  /** The document tree, as far as the page was read. */
  document: PageDocument;
  /** The page's HTML script elements, in the order of their start tags. */
  scripts: PageScript[];
  /** A start tag of a script that the end of the HTML cuts off (HTML drops it), and its `type`. */
  cutOff?: { offset: number; type: string | undefined };
  /** Set when the page was not read to its end: where it stopped, and why. */
  stopped?: { offset: number; reason: string };
}

class TooDeep extends Error {
  constructor(readonly offset: number) {
    super(`elements nest more than ${MAX_NESTING} deep`);
  }
}

/** The default tree adapter, stopping the parse (with {@link TooDeep}) where elements nest too deep. */
function nestingGuard(): typeof defaultTreeAdapter {
  let depth = 0;
  return {
    ...defaultTreeAdapter,
    onItemPush(element) {
      depth++;
      if (depth > MAX_NESTING) throw new TooDeep(element.sourceCodeLocation?.startOffset ?? 0);
    },
    onItemPop() {
      depth--;
    },
  };
}

/** The value of an element's (first) attribute of this name, in no namespace. @internal */
export const attribute = (element: PageElement, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name && attr.namespace === undefined)?.value;

/** The text of an element: its text children joined. @internal */
export const textOf = (element: PageElement): string =>
  element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");

/**
 * Parses a page once, as a browser with scripting does, and gives its script elements and its document. Never
 * throws; its time grows linearly with the length of the page.
 * @internal
 */
export function parsePage(source: string): ParsedPage {
  let document: PageDocument | undefined;
  let cutOffTag = false;
  const treeAdapter: typeof defaultTreeAdapter = {
    ...nestingGuard(),
    createDocument() {
      document = defaultTreeAdapter.createDocument();
      return document;
    },
  };
  const onParseError = (error: ParserError): void => {
    if (error.code === "eof-in-tag") cutOffTag = true;
  };
  let stopped: ParsedPage["stopped"];
  try {
    parse(source, { treeAdapter, sourceCodeLocationInfo: true, scriptingEnabled: true, onParseError });
  } catch (error) {
    stopped =
      error instanceof TooDeep
        ? { offset: error.offset, reason: error.message }
        : { offset: source.length, reason: `the HTML parser failed: ${reasonOf(error)}` };
  }
  document ??= defaultTreeAdapter.createDocument();
  const { scripts, lastEnd } = collectScripts(document, source.length);
  scripts.sort((left, right) => left.offset - right.offset);
  const page: ParsedPage = { document, scripts };
  const cutOff = cutOffTag ? cutOffScript(source, lastEnd) : undefined;
  if (cutOff !== undefined) page.cutOff = cutOff;
  if (stopped !== undefined) page.stopped = stopped;
  return page;
}

/** The HTML script elements of a document (not of template contents), and where its last node ends. */
function collectScripts(document: PageDocument, length: number): { scripts: PageScript[]; lastEnd: number } {
  const scripts: PageScript[] = [];
  let lastEnd = 0;
  const pending: DefaultTreeAdapterMap["parentNode"][] = [document];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const child of node.childNodes) {
      const location = child.sourceCodeLocation;
      if (location) lastEnd = Math.max(lastEnd, location.endOffset);
      if (!("tagName" in child)) continue;
      const start = child.sourceCodeLocation?.startTag;
      if (start) lastEnd = Math.max(lastEnd, start.endOffset);
      if (child.tagName === "script" && child.namespaceURI === html.NS.HTML && start) {
        const end = child.sourceCodeLocation?.endTag;
        scripts.push({
          offset: start.startOffset,
          contentOffset: start.endOffset,
          contentEnd: end?.startOffset ?? length,
          closed: end !== undefined,
          type: attribute(child, "type"),
          text: textOf(child),
        });
      }
      pending.push(child);
    }
  }
  return { scripts, lastEnd };
}

/**
 * The script start tag that the end of the HTML cuts off, if it is one: the parser drops such a tag, so it is
 * read from the source after the last node the parser kept.
 */
function cutOffScript(
  source: string,
  from: number,
): { offset: number; type: string | undefined } | undefined {
  const pattern = /<script(?=[\t\n\f\r />])/gi;
  pattern.lastIndex = from;
  let offset = -1;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) offset = match.index;
  if (offset === -1) return undefined;
  // The tag is cut off in its name, between attributes or inside a quoted value: one of these ends it.
  for (const ending of [">", '">', "'>"]) {
    const element = findScript(parse(`${source.slice(offset)}${ending}`, { scriptingEnabled: true }));
    if (element !== undefined) return { offset, type: attribute(element, "type") };
  }
  return undefined;
}

function findScript(document: PageDocument): PageElement | undefined {
  for (const element of elementsOf(document)) if (element.tagName === "script") return element;
  return undefined;
}

/**
 * The elements of a document in order, not those in template contents; a loop, so depth costs no stack.
 * @internal
 */
export function* elementsOf(document: PageDocument): Generator<PageElement> {
  const pending: (PageDocument | PageElement)[] = [document];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (let index = node.childNodes.length - 1; index >= 0; index--) {
      const child = node.childNodes[index];
      if (child !== undefined && "tagName" in child) pending.push(child);
    }
    if ("tagName" in node) yield node;
  }
}

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

// What a reader does not see: code, styles, embedded documents and graphics, and the content of <noscript>,
// which a browser with scripting shows no more than a search engine does.
const UNSEEN = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "head",
  "title",
]);
// Blocks set apart by a blank line, as paragraphs are; and those on a line of their own.
const PARAGRAPHS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "figure",
  "ul",
  "ol",
  "dl",
  "table",
  "hr",
  "section",
  "article",
  "aside",
  "header",
  "footer",
  "nav",
  "main",
  "address",
  "details",
  "form",
  "fieldset",
  "center",
]);
const LINES = new Set(["li", "dt", "dd", "tr", "figcaption", "caption", "summary", "legend", "option"]);
const PREFORMATTED = new Set(["pre", "textarea", "listing", "plaintext"]);
const HTML_WHITE_SPACE = /[\t\n\f\r ]+/g;

/**
 * Plain text built piece by piece: white space collapsed, breaks between blocks merged, lines trimmed. Nothing
 * written is taken back, so the cost stays linear: a space is written only when text follows it on its line.
 */
function textBuilder() {
  const parts: string[] = [];
  let started = false;
  // The line breaks the blocks closed or opened since the last text want before the next.
  let breaks = 0;
  // The line breaks at the end of what is written.
  let newlines = 0;
  // A collapsed space waiting for text after it on the same line.
  let space = false;
  const lineUp = (): void => {
    if (breaks > newlines) {
      parts.push("\n".repeat(breaks - newlines));
      newlines = breaks;
    } else if (space && newlines === 0) parts.push(" ");
    breaks = 0;
    space = false;
  };
  return {
    /** Adds text; `collapse` makes each run of white space one space, as HTML renders text. */
    add(piece: string, collapse: boolean): void {
      let added = collapse ? piece.replace(HTML_WHITE_SPACE, " ") : piece;
      let spaceAfter = false;
      if (collapse) {
        if (added.startsWith(" ")) {
          space = true;
          added = added.slice(1);
        }
        spaceAfter = added.endsWith(" ");
        if (spaceAfter) added = added.slice(0, -1);
      }
      if (added.length === 0) return;
      if (started) lineUp();
      started = true;
      breaks = 0;
      parts.push(added);
      let trailing = 0;
      while (trailing < added.length && added[added.length - 1 - trailing] === "\n") trailing++;
      newlines = trailing === added.length ? newlines + trailing : trailing;
      space = spaceAfter;
    },
    /** Asks for `count` line breaks (1: a new line, 2: a blank line) before the next text. */
    block(count: number): void {
      breaks = Math.max(breaks, count);
    },
    /** A line break (`<br>`), after the breaks already asked for. */
    lineBreak(): void {
      if (!started) return;
      space = false;
      lineUp();
      parts.push("\n");
      newlines++;
    },
    /** The text, without line breaks at its ends. */
    done(): string {
      const text = parts.join("");
      let end = text.length;
      while (end > 0 && text[end - 1] === "\n") end--;
      return text.slice(0, end);
    },
  };
}

/**
 * HTML markup (an article body written as `<p>` elements) as the plain text a reader sees: block elements on
 * lines of their own and paragraphs (and other large blocks) separated by a blank line, `<br>` a line break,
 * white space collapsed as HTML renders it (but inside `<pre>`), character references decoded, and scripts,
 * styles, templates, `<noscript>`, embedded documents and elements marked `hidden` left out. Never throws;
 * markup nested deeper than {@link MAX_NESTING} is read up to there, and `stopped` says so.
 * @internal
 */
export function markupText(markup: string): { text: string; stopped?: string } {
  const guard = nestingGuard();
  // The first element the parser opens is the root it builds the fragment under.
  let parserRoot: PageElement | undefined;
  const treeAdapter: typeof defaultTreeAdapter = {
    ...guard,
    onItemPush(element) {
      parserRoot ??= element;
      guard.onItemPush?.(element);
    },
  };
  let root: ParentNode | undefined;
  let stopped: string | undefined;
  try {
    root = parseFragment(markup, { treeAdapter });
  } catch (error) {
    // The nodes read so far stand under the parser's root.
    root = parserRoot;
    stopped =
      error instanceof TooDeep
        ? `its ${error.message}, so it is read only up to there`
        : `the HTML parser failed (${reasonOf(error)}), so it is read only up to there`;
  }
  const builder = textBuilder();
  let preformatted = 0;
  // Each node, then (for an element) a marker that closes it.
  const pending: (ChildNode | { closes: PageElement })[] = [...(root?.childNodes ?? [])].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if ("closes" in next) {
      const name = next.closes.tagName;
      if (PREFORMATTED.has(name)) preformatted--;
      builder.block(PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0);
      continue;
    }
    if ("value" in next && next.nodeName === "#text") {
      builder.add(next.value, preformatted === 0);
      continue;
    }
    if (!("tagName" in next)) continue;
    const name = next.tagName;
    if (UNSEEN.has(name) || next.attrs.some((attribute) => attribute.name === "hidden")) continue;
    if (name === "br") {
      builder.lineBreak();
      continue;
    }
    if (name === "td" || name === "th") builder.add(" ", true);
    if (PREFORMATTED.has(name)) preformatted++;
    builder.block(PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0);
    pending.push({ closes: next });
    for (let index = next.childNodes.length - 1; index >= 0; index--) {
      const child = next.childNodes[index];
      if (child !== undefined) pending.push(child);
    }
  }
  const text = builder.done();
  return stopped === undefined ? { text } : { text, stopped };
}
