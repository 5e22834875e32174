import { type PageScript, type ParsedPage, parsePage } from "./html";
import { findJsonError, positionsIn } from "./json-error";

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
  /** Where the script's content begins in the HTML, just after the start tag's `>`. */
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
 * - `too-deep`: elements nest more than 512 deep (browsers nest them no deeper); the rest of the page is not
 *   read, and the finding says where it stopped.
 *
 * @example
 * ```ts
 * import type { ExtractFindingCode } from "newsgraph/jsonld";
 *
 * const code: ExtractFindingCode = "invalid-json";
 * ```
 */
export type ExtractFindingCode = "not-a-string" | "unclosed-script" | "empty" | "invalid-json" | "too-deep";

/**
 * A problem with one ld+json script: it yielded no document, and this says why.
 *
 * @example
 * ```ts
 * import { extractJsonLd } from "newsgraph/jsonld";
 *
 * const { findings } = extractJsonLd('<p>hi</p><script type="application/ld+json">{"a":}</script>');
 * // findings[0] → { index: 0, offset: 9, code: "invalid-json", position: { offset: 49, line: 1, column: 50 },
 * //   message: 'block 0 at offset 9 is not valid JSON: at line 1, column 50 (offset 49), expected a value (…), found "}"' }
 * ```
 */
