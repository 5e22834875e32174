// The rule of an http(s) URL, free of zod so that the JSON-LD importer keeps exactly the URLs the model accepts.

/**
 * The longest URL newsgraph accepts, in characters.
 *
 * @example
 * ```ts
 * import { HTTP_URL_MAX_LENGTH } from "newsgraph";
 *
 * HTTP_URL_MAX_LENGTH; // 4096
 * ```
 */
export const HTTP_URL_MAX_LENGTH = 4096;

// An http(s) scheme, a first character of the host, and no white space (U+00A0 and U+2028 included),
// control character or lone surrogate anywhere: the URL parser would strip, encode or replace those, a
// silent rewrite. One pattern for the check and the JSON Schema, read in Unicode mode as JSON Schema
// reads patterns, where [\ud800-\udfff] matches only a surrogate that is not half of a pair. Written out as
// literals (a test keeps the three alike): a bundle that does not check URLs then leaves them out.
/** The pattern of an http(s) URL, as the JSON Schema gives it. @internal */
export const HTTP_URL_PATTERN =
  "^[hH][tT][tT][pP][sS]?://[^/?#\\s\\u0000-\\u001f\\u007f-\\u009f\\ud800-\\udfff][^\\s\\u0000-\\u001f\\u007f-\\u009f\\ud800-\\udfff]*$";
const HTTP_URL_FORM =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /^[hH][tT][tT][pP][sS]?:\/\/[^/?#\s\u0000-\u001f\u007f-\u009f\ud800-\udfff][^\s\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_IN_URL_CHARACTER = /[\s\u0000-\u001f\u007f-\u009f\ud800-\udfff]/u;

/**
 * Whether a string holds a character no URL of the model may hold (white space, a control character, a lone
 * surrogate): for a relative URL, which the URL parser would otherwise strip or encode while resolving it.
 * @internal
 */
export const hasCharacterNotInUrl = (value: string): boolean => NOT_IN_URL_CHARACTER.test(value);

// The common case, which the URL parser cannot refuse once HTTP_URL_FORM holds: a lower-case host of
// letters, digits, hyphens and dots, without a port, whose last label starts with a letter (so it is no
// IPv4 address) and none of whose labels is punycode ("xn--", which the parser decodes and may refuse).
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#]|$)/;

/**
 * Tells whether a string is an absolute `http:` or `https:` URL with a host, free of white space (of any
 * kind: U+00A0 and U+2028 too), control characters and lone surrogates. Relative, protocol-relative,
 * `javascript:` and `data:` URLs are not.
 *
 * @example
 * ```ts
 * import { isHttpUrl } from "newsgraph";
 *
 * isHttpUrl("https://example.org/a"); // true
 * isHttpUrl("javascript:alert(1)"); // false
 * ```
 */
export function isHttpUrl(value: string): boolean {
  if (value.length > HTTP_URL_MAX_LENGTH || !HTTP_URL_FORM.test(value)) return false;
  // Parsing costs several times the patterns: validation reads every URL of a document.
  if (PLAIN_HTTP_URL.test(value) && !value.includes("xn--")) return true;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
