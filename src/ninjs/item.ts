// The shapes of the ninjs 3.1 properties that newsgraph writes: a subset of the IPTC schema, typed.

/**
 * A headline, description or body of a ninjs item: its text, what it is for (`role`) and its media type.
 *
 * @example
 * ```ts
 * import type { NinjsText } from "newsgraph/ninjs";
 *
 * const headline: NinjsText = { role: "main", value: "Harbour reopens after the storm" };
 * ```
 */
export interface NinjsText {
  /** What the text is for: `main`, `alternative`, `summary`, `correction`, `backstory`, `text`… */
  role?: string;
  /** The IANA media type of the value: `text/plain`. */
  contentType?: string;
  /** The text itself. */
  value: string;
}

/**
 * A point as GeoJSON writes it: longitude first, then latitude, in WGS 84 degrees.
 *
 * @example
 * ```ts
 * import type { NinjsGeoPoint } from "newsgraph/ninjs";
 *
 * const kursk: NinjsGeoPoint = { type: "Point", coordinates: [36.19, 51.73] };
 * ```
 */
export interface NinjsGeoPoint {
  /** Always `Point`. */
  type: "Point";
  /** `[longitude, latitude]`. */
  coordinates: [number, number];
}

/**
 * A person, organisation, place, subject or event that a ninjs item names, and how the item relates to it.
 *
 * @example
 * ```ts
 * import type { NinjsEntity } from "newsgraph/ninjs";
 *
 * const author: NinjsEntity = { name: "Ana Ruiz", rel: "author", literal: "ana-ruiz" };
 * ```
 */
export interface NinjsEntity {
  /** Its name. */
  name?: string;
  /** How the item relates to it: `author`, `publisher`, `about`, `mentions`, `located`, a contributor's role. */
  rel?: string;
  /** A global identifier: a Wikidata entity, an ISO 3166 code as IPTC writes it, the profile page. */
  uri?: string;
  /** Its id in the newsgraph document the item was written from, which the reader gives back. */
  literal?: string;
}

/**
 * A place a ninjs item names, with its position.
 *
 * @example
 * ```ts
 * import type { NinjsPlace } from "newsgraph/ninjs";
 *
 * const place: NinjsPlace = { name: "Kursk", rel: "about", geoJSON: { type: "Point", coordinates: [36.19, 51.73] } };
 * ```
 */
export interface NinjsPlace extends NinjsEntity {
  /** Where it is, as a GeoJSON point. */
  geoJSON?: NinjsGeoPoint;
}

/**
 * An event a ninjs item names.
 *
 * @example
 * ```ts
 * import type { NinjsEvent } from "newsgraph/ninjs";
 *
 * const event: NinjsEvent = { id: "summit-2025", name: "Harbour summit", rel: "about" };
 * ```
 */
export interface NinjsEvent extends NinjsEntity {
  /** Its id in the newsgraph document. */
  id?: string;
}

/**
 * An infoSource of a ninjs item: a party that originated or supplied it, with its role.
 *
 * @example
 * ```ts
 * import type { NinjsInfoSource } from "newsgraph/ninjs";
 *
 * const source: NinjsInfoSource = { name: "The Example Herald", role: "publisher" };
 * ```
 */
export interface NinjsInfoSource {
  /** Its name. */
  name?: string;
  /** What it did: `publisher`. */
  role?: string;
  /** A global identifier. */
  uri?: string;
  /** Its id in the newsgraph document. */
  literal?: string;
}

/**
 * One file of an associated item: for an image, the image file and its size in pixels.
 *
 * @example
 * ```ts
 * import type { NinjsRendition } from "newsgraph/ninjs";
 *
 * const rendition: NinjsRendition = { name: "original", href: "https://example.org/a.jpg", width: 1200, height: 675 };
 * ```
 */
export interface NinjsRendition {
  /** The rendition's name within the item: newsgraph writes `original`. */
  name: string;
  /** Where the file is. */
  href?: string;
  /** Its width in pixels. */
  width?: number;
  /** Its height in pixels. */
  height?: number;
}

/**
 * A link to a document about how the publisher works (its ethics, corrections or ownership), with what it
 * is as a complete URI.
 *
 * @example
 * ```ts
 * import type { NinjsTrustIndicator } from "newsgraph/ninjs";
 *
 * const indicator: NinjsTrustIndicator = {
 *   role: "https://schema.org/correctionsPolicy",
 *   href: "https://example.org/corrections",
 * };
 * ```
 */
export interface NinjsTrustIndicator {
  /** What the document is, as a complete URI: newsgraph writes the schema.org property's. */
  role?: string;
  /** Its title. */
  title?: string;
  /** Where it is. */
  href?: string;
}

/**
 * A genre of a ninjs item: an IPTC genre NewsCode where one fits, with newsgraph's own name as `literal`.
 *
 * @example
 * ```ts
 * import type { NinjsGenre } from "newsgraph/ninjs";
 *
 * const genre: NinjsGenre = { name: "Opinion", uri: "http://cv.iptc.org/newscodes/genre/Opinion", literal: "opinion" };
 * ```
 */
export interface NinjsGenre {
  /** Its name. */
  name?: string;
  /** Its identifier in a vocabulary. */
  uri?: string;
  /** newsgraph's genre. */
  literal?: string;
}

