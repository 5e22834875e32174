// What in a text is HTML rather than plain text: character references and element tags. Shared, zod-free, by
// the JSON-LD writer (which keeps such text literal) and the importer (which decodes or renders it), so that
// the two agree on what they look for.

/**
 * An HTML character reference closed by its semicolon, as HTML's strict decoding reads one: `&amp;`,
 * `&#039;`, `&#x2B;`. The longest name HTML knows has 31 letters. @internal
 */
export const CHARACTER_REFERENCE_SOURCE = "&(?:#\\d+|#[xX][\\da-fA-F]+|[A-Za-z][A-Za-z\\d]{1,31});";

// The elements whose tags make a text HTML markup: those a body or a description is built of. Single-letter
// inline tags (`<b>`, `<i>`) do not count, since plain text writes `a <b and c> d`, nor `<script>`, which a
// text about HTML names; an `<a>` counts with an href.
const ELEMENTS =
  "p|div|br|hr|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|table|tr|td|th|section|article|aside|header|footer|pre|iframe|span|strong|em";

/**
 * A start or end tag of an element text is built of (`<p class="x">`, `<br/>`, `</div>`, `<a href="…">`): what
 * tells HTML markup from text that merely holds a `<`. Case-insensitive; `global` for `replace`. Made on call,
 * so that a bundle that never looks for markup builds none of it. @internal
 */
export const markupTag = (global = false): RegExp =>
  new RegExp(
    `<(?:(?:${ELEMENTS})(?:\\s[^<>]*)?\\/?|\\/(?:${ELEMENTS})\\s*|a\\s[^<>]*href[^<>]*)>`,
    global ? "gi" : "i",
  );

/** Such a tag written with character references (`&lt;p class=&quot;x&quot;&gt;`): markup escaped once. @internal */
export const escapedMarkupTag = (): RegExp =>
  new RegExp(`&lt;\\/?(?:${ELEMENTS})(?=[\\s/]|&gt;)|&lt;a\\s[^<>&]*href`, "i");
