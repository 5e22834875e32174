/**
 * One `<script type="application/ld+json">` element found in an HTML page, with its content parsed as JSON.
 *
 * @example
 * ```ts
 * import { extractJsonLd, type JsonLdBlock } from "newsgraph/jsonld";
 *
 * const { documents } = extractJsonLd('<script type="application/ld+json">{"@type":"Person"}</script>');
 * const block: JsonLdBlock | undefined = documents[0];
 * // block → { index: 0, offset: 0, contentOffset: 35, value: { "@type": "Person" } }
 * ```
 */
export interface JsonLdBlock {
  /**
   * Position of the element among the page's ld+json scripts, counting from 0 in document order. Scripts that
   * fail to parse take a number too, so blocks and findings share one numbering.
   */
  index: number;
  /** Where the element's `<script` start tag begins in the HTML (a JavaScript string index, UTF-16 units). */
  offset: number;
  /**
   * Where the script's content begins in the HTML, just after the start tag's `>`. Positions in a JSON parser's
   * message count from here, even when the content was wrapped in `<!-- … -->` or a CDATA marker.
   */
  contentOffset: number;
  /** The JSON value, exactly as `JSON.parse` returned it. */
  value: unknown;
}

/**
 * What kind of problem an {@link ExtractFinding} reports.
 *
 * - `not-a-string`: the input was not a string, so no HTML was read.
 * - `unclosed-script`: the start tag has no `>`, or no `</script>` follows it; the content is not parsed.
 * - `empty`: the script holds nothing but whitespace (and comment or CDATA wrappers).
 * - `invalid-json`: the content is not valid JSON.
 *
 * @example
 * ```ts
 * import type { ExtractFindingCode } from "newsgraph/jsonld";
 *
 * const code: ExtractFindingCode = "invalid-json";
 * ```
 */
export type ExtractFindingCode = "not-a-string" | "unclosed-script" | "empty" | "invalid-json";

/**
 * A problem with one ld+json script: it yielded no document, and this says why.
 *
 * @example
 * ```ts
 * import { extractJsonLd } from "newsgraph/jsonld";
 *
 * const { findings } = extractJsonLd('<p>hi</p><script type="application/ld+json">{"a":}</script>');
 * // findings[0] → { index: 0, offset: 9, code: "invalid-json",
 * //                 message: "block 0 at offset 9 is not valid JSON (content starts at offset 44): …" }
 * ```
 */
export interface ExtractFinding {
  /** The block's index among the page's ld+json scripts; -1 when the finding concerns the whole input. */
  index: number;
  /** Where the block's `<script` start tag begins in the HTML; -1 when the finding concerns the whole input. */
  offset: number;
  /** The kind of problem, for code that reacts to it. */
  code: ExtractFindingCode;
  /** A sentence for a person: which block, where, and what is wrong with it. */
  message: string;
}

/**
 * Everything {@link extractJsonLd} found in a page: the parsed documents and the problems, each in document order.
 *
 * @example
 * ```ts
 * import { type ExtractedJsonLd, extractJsonLd } from "newsgraph/jsonld";
 *
 * const result: ExtractedJsonLd = extractJsonLd("<html></html>");
 * // result → { documents: [], findings: [] }
 * ```
 */
export interface ExtractedJsonLd {
  /** The ld+json scripts whose content parsed as JSON. */
  documents: JsonLdBlock[];
  /** The ld+json scripts that yielded no document, each with the reason. */
  findings: ExtractFinding[];
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const EXCLAMATION = 0x21;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const GREATER_THAN = 0x3e;
const QUESTION_MARK = 0x3f;

/** Elements whose content the HTML tokenizer reads as text up to the matching end tag. */
const TEXT_ONLY_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "textarea",
  "title",
]);

/** Comment and CDATA markers that pages put around a script's content for very old browsers. */
const CONTENT_WRAPPERS: ReadonlyArray<{ open: readonly string[]; close: readonly string[] }> = [
  { open: ["<!--"], close: ["//-->", "-->"] },
  { open: ["/*<![CDATA[*/", "//<![CDATA[", "<![CDATA["], close: ["/*]]>*/", "//]]>", "]]>"] },
];

/**
 * Finds every `<script type="application/ld+json">` element in an HTML page and parses its content as JSON.
 *
 * The page is read the way an HTML tokenizer reads it, in one pass: attributes in any order, case or quoting;
 * a `type` with parameters (`application/ld+json; charset=utf-8`); nothing inside comments `<!-- … -->`, inside
 * other scripts, or inside `style`, `textarea` and `title`. A script's content ends at the first `</script`
 * followed by whitespace, `/` or `>`, in any case. Content wrapped in `<!-- … -->` or in CDATA markers
 * (`//<![CDATA[ … //]]>`, or the same markers inside block comments) is unwrapped. Scripts that cannot be read
 * become findings; the function never throws, and its time grows linearly with the length of the page.
 *
 * @param html - The page's HTML. Anything other than a string gives one `not-a-string` finding.
 * @returns The parsed documents and the findings, both in document order.
 *
 * @example
 * ```ts
 * import { extractJsonLd } from "newsgraph/jsonld";
 *
 * const page =
 *   '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
 *   '<script type="application/ld+json">{"headline":</script>';
 * const { documents, findings } = extractJsonLd(page);
 * // documents → [{ index: 0, offset: 0, contentOffset: 35, value: { "@type": "NewsArticle" } }]
 * // findings → [{ index: 1, offset: 67, code: "invalid-json", message: "block 1 at offset 67 is not valid JSON …" }]
 * ```
 */
