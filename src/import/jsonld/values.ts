// Readers for single values: text, URLs, dates, numbers, booleans, language tags. Each reports what it cannot
// use and returns undefined for it; none throws.

import { decodeHTMLStrict } from "entities/decode";
import { parseFuzzyDate } from "../../model/fuzzy-date-syntax";
import { CHARACTER_REFERENCE_SOURCE, escapedMarkupTag, markupTag } from "../../model/html-text-syntax";
import { HTTP_URL_MAX_LENGTH, hasCharacterNotInUrl, isHttpUrl } from "../../model/http-url-syntax";
import { type NumericOrder, readWrittenDate } from "../date-forms";
import type { Warn } from "./document";
import { describe, isObject, type Located } from "./json";
import { isLanguageTag } from "./syntax";
import { schemaOrgTerm } from "./vocabulary";

const SHOWN_REFERENCES = 5;
const CHARACTER_REFERENCES = /* @__PURE__ */ new RegExp(CHARACTER_REFERENCE_SOURCE, "g");
const MARKUP_TAG = /* @__PURE__ */ markupTag();
const ESCAPED_MARKUP_TAG = /* @__PURE__ */ escapedMarkupTag();
const holdsMarkup = (text: string): boolean => text.includes("<") && MARKUP_TAG.test(text);

/**
 * How many times a text is decoded at most: once, as HTML decodes it, and twice more for a text that a site
 * escaped again (`&amp;amp;uuml;`). Beyond that the text is kept as it stands, reported.
 * @internal
 */
export const DECODINGS = 3;