/**
 * An item associated with a ninjs item: newsgraph writes each image of an article as one, of type
 * `picture`.
 *
 * @example
 * ```ts
 * import type { NinjsAssociation } from "newsgraph/ninjs";
 *
 * const image: NinjsAssociation = {
 *   name: "image-1",
 *   uri: "https://example.org/a.jpg",
 *   type: "picture",
 *   renditions: [{ name: "original", href: "https://example.org/a.jpg" }],
 * };
 * ```
 */
export interface NinjsAssociation {
  /** Its name within the item: `image-1`, `image-2`… */
  name: string;
  /** Its identifier: the image's address. */
  uri: string;
  /** Always `picture`. */
  type: "picture";
  /** How it relates to the item: `image`. */
  rel?: string;
  /** The caption, with the role `caption`. */
  descriptions?: NinjsText[];
  /** The credit line as published. */
  by?: string;
  /** The copyright notice. */
  copyrightNotice?: string;
  /**
   * The terms of use, in words: `toNinjs` writes the page where a licence can be obtained as
   * `"Licences: "` followed by its address, and `fromNinjs` reads back only that form.
   */
  usageTerms?: string;
  /** The licence under which it is published. */
  rightsInfo?: {
    /** The address of the licence. */
    linkedRights: string;
  };
  /** Who made it, with the rel `creator`. */
  people?: NinjsEntity[];
  /** Who made it, when an organisation, with the rel `creator`. */
  organisations?: NinjsEntity[];
  /** The image file. */
  renditions?: NinjsRendition[];
}

/**
 * The standard an item conforms to.
 *
 * @example
 * ```ts
 * import type { NinjsStandard } from "newsgraph/ninjs";
 *
 * const standard: NinjsStandard = { name: "ninjs", version: "3.1", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#" };
 * ```
 */
export interface NinjsStandard {
  /** `ninjs`. */
  name: string;
  /** `3.1`. */
  version: string;
  /** The address of the ninjs 3.1 JSON Schema. */
  schema: string;
}

/**
 * An IPTC ninjs 3.1 news item as {@link toNinjs} writes it: the properties newsgraph has something for.
 * Every item it writes validates against the ninjs 3.1 JSON Schema.
 *
 * @example
 * ```ts
 * import type { NinjsItem } from "newsgraph/ninjs";
 *
 * const item: NinjsItem = {
 *   uri: "https://example.org/harbour",
 *   type: "text",
 *   headlines: [{ role: "main", value: "Harbour reopens after the storm" }],
 * };
 * ```
 */
export interface NinjsItem {
  /** The item's identifier: the article's url. */
  uri: string;
  /** Always `text`. */
  type: "text";
  /** The ninjs version written. */
  standard?: NinjsStandard;
  /** The article's id in the newsgraph document, with the role `newsgraph`, which the reader gives back. */
  altIds?: {
    /** Always `newsgraph`. */
    role: string;
    /** The article's id. */
    value: string;
  }[];
  /** The version of the item: 1, and one more for each correction. */
  version?: string;
  /** When it was first published, when the date is known to the second. */
  firstCreated?: string;
  /** When it was last changed, when the date is known to the second. */
  versionCreated?: string;
  /** The language, as a BCP 47 tag. */
  language?: string;
  /** The headline (`main`) and the alternative headline (`alternative`). */
  headlines?: NinjsText[];
  /** The summary (`summary`), the backstory (`backstory`) and each correction (`correction`). */
  descriptions?: NinjsText[];
  /** The plain text, when the article has one. */
  bodies?: NinjsText[];
  /** The authors' names as a byline. */
  by?: string;
  /** The name of the place the article is filed from. */
  located?: string;
  /** The genre. */
  genres?: NinjsGenre[];
  /** The people who wrote or contributed to it, and those it is about or mentions. */
  people?: NinjsEntity[];
  /** The publisher, the organisations and states that wrote or contributed to it, are its subject or are mentioned. */
  organisations?: NinjsEntity[];
  /** The dateline and the places it is about or mentions. */
  places?: NinjsPlace[];
  /** The events it is about or mentions. */
  events?: NinjsEvent[];
  /** The keywords. */
  subjects?: NinjsEntity[];
  /** The publisher. */
  infoSources?: NinjsInfoSource[];
  /** The images. */
  associations?: NinjsAssociation[];
  /** The publisher's policies. */
  trustIndicators?: NinjsTrustIndicator[];
}

/**
 * Something {@link toNinjs} could not write as the graph has it, or that {@link fromNinjs} could not read
 * into the model: where, and what was done.
 *
 * @example
 * ```ts
 * import type { NinjsWarning } from "newsgraph/ninjs";
 *
 * const warning: NinjsWarning = { path: "$.urgency", message: "the model has no place for an urgency; not read" };
 * ```
 */
export interface NinjsWarning {
  /**
   * Where: for the writer, the field of the article or node (`articles[0].datePublished`); for the reader,
   * an RFC 9535 JSONPath query into the item (`$.people[0].contactInfo`).
   */
  path: string;
  /** What was found, and what was done with it, in one sentence. */
  message: string;
}