export function extractJsonLd(html: string): ExtractedJsonLd {
  const documents: JsonLdBlock[] = [];
  const findings: ExtractFinding[] = [];
  if (typeof html !== "string") {
    const message = `expected the HTML as a string, found ${describeNonString(html)}`;
    findings.push({ index: -1, offset: -1, code: "not-a-string", message });
    return { documents, findings };
  }

  let blockCount = 0;
  let position = 0;
  while (position < html.length) {
    const tagStart = html.indexOf("<", position);
    if (tagStart === -1) break;
    const next = html.charCodeAt(tagStart + 1);

    if (next === EXCLAMATION) {
      position = html.startsWith("<!--", tagStart)
        ? endOfComment(html, tagStart + 4)
        : endOfBogusComment(html, tagStart + 2);
    } else if (next === QUESTION_MARK) {
      position = endOfBogusComment(html, tagStart + 1);
    } else if (next === SLASH) {
      const afterSlash = html.charCodeAt(tagStart + 2);
      if (isAsciiLetter(afterSlash)) position = readTag(html, tagStart + 2).end;
      else if (afterSlash === GREATER_THAN) position = tagStart + 3;
      else position = endOfBogusComment(html, tagStart + 2);
    } else if (isAsciiLetter(next)) {
      const tag = readTag(html, tagStart + 1);
      const isJsonLd = tag.name === "script" && tag.type !== undefined && isJsonLdType(tag.type);
      const index = isJsonLd ? blockCount++ : -1;
      if (!tag.closed) {
        // A start tag cut off by the end of the input: HTML drops it, and nothing follows it.
        if (isJsonLd) findings.push(unclosed(index, tagStart, "its start tag has no closing >"));
        break;
      }
      if (tag.name === "plaintext") break;
      if (!TEXT_ONLY_ELEMENTS.has(tag.name)) {
        position = tag.end;
        continue;
      }
      const contentEnd = findEndTag(html, tag.end, tag.name);
      if (isJsonLd) {
        if (contentEnd === -1) findings.push(unclosed(index, tagStart, "no </script> end tag follows it"));
        else {
          const outcome = parseBlock(html.slice(tag.end, contentEnd), index, tagStart, tag.end);
          if ("value" in outcome) documents.push(outcome);
          else findings.push(outcome);
        }
      }
      if (contentEnd === -1) break;
      position = contentEnd;
    } else {
      position = tagStart + 1;
    }
  }
  return { documents, findings };
}

interface Tag {
  /** The tag name in ASCII lower case. */
  name: string;
  /** The value of the first `type` attribute, if there is one. */
  type: string | undefined;
  /** Index just past the tag's `>`, or the input's length when the tag is cut off. */
  end: number;
  /** Whether the tag ends with `>` before the input does. */
  closed: boolean;
}

/**
 * Reads a start or end tag from its name (just after `<` or `</`) to its `>`, following the HTML tokenizer's
 * attribute states, so a `>` or a `type=` inside a quoted attribute value is only text.
 */
function readTag(html: string, nameStart: number): Tag {
  const length = html.length;
  let cursor = nameStart;
  while (cursor < length && !endsName(html.charCodeAt(cursor))) cursor++;
  const name = asciiLowercase(html.slice(nameStart, cursor));
  let type: string | undefined;

  while (cursor < length) {
    const code = html.charCodeAt(cursor);
    if (isHtmlWhitespace(code) || code === SLASH) {
      cursor++;
      continue;
    }
    if (code === GREATER_THAN) return { name, type, end: cursor + 1, closed: true };

    // The first character of an attribute name may be "=", as the tokenizer allows.
    const attributeStart = cursor;
    cursor++;
    while (cursor < length) {
      const inName = html.charCodeAt(cursor);
      if (endsName(inName) || inName === EQUALS) break;
      cursor++;
    }
    const attributeEnd = cursor;
    cursor = skipWhitespace(html, cursor);

    let value = "";
    if (html.charCodeAt(cursor) === EQUALS) {
      cursor = skipWhitespace(html, cursor + 1);
      const quote = html.charCodeAt(cursor);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const closingQuote = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", cursor + 1);
        if (closingQuote === -1) return { name, type, end: length, closed: false };
        value = html.slice(cursor + 1, closingQuote);
        cursor = closingQuote + 1;
      } else {
        const valueStart = cursor;
        while (cursor < length) {
          const inValue = html.charCodeAt(cursor);
          if (isHtmlWhitespace(inValue) || inValue === GREATER_THAN) break;
          cursor++;
        }
        value = html.slice(valueStart, cursor);
      }
    }
    // Only the first of two same-named attributes counts in HTML.
    if (type === undefined && attributeEnd - attributeStart === 4) {
      if (asciiLowercase(html.slice(attributeStart, attributeEnd)) === "type") type = value;
    }
  }
  return { name, type, end: length, closed: false };
}

