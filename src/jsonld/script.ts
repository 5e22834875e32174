/**
 * Options for {@link jsonLdScript}.
 *
 * @example
 * ```ts
 * import type { JsonLdScriptOptions } from "newsgraph/jsonld";
 *
 * const options: JsonLdScriptOptions = { nonce: "r4nd0m" };
 * ```
 */
export interface JsonLdScriptOptions {
  /**
   * A Content-Security-Policy nonce, written as the element's `nonce` attribute. It must be a CSP
   * `base64-value` (letters, digits, `+`, `/`, `-`, `_`, then up to two `=`); anything else is refused.
   */
  nonce?: string;
}

// CSP Level 3, "nonce-source": base64-value = 1*( ALPHA / DIGIT / "+" / "/" / "-" / "_" )*2( "=" )
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

// Inside a <script> element only `<` can start `</script` or `<!--`; `>` and `&` are escaped as well so the
// text stays inert in XHTML/CDATA and in tools that scan for `]]>` or entities. U+2028/2029 are escaped
// for old JavaScript parsers that treat them as line breaks. Each becomes a JSON `\uXXXX` escape, which
// JSON.parse turns back into the same character.
const UNSAFE = /[<>&\u2028\u2029]/g;

const member = (path: string, key: string, inArray: boolean): string =>
  inArray
    ? `${path}[${key}]`
    : /^[A-Za-z_]\w*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

// What JSON would drop or change, described; undefined for what it carries unchanged.
function describe(value: unknown): string | undefined {
  const type = typeof value;
  if (type === "number") return Number.isFinite(value) ? undefined : `the number ${value}`;
  if (type === "bigint") return "a BigInt";
  if (type === "object") {
    if (value === null || Array.isArray(value)) return undefined;
    // A plain object's prototype is null or an Object.prototype (of any realm), whose own prototype is null.
    const prototype: object | null = Object.getPrototypeOf(value);
    return prototype === null || Object.getPrototypeOf(prototype) === null
      ? undefined
      : `an instance of ${(value as { constructor?: { name?: string } }).constructor?.name || "a class"}`;
  }
  return type === "string" || type === "boolean" ? undefined : type === "undefined" ? type : `a ${type}`;
}

// Finds where `holder` sits in the document; run only to word an error, so its cost does not matter.
function pathOf(document: unknown, holder: object, key: string): string {
  const stack: [unknown, string][] = [[document, "$"]];
  const seen = new Set<unknown>();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, path] = entry;
    if (node === holder) return member(path, key, Array.isArray(node));
    if (typeof node === "object" && node !== null && !seen.has(node)) {
      seen.add(node);
      for (const child of Object.keys(node)) {
        stack.push([(node as Record<string, unknown>)[child], member(path, child, Array.isArray(node))]);
      }
    }
  }
  return "$";
}

// Deeper documents, and cyclic ones (which are infinitely deep), take the replacer's path.
const MAX_PLAIN_DEPTH = 256;

