/**
 * Options for {@link jsonLdScript}.
 *
 * @example
 * ```ts
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

type Trail = (string | number)[];

// The path of a value, written only when there is something to report: `$.author[0].name`.
const pathOf = (trail: Trail): string =>
  trail.reduce<string>(
    (path, key) =>
      typeof key === "number"
        ? `${path}[${key}]`
        : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    "$",
  );

function describe(value: unknown): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `the number ${value}`;
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value !== "object") return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
  if (Array.isArray(value)) return undefined;
  // A plain object's prototype is null or an Object.prototype (of any realm), whose own prototype is null.
  const prototype: object | null = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null
    ? undefined
    : `an instance of ${(value as { constructor?: { name?: string } }).constructor?.name || "a class"}`;
}

// Only values that JSON.stringify writes and JSON.parse reads back unchanged are allowed, so the embedded
// data is exactly the caller's data: no silently dropped `undefined`, no `NaN` turned into `null`.
// The keys on the way down are kept in `trail` and the path is written only on failure. The ancestors are a
// stack, searched from the top: as deep as the call stack allows, and a handful of objects in JSON-LD.
function assertJson(value: unknown, trail: Trail, ancestors: object[]): void {
  const found = describe(value);
  if (found !== undefined) throw new Error(`jsonLdScript: cannot embed ${found} at ${pathOf(trail)}`);
  if (typeof value !== "object" || value === null) return;
  if (ancestors.includes(value)) {
    throw new Error(`jsonLdScript: the document contains a cycle at ${pathOf(trail)}`);
  }
  ancestors.push(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      trail.push(index);
      assertJson(value[index], trail, ancestors);
      trail.pop();
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      trail.push(key);
      assertJson(record[key], trail, ancestors);
      trail.pop();
    }
  }
  ancestors.pop();
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
  assertJson(document, [], []);
  const json = JSON.stringify(document).replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const attributes = nonce === undefined ? "" : ` nonce="${nonce}"`;
  return `<script type="application/ld+json"${attributes}>${json}</script>`;
}
