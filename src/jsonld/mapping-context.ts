import type { IdReference } from "schema-dts";
import type { IndexedNode } from "../graph/node-index";
import { CHARACTER_REFERENCE_SOURCE, markupTag } from "../model/html-text-syntax";
import type { Place } from "../model/place";

/**
 * How much of a node a page writes: `full`, every field; `card`, who an author, contributor, publisher or
 * reviewer is (names, pages, portrait or logo, policies) without the knowledge graph around them; `light`, a
 * name and identifiers, under a type no search engine's rich-result rule asks more of. In the `graph` profile
 * every node is `full`.
 *
 * @example
 * ```ts
 * import type { NodeForm } from "./mapping-context";
 *
 * const form: NodeForm = "card";
 * ```
 */
export type NodeForm = "full" | "card" | "light";

/**
 * What every mapper needs besides its node: how ids become IRIs, how to refer to a node (which makes the
 * assembler emit it too) and how to look a node up.
 *
 * @example
 * ```ts
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext; // for a graph at https://example.org/a
 * const author = context.ref("mark-rutte", "card"); // { "@id": "https://example.org/a#mark-rutte" }
 * ```
 */
export interface MappingContext {
  /**
   * The IRI of a node (see `nodeIri`): an article's url, an actor's page, else a fragment of the base URL;
   * never another node's.
   */
  iri(id: string): string;
  /**
   * A `{ "@id" }` reference to a node, which the assembler then emits as well: on a page, in the form asked
   * for (`light` when none is), the fullest form any reference asks for winning; in the graph, in full.
   */
  ref(id: string, form?: NodeForm): IdReference;
  /** The node with this id, from the graph's one index. */
  get(id: string): IndexedNode | undefined;
  /** The IRI of the WebPage of the article at this url (see `addressNames`), built once. */
  pageIri(url: string): string;
  /**
   * The IRI of the WebSite of the organisation with this id (see `addressNames`), built once; `undefined` when
   * the id names no organisation with a `url`.
   */
  siteIri(organizationId: string): string | undefined;
}

/**
 * A schema-dts node type whose properties may also be `undefined` (and arrays empty): the mappers write
 * every field in one literal, and {@link clean} drops the absent ones.
 *
 * @example
 * ```ts
 * import type { PlaceLeaf } from "schema-dts";
 * import type { Draft } from "./mapping-context";
 *
 * const draft: Draft<PlaceLeaf> = { "@type": "Place", name: "Kursk", alternateName: undefined };
 * ```
 */
export type Draft<T> = { [K in keyof T]?: T[K] | undefined };

// The schema.org Text properties newsgraph writes. Readers of real pages (newsgraph's importer among them)
// decode HTML character references in text, since sites often escape it twice; so an `&` that would begin
// one is written `&amp;`, and a text holding `&amp;` literally reads back as it was.
const TEXT_PROPERTIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "headline",
  "alternativeHeadline",
  "description",
  "articleSection",
  "keywords",
  "caption",
  "creditText",
  "dateline",
  "name",
  "alternateName",
  "roleName",
  "text",
  "claimReviewed",
  "unitText",
  "backstory",
  "jobTitle",
  "knowsAbout",
  "copyrightNotice",
]);
const REFERENCE_START = /* @__PURE__ */ new RegExp(`&(?=${CHARACTER_REFERENCE_SOURCE.slice(1)})`, "g");

/**
 * A text as newsgraph writes it in JSON-LD, so that a reader that decodes HTML character references and
 * renders HTML markup in a body (as `readPage` and `fromJsonLd` do) reads the text as it was: each `&` that
 * would begin a reference is written `&#38;`, and the `<` of each tag that would make the text markup (`<p>`,
 * `</div>`) `&#60;`. A reader that decodes once reads either as the character; the numeric `&#38;` also tells
 * `fromJsonLd`, which decodes text that a site escaped twice, that the reference after it is text.
 *
 * @example
 * ```ts
 * import { literalText } from "./mapping-context";
 *
 * literalText("Fisch & Fang"); // "Fisch & Fang"
 * literalText("write &amp; for &"); // "write &#38;amp; for &"
 * literalText("the <p> element, a < b"); // "the &#60;p> element, a < b"
 * ```
 */
export const literalText = (text: string): string => {
  const references = text.includes("&") ? text.replace(REFERENCE_START, "&#38;") : text;
  return references.includes("<")
    ? references.replace(markupTag(true), (tag) => `&#60;${tag.slice(1)}`)
    : references;
};

