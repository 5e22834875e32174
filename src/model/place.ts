import * as z from "zod";
import { CountryCode, SubdivisionCode } from "./country-code";
import { HttpUrl } from "./http-url";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { newsgraphRegistry } from "./registry";
import { placeKinds } from "./vocabulary";

/**
 * Schema of one of {@link placeKinds}.
 *
 * @example
 * ```ts
 * import { PlaceKind } from "newsgraph";
 *
 * PlaceKind.parse("city");
 * ```
 */
export const PlaceKind: z.ZodEnum<{ [K in (typeof placeKinds)[number]]: K }> = z.enum(placeKinds);
/**
 * One of {@link placeKinds}.
 *
 * @example
 * ```ts
 * import { PlaceKind } from "newsgraph";
 *
 * const kind: PlaceKind = "country";
 * ```
 */
export type PlaceKind = z.output<typeof PlaceKind>;

const geoPointShape = {
  /** Degrees north of the equator, from -90 to 90. */
  latitude: z.number().min(-90).max(90),
  /** Degrees east of Greenwich, from -180 to 180. */
  longitude: z.number().min(-180).max(180),
};

/**
 * A point on the earth in WGS 84 degrees.
 * @example
 * ```ts
 * import { GeoPoint } from "newsgraph";
 *
 * GeoPoint.parse({ latitude: 51.73, longitude: 36.19 });
 * ```
 */
export const GeoPoint: z.ZodObject<typeof geoPointShape, z.core.$strict> = z.strictObject(geoPointShape);
newsgraphRegistry.add(GeoPoint, { id: "GeoPoint", description: "A point on the earth in WGS 84 degrees." });
/**
 * A point.
 *
 * @example
 * ```ts
 * import { GeoPoint } from "newsgraph";
 *
 * const kursk: GeoPoint = { latitude: 51.73, longitude: 36.19 };
 * ```
 */
export interface GeoPoint extends z.output<typeof GeoPoint> {}

const placeFields = {
  /** Unique id of the place in the graph. */
  id: NodeId,
  /** What sort of place it is. */
  kind: PlaceKind,
  /** The name most used for it. */
  name: z.string().min(1),
  /** Other names and spellings: "Kursk Oblast". */
  alternateNames: z.array(z.string().min(1)).default([]),
  /** Id of the place it lies in: Kursk region in Russia. */
  containedIn: NodeId.optional(),
  /** ISO 3166-1 alpha-2 code, for countries and places within one. */
  countryCode: CountryCode.optional(),
  /** ISO 3166-2 code, for subdivisions: `RU-KRS`. */
  subdivisionCode: SubdivisionCode.optional(),
  /** A representative point. */
  geo: GeoPoint.optional(),
  /** The same place elsewhere: Wikidata, GeoNames. */
  sameAs: z.array(HttpUrl).default([]),
};

const placeShape = {
  ...placeFields,
  /** How the place as a whole came to be in the data, when not simply stated. */
  provenance: Provenance.optional(),
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(placeFields).optional(),
};

/**
 * Where events happen and what states hold: a country, a region, a city, a site.
 * @example
 * ```ts
 * import { Place } from "newsgraph";
 *
 * Place.parse({ id: "kursk-oblast", kind: "region", name: "Kursk region", subdivisionCode: "RU-KRS" });
 * ```
 */
export const Place: z.ZodObject<typeof placeShape, z.core.$strict> = z.strictObject(placeShape);
newsgraphRegistry.add(Place, { id: "Place", description: "A country, region, city or site." });

/**
 * A parsed place.
 *
 * @example
 * ```ts
 * import { Place } from "newsgraph";
 *
 * function labelOf(place: Place) { return place.name; }
 * ```
 */
export interface Place extends z.output<typeof Place> {}
/**
 * A place as written before parsing.
 *
 * @example
 * ```ts
 * import type { PlaceInput } from "newsgraph";
 *
 * const input: PlaceInput = { id: "kyiv", kind: "city", name: "Kyiv" };
 * ```
 */
export interface PlaceInput extends z.input<typeof Place> {}

export { placeKinds };