// The ampersand written `&#38;`: the form newsgraph's own output gives an `&` that must stay. Other forms of it
// (`&#038;`, which WordPress writes, `&#x26;`, which the he library writes) are decoded as any reference.
const LITERAL_AMPERSAND = "&#38;";
// Where every `&` of the source begins an escaped ampersand (`&amp;`, `&#038;`, `&#x26;`), the text was escaped
// as a whole once more than it should have been.
const BARE_OR_OTHER_REFERENCE = /&(?!(?:amp|AMP|#0*38|#[xX]0*26);)/;
// What sets a word apart: white space, quotation marks, brackets, the text's ends (and after it, punctuation).
const WORD_BEFORE = /[\s"'`‘“«([{]/;
const WORD_AFTER = /[\s"'`’”»)\]}.,;:!?]/;

/** Whether the reference at `at` stands alone as a word (`write &amp; in HTML`), not inside one. */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return (
    (before === undefined || WORD_BEFORE.test(before)) && (after === undefined || WORD_AFTER.test(after))
  );
}

/** One decoding of a text, and what it did. */
interface Decoding {
  text: string;
  /** The references decoded, each with its character, in the order first met. */
  decoded: Map<string, string>;
  /** Where in `text` an `&` stands that a further decoding must leave as it is. */
  literal: Set<number>;
  /** References kept as text about HTML, standing alone as words. */
  mentions: Set<string>;
}

/**
 * Decodes the references of one level. An `&` at a place in `literal` is kept, and so is a reference standing
 * alone as a word when `keepMentions` is set; an `&` decoded from `&#38;` is literal for the next level.
 */
function decodeLevel(text: string, literal: ReadonlySet<number>, keepMentions: boolean): Decoding {
  const decoding: Decoding = { text: "", decoded: new Map(), literal: new Set(), mentions: new Set() };
  let written = 0;
  for (const match of text.matchAll(CHARACTER_REFERENCES)) {
    const [reference] = match;
    const at = match.index;
    decoding.text += text.slice(written, at);
    written = at + reference.length;
    const character = decodeHTMLStrict(reference);
    const kept = literal.has(at);
    const mention =
      !kept && keepMentions && character !== reference && standsAlone(text, at, reference.length);
    if (character === reference || kept || mention) {
      if (mention) decoding.mentions.add(reference);
      if (kept || mention) decoding.literal.add(decoding.text.length);
      decoding.text += reference;
      continue;
    }
    if (reference === LITERAL_AMPERSAND) decoding.literal.add(decoding.text.length);
    if (!decoding.decoded.has(reference)) decoding.decoded.set(reference, character);
    decoding.text += character;
  }
  decoding.text += text.slice(written);
  return decoding;
}

// Each named without its `&` and `;`, so that the note itself holds no reference.
function listed(references: Iterable<[string, string]>): string {
  const list = [...references].map(
    ([reference, character]) => `${JSON.stringify(character)} (${reference.slice(1, -1)})`,
  );
  const more = list.length > SHOWN_REFERENCES ? `, and ${list.length - SHOWN_REFERENCES} more` : "";
  return `${list.slice(0, SHOWN_REFERENCES).join(", ")}${more}`;
}

const AGAIN = [
  "",
  "escaped twice, they are decoded again",
  "escaped three times, they are decoded a third time",
];

/**
 * Text with its HTML character references decoded, as HTML decodes them (`Geh&auml;lter` → `Gehälter`), and a
 * note naming each reference decoded; `undefined` when the text holds none. Only references closed by `;` are
 * read, so that text that merely holds an ampersand (`AT&T`, `&copy2020`) is left as it is.
 *
 * A text that still holds references once decoded was escaped twice (`enth&amp;uuml;llen`): it is decoded
 * again, up to {@link DECODINGS} times in all. A further decoding leaves alone what is plainly text about HTML:
 * a reference whose `&` the source wrote `&#38;` (as newsgraph's own output keeps one literal), and — unless
 * every `&` of the source begins an escaped ampersand, so that the whole text was escaped again — a reference
 * standing alone as a word (`write &amp; in HTML`). `decodedBefore` counts the decodings the text has been
 * through already (the text of HTML markup, which its parser decoded once). @internal
 */
export function decodeReferences(
  text: string,
  decodedBefore = 0,
): { text: string; note: string } | undefined {
  if (!text.includes("&")) return undefined;
  const escapedAgain = !BARE_OR_OTHER_REFERENCE.test(text);
  const levels: Decoding[] = [];
  let current: { text: string; literal: ReadonlySet<number> } = { text, literal: new Set() };
  const mentions = new Set<string>();
  for (let level = decodedBefore; level < DECODINGS; level++) {
    const decoding = decodeLevel(current.text, current.literal, level > 0 && !escapedAgain);
    for (const mention of decoding.mentions) mentions.add(mention);
    if (decoding.decoded.size === 0) break;
    levels.push(decoding);
    current = decoding;
  }
  if (levels.length === 0) return undefined;
  const left =
    levels.length + decodedBefore === DECODINGS &&
    decodeLevel(current.text, current.literal, !escapedAgain).decoded.size > 0;
  const parts = levels.map((level, index) =>
    index + decodedBefore === 0
      ? `the source writes the text with HTML character references, decoded here: ${listed(level.decoded)}`
      : `${AGAIN[index + decodedBefore]}: ${listed(level.decoded)}`,
  );
  if (mentions.size > 0)
    parts.push(
      `in a text not escaped again as a whole, ${[...mentions].map((reference) => reference.slice(1, -1)).join(", ")} standing alone as a word ${mentions.size === 1 ? "is" : "are"} read as text about HTML and kept as written`,
    );
  if (left) parts.push(`references still left after ${DECODINGS} decodings are kept as written`);
  return { text: current.text, note: parts.join("; ") };
}

/** Plain text rendered from HTML markup, and why it stops short of the markup's end, if it does. @internal */
export interface MarkupText {
  text: string;
  stopped?: string;
}

/**
 * How a prose field (a body, a description) reads a value that is HTML markup: a function that renders markup
 * as plain text (the page reader's, which loads an HTML parser), or `null` where none is loaded. @internal
 */
export type MarkupReader = ((markup: string) => MarkupText) | null;

/**
 * The HTML markup a text is, if it is: it holds an element tag (`<p class="x">`, `<br>`), or it holds one
 * written with character references (`&lt;p&gt;`) and is read once decoded. A `<` the source wrote `&#60;`
 * is text (newsgraph's own output writes the `<` of a literal tag so).
 */
function markupIn(text: string): { markup: string; escaped: boolean; element: string } | undefined {
  let markup: { markup: string; escaped: boolean } | undefined;
  if (holdsMarkup(text)) markup = { markup: text, escaped: false };
  else if (text.includes("&") && ESCAPED_MARKUP_TAG.test(text)) {
    const decoded = decodeHTMLStrict(text);
    if (holdsMarkup(decoded)) markup = { markup: decoded, escaped: true };
  }
  if (markup === undefined) return undefined;
  const tag = MARKUP_TAG.exec(markup.markup)?.[0] ?? "";
  const element = /^<\/?([a-z\d]+)/i.exec(tag)?.[1] ?? "";
  return { ...markup, element: element.toLowerCase() };
}

/** A prose field's markup, rendered as text by `reader` and reported; `undefined` when the text is no markup. */
function readMarkup(
  located: Located & { value: string },
  what: string,
  warn: Warn,
  reader: MarkupReader,
  mark: ((note: string) => void) | undefined,
): { text: string | undefined } | undefined {
  const found = markupIn(located.value);
  if (found === undefined) return undefined;
  const written = `the source writes HTML markup (<${found.element}>)${found.escaped ? ", itself escaped with character references" : ""}`;
  if (reader === null) {
    warn(
      located.path,
      `${what}: ${written} where plain text is expected; dropped, since fromJsonLd parses no HTML (readPage, which does, reads it as text)`,
    );
    return { text: undefined };
  }
  const rendered = reader(found.markup);
  const decoded = decodeReferences(rendered.text, 1);
  const plain = decoded?.text ?? rendered.text;
  if (plain.trim().length === 0) {
    warn(located.path, `${what}: ${written} that holds no text; ignored`);
    return { text: undefined };
  }
  const note = [
    `${written}, read as plain text: blocks on lines of their own, paragraphs separated by a blank line, scripts and styles left out`,
    rendered.stopped,
    decoded?.note.replace(/^escaped/, "the text escaped"),
  ]
    .filter((part): part is string => part !== undefined)
    .join("; ");
  warn(located.path, `${what}: ${note}`);
  mark?.(note);
  return { text: plain };
}

/**
 * Text as written, with its HTML character references decoded (reported, and passed to `mark` for the
 * field's provenance); `undefined` (reported) for an empty string or a value that is not a string. A prose
 * field passes a `markup` reader: a value that is HTML markup is then rendered as plain text, or dropped where
 * the reader is `null`, reported either way. @internal
 */
export function readText(
  located: Located,
  what: string,
  warn: Warn,
  mark?: (note: string) => void,
  markup?: MarkupReader,
): string | undefined {
  const { value, path } = located;
  if (typeof value === "string") {
    const prose = markup === undefined ? undefined : readMarkup({ value, path }, what, warn, markup, mark);
    if (prose !== undefined) return prose.text;
    const decoded = decodeReferences(value);
    if (decoded !== undefined && decoded.text.length > 0) {
      warn(path, `${what}: ${decoded.note}`);
      mark?.(decoded.note);
      return decoded.text;
    }
    if (value.length > 0) return value;
    warn(path, `${what} is empty; ignored`);
    return undefined;
  }
  warn(path, `expected text for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}

/**
 * Resolves a URL against a base, when it is not absolute; `undefined` when the result is not an absolute
 * http(s) URL, or when the relative URL holds what the model refuses in a URL (white space, a control
 * character, a lone surrogate), which resolving would silently strip or encode. @internal
 */
export function resolveUrl(value: string, base: string | undefined): string | undefined {
  if (isHttpUrl(value)) return value;
  if (
    base === undefined ||
    value.length > HTTP_URL_MAX_LENGTH ||
    /^[a-z][a-z\d+.-]*:/i.test(value) ||
    hasCharacterNotInUrl(value)
  )
    return undefined;
  try {
    const resolved = new URL(value, base).href;
    return isHttpUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An absolute http(s) URL, from a string or an `{ "@id" }` object; relative URLs are resolved against `base`.
 * Anything else is reported and dropped. @internal
 */
export function readUrl(
  located: Located,
  what: string,
  base: string | undefined,
  warn: Warn,
): string | undefined {
  const { path } = located;
  let value = located.value;
  if (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1)
    value = value["@id"];
  if (typeof value !== "string") {
    warn(path, `expected a URL for ${what}, found ${describe(value)}; ignored`);
    return undefined;
  }
  const url = resolveUrl(value, base);
  if (url !== undefined) return url;
  const reason =
    base === undefined
      ? "not an absolute http(s) URL, and no base URL to resolve it against"
      : "not an http(s) URL";
  warn(path, `${what} ${describe(value)} is ${reason}; dropped`);
  return undefined;
}

/** A date read from the input, with a note when it had to be shortened to fit the model. @internal */
export interface ReadDate {
  value: string;
  /** Set when the value is not exactly as written: the reason, for `fieldProvenance`. */
  inferred?: string;
}

const COMPACT_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)([+-]\d{2})(?::?(\d{2}))?$/;

/**
 * A FuzzyDate from a schema.org Date or DateTime. An offset written `+0100` or `+01` is read as `+01:00`
 * (the same instant); the other forms sites write (RFC 1123, a zone abbreviation, a space for the `T`…) are
 * read by `readWrittenDate`, reported and marked as an inference: a date-time with no certain offset keeps
 * its date only, since the model never guesses a time zone. Anything else that is not a possible date is
 * reported and dropped. HTML character references in it are decoded first (reported). A numeric date whose day
 * and month could be swapped is read in the `order` given, else refused. @internal
 */
export function readDate(
  located: Located,
  what: string,
  warn: Warn,
  order?: NumericOrder,
): ReadDate | undefined {
  const { value, path } = located;
  if (typeof value !== "string") {
    warn(path, `expected a date for ${what}, found ${describe(value)}; ignored`);
    return undefined;
  }
  // A date written with character references (`2023-11-02T10:14:29&#x2B;05:30`) is read decoded, as text is.
  const decoded = decodeReferences(value);
  if (decoded === undefined) return readDateText(value, path, what, warn, order);
  const read = readDateText(decoded.text, path, what, warn, order);
  if (read === undefined) return undefined;
  warn(path, `${what}: ${decoded.note}`);
  const notes = [decoded.note, read.inferred].filter((note) => note !== undefined);
  return { value: read.value, inferred: notes.join("; ") };
}

function readDateText(
  value: string,
  path: string,
  what: string,
  warn: Warn,
  order: NumericOrder | undefined,
): ReadDate | undefined {
  if (parseFuzzyDate(value) !== undefined) return { value };
  const compact = COMPACT_OFFSET.exec(value);
  if (compact) {
    const rewritten = `${compact[1]}${compact[2]}:${compact[3] ?? "00"}`;
    if (parseFuzzyDate(rewritten) !== undefined) return { value: rewritten };
  }
  const written = readWrittenDate(value, order);
  if (written !== undefined && "value" in written) {
    warn(path, `${what}: ${written.note}`);
    return { value: written.value, inferred: written.note };
  }
  if (written !== undefined) {
    warn(path, `${what}: ${written.refused}; dropped`);
    return undefined;
  }
  warn(path, `${what} ${describe(value)} is not a possible ISO 8601 date; dropped`);
  return undefined;
}

// Digits, then a point and digits: one way to match each numeral, so a long run of digits cannot backtrack.
const NUMERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a JSON number or a numeral string (schema.org allows both) holds; `NaN` for anything else. */
const numberIn = (value: unknown): number =>
  typeof value === "number"
    ? value
    : typeof value === "string" && NUMERAL.test(value.trim())
      ? Number(value)
      : Number.NaN;

/** A finite number, from a JSON number or a numeral string. @internal */
export function readNumber(located: Located, what: string, warn: Warn): number | undefined {
  const { value, path } = located;
  const number = numberIn(value);
  if (Number.isFinite(number)) return number;
  warn(path, `expected a number for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}

/** A positive whole number (a pixel size). @internal */
export function readPositiveInteger(located: Located, what: string, warn: Warn): number | undefined {
  const { value, path } = located;
  const number = numberIn(value);
  if (Number.isSafeInteger(number) && number >= 1) return number;
  warn(path, `expected a positive whole number for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}

/** A boolean, from `true`/`false`, `"true"`/`"false"` or schema.org's `True`/`False`. @internal */
export function readBoolean(located: Located, what: string, warn: Warn): boolean | undefined {
  const { value, path } = located;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const term = (schemaOrgTerm(value) ?? value).toLowerCase();
    if (term === "true") return true;
    if (term === "false") return false;
  }
  warn(path, `expected true or false for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}

/** A BCP 47 language tag, as written. @internal */
export function readLanguage(located: Located, what: string, warn: Warn): string | undefined {
  const { value, path } = located;
  if (typeof value === "string" && isLanguageTag(value)) return value;
  warn(path, `expected a BCP 47 language tag such as "en" for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}