// Whether JSON.stringify writes the value as it is: strings, finite numbers, booleans, null, and arrays and
// objects of Object.prototype (or none) without toJSON, whose items are such values. Stricter than
// `describe` (an object from another realm, a key named toJSON), never looser.
function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object": {
      if (value === null) return true;
      if (depth === 0 || (value as { toJSON?: unknown }).toJSON !== undefined) return false;
      // Strings, most of a document's values, are passed over without a call.
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item !== "string" && !isPlainJson(item, depth - 1)) return false;
        }
        return true;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      const record = value as Record<string, unknown>;
      // for-in, unlike Object.keys, allocates nothing; an inherited enumerable key it visits too can only
      // send the document to the replacer, which reads own keys alone.
      for (const key in record) {
        const item = record[key];
        if (typeof item !== "string" && !isPlainJson(item, depth - 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function checkedJson(document: object, caller: string): string {
  try {
    // The replacer sees every value before it is written, and the holder's own value before any toJSON:
    // anything JSON would drop, turn into null or rewrite is refused rather than embedded changed.
    return JSON.stringify(document, function (this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key];
      const found =
        describe(original) ??
        describe(value) ??
        (original === value ? undefined : "an object whose toJSON method rewrites it");
      if (found !== undefined) {
        throw new Error(`${caller}: cannot embed ${found} at ${pathOf(document, this, key)}`);
      }
      return value;
    });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // JSON.stringify throws a TypeError only for a cycle here: every other value it rejects is refused above.
    throw new Error(`${caller}: the document contains a cycle (${error.message.split("\n").at(-1)?.trim()})`);
  }
}

// JSON.stringify without a replacer is several times faster than with one, so plain data (all a
// serializer's output is) is checked by a walk of its own and written by it; anything else takes the
// replacer, which refuses it with its path or, for what the walk is too strict about, writes it.
function escapedJson(document: object, caller: string): string {
  return (
    isPlainJson(document, MAX_PLAIN_DEPTH) ? JSON.stringify(document) : checkedJson(document, caller)
  ).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Serializes a JSON-LD document into a `<script type="application/ld+json">` element that no string in
 * the document can break out of.
 *
 * Every `<`, `>`, `&`, U+2028 and U+2029 in the JSON text (in keys as well as values) is written as a
 * `\uXXXX` escape, so the element contains no `</script` and no `<!--`, and `JSON.parse` of its content
 * gives back data deep-equal to `document` (JSON has no negative zero, so `-0` comes back as `0`). No HTML
 * entities are used: `AT&T` parses back as `AT&T`.
 * Lone surrogates are written as `\uD800`-style escapes by `JSON.stringify` itself.
 *
 * @param document - a JSON-LD object (or array of objects): plain objects, arrays, strings, finite numbers,
 *   booleans and `null` only.
 * @param options - optionally a CSP `nonce` for the element.
 * @returns the `<script>` element as an HTML string.
 * @throws Error if the document holds something JSON cannot carry unchanged (`undefined`, a function, a
 *   symbol, a BigInt, a non-finite number, a class instance such as a `Date`, or a cycle); the message names
 *   what was found and its path (e.g. `$.author[0].name`). Also if `options.nonce` is not a CSP nonce.
 *
 * @example
 * ```ts
 * import { jsonLdScript } from "newsgraph/jsonld";
 *
 * jsonLdScript({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "</script>" });
 * // '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 * //  "headline":"\u003c/script\u003e"}</script>'   (one line)
 * jsonLdScript({ "@type": "Thing" }, { nonce: "abc123" });
 * // '<script type="application/ld+json" nonce="abc123">{"@type":"Thing"}</script>'
 * ```
 */
export function jsonLdScript(document: object, options: JsonLdScriptOptions = {}): string {
  const { nonce } = options;
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new Error(`jsonLdScript: the nonce ${JSON.stringify(nonce)} is not a CSP base64 value`);
  }
  const json = escapedJson(document, "jsonLdScript");
  const attributes = nonce === undefined ? "" : ` nonce="${nonce}"`;
  return `<script type="application/ld+json"${attributes}>${json}</script>`;
}

/**
 * The text that goes between the tags of a `<script type="application/ld+json">` element, escaped as
 * {@link jsonLdScript} escapes it: for frameworks that write the element themselves, such as React's
 * `dangerouslySetInnerHTML`, Vue's `innerHTML` or Svelte's `{@html}` inside `<script>`.
 *
 * `jsonLdScript(document)` is exactly `<script type="application/ld+json">` + `jsonLdText(document)` +
 * `</script>`. The text holds no `<`, `>` or `&`, so it cannot end the element, and `JSON.parse` of it gives
 * back data deep-equal to `document`.
 *
 * @param document - a JSON-LD object (or array of objects) of plain JSON values, as for {@link jsonLdScript}.
 * @returns the escaped JSON text, on one line.
 * @throws Error for the values {@link jsonLdScript} refuses, with the path of the first one found.
 *
 * @example
 * ```tsx
 * import type { NewsGraph } from "newsgraph";
 * import { articleJsonLd, jsonLdText } from "newsgraph/jsonld";
 *
 * declare const graph: NewsGraph;
 * declare const id: string; // the article's
 * // In a React server component:
 * <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(articleJsonLd(graph, id)) }} />
 * ```
 */
export function jsonLdText(document: object): string {
  return escapedJson(document, "jsonLdText");
}
