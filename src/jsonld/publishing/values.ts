// Small helpers over the JSON values of a document: reading literals, naming paths, describing values in
// messages. Nothing here knows a rule.

/** A JSON object as `JSON.parse` gives it (or any object the caller passes). @internal */
export type JsonObject = Record<string, unknown>;

/** A value in the input and where it is, as an RFC 9535 JSONPath query. @internal */
export interface Located {
  value: unknown;
  path: string;
}

/** Tells whether a value is an object (arrays included). @internal */
export const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null;

/** An own property of a node: an inherited one counts as absent. @internal */
export const own = (node: JsonObject, key: string): unknown =>
  Object.hasOwn(node, key) ? node[key] : undefined;

/** A node's `@id`, when it is a string. @internal */
export const idOf = (node: JsonObject): string | undefined => {
  const id = own(node, "@id");
  return typeof id === "string" ? id : undefined;
};

/** Tells whether a node object is only a reference: an `@id` and nothing else. @internal */
export const isReference = (node: JsonObject): boolean =>
  idOf(node) !== undefined && Object.keys(node).length === 1;

/** A type as its schema.org local name: `NewsArticle` for `https://schema.org/NewsArticle` or `schema:NewsArticle`. @internal */
export const typeName = (type: string): string => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, "");

/** The text of a value (a string or a `@value` object), unless it is empty or blank. @internal */
export const text = (value: unknown): string | undefined => {
  const literal = isObject(value) && Object.hasOwn(value, "@value") ? own(value, "@value") : value;
  return typeof literal === "string" && literal.trim() !== "" ? literal : undefined;
};

/** Tells whether a string is an absolute http(s) URL, with no white space around it. */
const isAbsoluteUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && value === value.trim();
  } catch {
    return false;
  }
};

// Hosts no crawler can reach: this machine, private networks, and names reserved for local or no use
// (RFC 6761, RFC 6762, RFC 8375, the .internal top-level domain reserved for private use).
const LOCAL_NAMES = ["localhost", "local", "internal", "test", "invalid", "example", "home.arpa", "onion"];
const PRIVATE_IPV4 = /^(?:127|10|0)\.|^192\.168\.|^169\.254\.|^172\.(?:1[6-9]|2\d|3[01])\./;
const PRIVATE_IPV6 = /^\[(?:::1?|f[cd][0-9a-f]{0,2}:.*|fe[89ab][0-9a-f]?:.*)\]$/;

/** Tells whether a URL's host is one a search engine's crawler cannot reach from the internet. */
const isUnreachable = (host: string): boolean =>
  LOCAL_NAMES.some((name) => host === name || host.endsWith(`.${name}`)) ||
  PRIVATE_IPV4.test(host) ||
  PRIVATE_IPV6.test(host) ||
  (!host.includes(".") && !host.startsWith("["));

/**
 * Why a string is not a URL a search engine can crawl (not an absolute http(s) URL, or on a host it cannot
 * reach); `undefined` when it is one. @internal
 */
export function urlProblem(value: string): string | undefined {
  if (!isAbsoluteUrl(value)) return "not an absolute http(s) URL";
  const host = new URL(value).hostname;
  return isUnreachable(host) ? `a URL on a host that search engines cannot crawl (${host})` : undefined;
}

/** The length of a string in characters (code points), as a reader counts them. @internal */
export const length = (value: string): number => [...value].length;

/** The JSONPath of a member: `.name` for plain names, `["@graph"]` otherwise. @internal */
export const member = (path: string, key: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** What a value is, in words: `null`, `an array`, `an object`, `a number`. @internal */
export const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : isObject(value)
        ? "an object"
        : `a ${typeof value}`;

const SHOWN_LENGTH = 60;

/** A string cut to a length a message can quote, without splitting a surrogate pair. */
const cut = (value: string): string => {
  if (value.length <= SHOWN_LENGTH) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(SHOWN_LENGTH - 1)) ? SHOWN_LENGTH - 1 : SHOWN_LENGTH;
  return `${value.slice(0, end)}…`;
};

/**
 * A value as it appears in a message: strings quoted (the first 60 characters of a long one), numbers and
 * booleans as written, others described. @internal
 */
export const show = (value: unknown): string =>
  typeof value === "string"
    ? JSON.stringify(cut(value))
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : describe(value);

// The digits after a decimal point can only follow one, so a run of digits splits one way and a
// numeral-like string ("111…1x") fails in linear time.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Longer than any rating, position or pixel size is written: read no further.
const NUMERAL_LENGTH = 100;

/**
 * A finite number, from a JSON number or a numeral string (schema.org allows both) of at most 100
 * characters. @internal
 */
export function numeric(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const literal = text(value)?.trim();
  if (literal === undefined || literal.length > NUMERAL_LENGTH || !NUMBER.test(literal)) return undefined;
  const number = Number(literal);
  return Number.isFinite(number) ? number : undefined;
}