export interface ExtractFinding {
  /** The block's index among the page's ld+json scripts; -1 when the finding concerns the whole input. */
  index: number;
  /** Where the block's `<script` start tag begins in the HTML; -1 when the finding concerns the whole input. */
  offset: number;
  /** The kind of problem, for code that reacts to it. */
  code: ExtractFindingCode;
  /**
   * For `invalid-json` and `too-deep`: where in the HTML the problem is, as a string index and as a line and
   * column from 1 (lines end at LF, CRLF or CR; columns count characters, so an emoji counts once).
   */
  position?: {
    /** The string index (UTF-16 units) in the HTML. */
    offset: number;
    /** The line, from 1. */
    line: number;
    /** The column, from 1, in characters. */
    column: number;
  };
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

/** Comment and CDATA markers that pages put around a script's content for very old browsers. */
const CONTENT_WRAPPERS: ReadonlyArray<{ open: readonly string[]; close: readonly string[] }> = [
  { open: ["<!--"], close: ["//-->", "-->"] },
  { open: ["/*<![CDATA[*/", "//<![CDATA[", "<![CDATA["], close: ["/*]]>*/", "//]]>", "]]>"] },
];

/**
 * Finds every `<script type="application/ld+json">` element in an HTML page and parses its content as JSON.
 *
 * The page is read by parse5, the HTML standard's parser, as a browser with scripting reads it (and so a
 * search engine that renders pages): a `type` in any case or quoting, with parameters
 * (`application/ld+json; charset=utf-8`); nothing inside comments, other scripts, `<noscript>` (text when
 * scripting is on), `<template>` content (not part of the document), `style`, `textarea` or `title`; a
 * `<script>` of SVG or MathML is not an HTML script, though one inside SVG's `<title>` or `<foreignObject>`
 * is. The content is the element's text as the DOM gives it. Content wrapped in `<!-- … -->` or in CDATA
 * markers (`//<![CDATA[ … //]]>`, or the same markers inside block comments) is unwrapped; any other
 * character before or after the JSON (U+00A0, a byte order mark) makes it invalid JSON, as it is. Scripts
 * that cannot be read become findings, with the line and column of the error for invalid JSON; a page whose
 * elements nest more than 512 deep is read up to there. The function never throws, and its time grows
 * linearly with the length of the page.
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
 * // findings → [{ index: 1, offset: 67, code: "invalid-json", position: { offset: 114, line: 1, column: 115 },
 * //   message: "block 1 at offset 67 is not valid JSON: at line 1, column 115 (offset 114), expected … }]
 * ```
 */
export function extractJsonLd(html: string): ExtractedJsonLd {
  if (typeof html !== "string") {
    const message = `expected the HTML as a string, found ${describeNonString(html)}`;
    return { documents: [], findings: [{ index: -1, offset: -1, code: "not-a-string", message }] };
  }
  const { documents, findings } = extractFromPage(html, parsePage(html));
  return { documents, findings };
}

/** An ld+json script whose content is not valid JSON, with that content, for a reader that repairs it. @internal */
export interface InvalidJsonScript {
  /** The script's index among the page's ld+json scripts; its finding has the same. */
  index: number;
  script: PageScript;
  /** The content without its wrappers, padded with spaces in their place so that offsets count from the content's start. */
  json: string;
}

/**
 * What {@link extractJsonLd} finds in a page parsed already, and the content of each script that is not JSON.
 * @internal
 */
export function extractFromPage(
  html: string,
  page: ParsedPage,
): ExtractedJsonLd & { invalid: InvalidJsonScript[] } {
  const documents: JsonLdBlock[] = [];
  const findings: ExtractFinding[] = [];
  const invalid: InvalidJsonScript[] = [];
  // Positions are asked for in the order of the page, so one sweep of it finds them all.
  const positionAt = positionsIn(html);
  let index = 0;
  for (const script of page.scripts) {
    if (script.type === undefined || !isJsonLdType(script.type)) continue;
    if (!script.closed) findings.push(unclosed(index, script.offset, "no </script> end tag follows it"));
    else {
      const outcome = parseBlock(html, script, index, positionAt);
      if ("value" in outcome) documents.push(outcome);
      else {
        findings.push(outcome.finding);
        if (outcome.json !== undefined) invalid.push({ index, script, json: outcome.json });
      }
    }
    index++;
  }
  if (page.cutOff?.type !== undefined && isJsonLdType(page.cutOff.type))
    findings.push(unclosed(index, page.cutOff.offset, "its start tag has no closing >"));
  if (page.stopped !== undefined) {
    const { offset, reason } = page.stopped;
    const position = { offset, ...positionAt(offset) };
    const message = `${reason} at line ${position.line}, column ${position.column} (offset ${offset}); the rest of the page is not read`;
    findings.push({ index: -1, offset: -1, code: "too-deep", position, message });
  }
  return { documents, findings, invalid };
}

/**
 * Parses one script's content, giving either the block or the finding that explains why there is none (and,
 * for invalid JSON, the content that was read).
 */
function parseBlock(
  html: string,
  script: PageScript,
  index: number,
  positionAt: (offset: number) => { line: number; column: number },
): JsonLdBlock | { finding: ExtractFinding; json?: string } {
  const { offset, contentOffset, text } = script;
  const inner = unwrap(text);
  if (inner.start >= inner.end) {
    return {
      finding: { index, offset, code: "empty", message: `block ${index} at offset ${offset} is empty` },
    };
  }
  // Padding in place of the wrappers keeps positions counting from the content's start.
  const json = " ".repeat(inner.start) + text.slice(inner.start, inner.end);
  try {
    return { index, offset, contentOffset, value: JSON.parse(json) };
  } catch {
    const error = findJsonError(json);
    const at = pageOffset(html, script, error?.offset ?? 0);
    const position = { offset: at, ...positionAt(at) };
    const reason = error?.reason ?? "it is not JSON";
    const message = `block ${index} at offset ${offset} is not valid JSON: at line ${position.line}, column ${position.column} (offset ${at}), ${reason}`;
    return { finding: { index, offset, code: "invalid-json", position, message }, json };
  }
}

/**
 * The offset in the HTML of an offset in a script's text: the text has an LF where the HTML has CRLF, and is
 * otherwise as long as the HTML it comes from.
 * @internal
 */
export function pageOffset(html: string, script: PageScript, textOffset: number): number {
  let at = script.contentOffset;
  for (let counted = 0; counted < textOffset && at < script.contentEnd; counted++) {
    at += html.charCodeAt(at) === 0x0d && html.charCodeAt(at + 1) === 0x0a ? 2 : 1;
  }
  return at;
}

/** The range of a script's content that is left once surrounding whitespace and wrappers are taken away. */
function unwrap(content: string): { start: number; end: number } {
  let start = skipJsonWhitespace(content, 0, 1);
  let end = skipJsonWhitespace(content, content.length - 1, -1) + 1;
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
      const innerEnd = end - close.length;
      start = Math.min(skipJsonWhitespace(content, start + open.length, 1), innerEnd);
      end = Math.max(skipJsonWhitespace(content, innerEnd - 1, -1) + 1, start);
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

/** What a value that is not a string is, for a message: "null", "an array", "a number"… @internal */
export function describeNonString(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const kind = typeof value;
  return kind === "object" ? "an object" : `a ${kind}`;
}

/** ASCII whitespace as HTML defines it: tab, LF, FF, CR and space. */
function isHtmlWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** From `from`, stepping by `step`, the first index that is not JSON whitespace (space, tab, LF, CR). */
function skipJsonWhitespace(text: string, from: number, step: 1 | -1): number {
  let cursor = from;
  for (;;) {
    const code = text.charCodeAt(cursor);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return cursor;
    cursor += step;
  }
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
