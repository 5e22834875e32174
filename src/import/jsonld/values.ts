// Readers for single values: text, URLs, dates, numbers, booleans, language tags. Each reports what it cannot
// use and returns undefined for it; none throws.

import { decodeHTMLStrict } from "entities/decode";
import { parseFuzzyDate, pointEndsBeforeStart } from "../../model/fuzzy-date-syntax";
import { HTTP_URL_MAX_LENGTH, hasCharacterNotInUrl, isHttpUrl } from "../../model/http-url-syntax";
import { type NumericOrder, readWrittenDate } from "../date-forms";
import type { Warn } from "./document";
import { describe, isObject, type Located } from "./json";
import { isLanguageTag } from "./syntax";
import { schemaOrgTerm } from "./vocabulary";

// A character reference as HTML writes one, with its semicolon: `&amp;`, `&#039;`, `&#x2B;`.
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
const SHOWN_REFERENCES = 5;

/**
 * Text with its HTML character references decoded, as HTML decodes them (`Geh&auml;lter` → `Gehälter`), and a
 * note naming each reference decoded; `undefined` when the text holds none. Only references closed by `;` are
 * read, so that text that merely holds an ampersand (`AT&T`, `&copy2020`) is left as it is. One level is
 * decoded: `&amp;amp;` is `&amp;` in the text. @internal
 */
export function decodeReferences(text: string): { text: string; note: string } | undefined {
  if (!text.includes("&")) return undefined;
  const decoded = decodeHTMLStrict(text);
  if (decoded === text) return undefined;
  const shown = new Map<string, string>();
  for (const [reference] of text.matchAll(CHARACTER_REFERENCE)) {
    const character = decodeHTMLStrict(reference);
    if (character !== reference && !shown.has(reference)) shown.set(reference, character);
  }
  // Each named without its `&` and `;`, so that the note itself holds no reference.
  const list = [...shown].map(
    ([reference, character]) => `${JSON.stringify(character)} (${reference.slice(1, -1)})`,
  );
  const more = list.length > SHOWN_REFERENCES ? `, and ${list.length - SHOWN_REFERENCES} more` : "";
  return {
    text: decoded,
    note: `the source writes the text with HTML character references, decoded here: ${list.slice(0, SHOWN_REFERENCES).join(", ")}${more}`,
  };
}

/**
 * Text as written, with its HTML character references decoded (reported, and passed to `mark` for the
 * field's provenance); `undefined` (reported) for an empty string or a value that is not a string. @internal
 */
export function readText(
  located: Located,
  what: string,
  warn: Warn,
  mark?: (note: string) => void,
): string | undefined {
  const { value, path } = located;
  if (typeof value === "string") {
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
  // A date written with character references (`2023-11-02T10:14:29&#x2B;05:30`) is read decoded, once.
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

/** A finite number, from a JSON number or a numeral string (schema.org allows both). @internal */
export function readNumber(located: Located, what: string, warn: Warn): number | undefined {
  const { value, path } = located;
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && NUMERAL.test(value.trim())
        ? Number(value)
        : Number.NaN;
  if (Number.isFinite(number)) return number;
  warn(path, `expected a number for ${what}, found ${describe(value)}; ignored`);
  return undefined;
}

/** A positive whole number (a pixel size). @internal */
export function readPositiveInteger(located: Located, what: string, warn: Warn): number | undefined {
  const { value, path } = located;
  const number =
    typeof value === "number" || (typeof value === "string" && NUMERAL.test(value.trim()))
      ? Number(value)
      : Number.NaN;
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

/** Tells whether `end` certainly lies before `start`, as the graph validator judges it. @internal */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parseFuzzyDate(start)?.start;
  const to = parseFuzzyDate(end)?.end;
  return (
    from !== undefined &&
    to !== undefined &&
    from !== "open" &&
    to !== "open" &&
    pointEndsBeforeStart(from, to)
  );
}