/**
 * Finds the `<` of the end tag that closes a text-only element: `</name` in any case, followed by whitespace,
 * `/` or `>`. Returns -1 when there is none.
 */
function findEndTag(html: string, from: number, name: string): number {
  let cursor = from;
  for (;;) {
    const candidate = html.indexOf("</", cursor);
    if (candidate === -1) return -1;
    const nameEnd = candidate + 2 + name.length;
    if (asciiLowercase(html.slice(candidate + 2, nameEnd)) === name) {
      const after = html.charCodeAt(nameEnd);
      if (isHtmlWhitespace(after) || after === SLASH || after === GREATER_THAN) return candidate;
    }
    cursor = candidate + 2;
  }
}

/** Index just past a comment whose `<!--` ends just before `bodyStart`, or the input's length if it never ends. */
function endOfComment(html: string, bodyStart: number): number {
  // "<!-->" and "<!--->" are complete (empty) comments in HTML.
  if (html.charCodeAt(bodyStart) === GREATER_THAN) return bodyStart + 1;
  if (html.startsWith("->", bodyStart)) return bodyStart + 2;
  let cursor = bodyStart;
  for (;;) {
    const dashes = html.indexOf("--", cursor);
    if (dashes === -1) return html.length;
    if (html.charCodeAt(dashes + 2) === GREATER_THAN) return dashes + 3;
    if (html.startsWith("!>", dashes + 2)) return dashes + 4;
    cursor = dashes + 1;
  }
}

/** Index just past the next `>` (how HTML ends `<!DOCTYPE …>`, `<?…>` and other bogus comments). */
function endOfBogusComment(html: string, from: number): number {
  const end = html.indexOf(">", from);
  return end === -1 ? html.length : end + 1;
}

/** Parses one script's content, giving either the block or the finding that explains why there is none. */
function parseBlock(
  content: string,
  index: number,
  offset: number,
  contentOffset: number,
): JsonLdBlock | ExtractFinding {
  const inner = unwrap(content);
  if (inner.start >= inner.end) {
    return { index, offset, code: "empty", message: `block ${index} at offset ${offset} is empty` };
  }
  // Padding in place of the wrappers keeps the parser's positions counting from the content's start.
  const text = " ".repeat(inner.start) + content.slice(inner.start, inner.end);
  try {
    return { index, offset, contentOffset, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = `block ${index} at offset ${offset}`;
    const message = `${where} is not valid JSON (content starts at offset ${contentOffset}): ${reason}`;
    return { index, offset, code: "invalid-json", message };
  }
}

/** The range of a script's content that is left once surrounding whitespace and wrappers are taken away. */
function unwrap(content: string): { start: number; end: number } {
  let start = content.length - content.trimStart().length;
  let end = content.trimEnd().length;
  // A comment inside CDATA, or CDATA inside a comment: two rounds unwrap both.
  for (let round = 0; round < 2; round++) {
    for (const wrapper of CONTENT_WRAPPERS) {
      const open = wrapper.open.find((marker) => content.startsWith(marker, start));
      if (open === undefined) continue;
      const close = wrapper.close.find(
        (marker) =>
          end - marker.length >= start + open.length && content.startsWith(marker, end - marker.length),
      );
      if (close === undefined) continue;
      const inner = content.slice(start + open.length, end - close.length);
      start += open.length + (inner.length - inner.trimStart().length);
      end -= close.length + (inner.length - inner.trimEnd().length);
    }
  }
  return { start, end };
}

function unclosed(index: number, offset: number, reason: string): ExtractFinding {
  const message = `block ${index} at offset ${offset} is not closed: ${reason}`;
  return { index, offset, code: "unclosed-script", message };
}

/** Whether a `type` attribute names JSON-LD: its MIME essence, stripped and in any case, is application/ld+json. */
function isJsonLdType(type: string): boolean {
  const semicolon = type.indexOf(";");
  const essence = semicolon === -1 ? type : type.slice(0, semicolon);
  return asciiLowercase(stripHtmlWhitespace(essence)) === "application/ld+json";
}

function describeNonString(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const kind = typeof value;
  return kind === "object" ? "an object" : `a ${kind}`;
}

function isHtmlWhitespace(code: number): boolean {
  return (
    code === SPACE || code === LINE_FEED || code === TAB || code === FORM_FEED || code === CARRIAGE_RETURN
  );
}

function endsName(code: number): boolean {
  return isHtmlWhitespace(code) || code === SLASH || code === GREATER_THAN;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function skipWhitespace(html: string, from: number): number {
  let cursor = from;
  while (cursor < html.length && isHtmlWhitespace(html.charCodeAt(cursor))) cursor++;
  return cursor;
}

function stripHtmlWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isHtmlWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isHtmlWhitespace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

/** Lower-cases A–Z only, as HTML does for tag and attribute names, so no string changes length. */
function asciiLowercase(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