const literal = (value: unknown): unknown =>
  typeof value === "string"
    ? literalText(value)
    : Array.isArray(value)
      ? value.map((item) => (typeof item === "string" ? literalText(item) : item))
      : value;

/**
 * Drops `undefined` values and empty arrays from a node's own fields, so the output carries only what is
 * known, and writes its text properties with {@link literalText}. What a mapper nests in a node
 * (references, values it built with `clean` itself, copies of the graph's string arrays) is clean already,
 * so one level is all there is to do.
 *
 * @example
 * ```ts
 * import { clean } from "./mapping-context";
 *
 * clean({ "@type": "Place", name: "Kursk", sameAs: [], geo: undefined }); // { "@type": "Place", name: "Kursk" }
 * ```
 */
export function clean<T>(value: Draft<T>): T;
export function clean(value: Record<string, unknown>): unknown {
  // The page path's hottest loop: every node and nested value goes through it once. for-in allocates no array
  // of keys; the drafts are plain literals, so it sees their own keys only.
  const kept: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item !== undefined && !(Array.isArray(item) && item.length === 0))
      kept[key] = TEXT_PROPERTIES.has(key) ? literal(item) : item;
  }
  return kept;
}

/**
 * The items of a list mapped, or `undefined` for an empty list: {@link clean} would drop the empty array, and
 * a page path that maps a dozen lists a node is better off not making them.
 *
 * @example
 * ```ts
 * import { mapped } from "./mapping-context";
 *
 * mapped(["a", "b"], (item) => item.toUpperCase()); // ["A", "B"]
 * mapped([], (item: string) => item); // undefined
 * ```
 */
export const mapped = <T, U>(items: readonly T[], map: (item: T) => U): U[] | undefined =>
  items.length === 0 ? undefined : items.map(map);

/**
 * A FuzzyDate as a schema.org Date or DateTime: the string unchanged (precision and offset kept) when it is
 * plain ISO 8601; `undefined` for a qualified date (`2024-06~`, `2024?`) or an interval, which schema.org
 * dates cannot express (see docs/jsonld.md, "What the JSON-LD cannot say").
 *
 * @example
 * ```ts
 * import { isoDate } from "./mapping-context";
 *
 * isoDate("2024-10-28T14:30:00+01:00"); // "2024-10-28T14:30:00+01:00"
 * isoDate("2024-06~"); // undefined
 * ```
 */
export const isoDate = (date: string | undefined): string | undefined =>
  // A valid FuzzyDate is plain ISO 8601 unless it has a qualifier (~ ? %) or is an interval (/).
  date && !/[~?%/]/.test(date) ? date : undefined;

/**
 * A FuzzyDate as a schema.org Date (no time): as {@link isoDate}, and `undefined` for a date-time as well, for the
 * properties whose range is Date alone (an organisation's `foundingDate`).
 *
 * @example
 * ```ts
 * import { isoDay } from "./mapping-context";
 *
 * isoDay("1998-03"); // "1998-03"
 * isoDay("1998-03-02T09:00:00Z"); // undefined
 * ```
 */
export const isoDay = (date: string | undefined): string | undefined =>
  date?.includes("T") ? undefined : isoDate(date);

/**
 * The place an id stands for: the place itself, or a state actor's territory.
 *
 * @example
 * ```ts
 * import { type MappingContext, placeOf } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * placeOf("russia", context)?.kind; // "country" (the territory of the state actor "russia")
 * ```
 */
export function placeOf(id: string | undefined, context: MappingContext): Place | undefined {
  let entry = id === undefined ? undefined : context.get(id);
  if (entry?.kind === "actor" && entry.node.kind === "state" && entry.node.territory !== undefined)
    entry = context.get(entry.node.territory);
  return entry?.kind === "place" ? entry.node : undefined;
}

/**
 * Tells whether an id names an actor that maps to a schema.org Organization (every kind but `person`), the
 * range of `memberOf`.
 *
 * @example
 * ```ts
 * import { isOrganization, type MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * isOrganization("nato", context); // true
 * isOrganization("mark-rutte", context); // false
 * ```
 */
export function isOrganization(id: string, context: MappingContext): boolean {
  const entry = context.get(id);
  return entry?.kind === "actor" && entry.node.kind !== "person";
}
