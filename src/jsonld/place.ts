import type { PostalAddressLeaf, Place as SchemaPlace } from "schema-dts";
import type { Place, PlaceKind } from "../model/place";
import { clean, type MappingContext } from "./mapping-context";

/** @internal */
export const PLACE_TYPES = {
  country: "Country",
  region: "AdministrativeArea",
  city: "City",
  site: "Place",
  area: "Place",
  "body-of-water": "BodyOfWater",
  continent: "Continent",
} as const satisfies Record<PlaceKind, Exclude<SchemaPlace, string>["@type"]>;

/**
 * A place as a schema.org Country, AdministrativeArea (region), City, BodyOfWater, Continent or Place (site,
 * area), with `containedInPlace`, `geo` (GeoCoordinates) and `sameAs`. The ISO 3166 codes go into `address`,
 * a PostalAddress with `addressCountry` and `addressRegion`: schema.org's only properties for them on a Place.
 *
 * @example
 * ```ts
 * import { placeNode } from "./place";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * placeNode({ id: "kursk-oblast", kind: "region", name: "Kursk region", alternateNames: [], sameAs: [],
 *   containedIn: "russia-territory", subdivisionCode: "RU-KRS" }, context);
 * // { "@type": "AdministrativeArea", "@id": "…#kursk-oblast", name: "Kursk region",
 * //   containedInPlace: { "@id": "…#russia-territory" },
 * //   address: { "@type": "PostalAddress", addressRegion: "RU-KRS" } }
 * ```
 */
export function placeNode(place: Place, context: MappingContext): SchemaPlace {
  const { countryCode, subdivisionCode, geo, containedIn } = place;
  return clean<SchemaPlace>({
    "@type": PLACE_TYPES[place.kind],
    "@id": context.iri(place.id),
    name: place.name,
    alternateName: place.alternateNames.slice(),
    containedInPlace: containedIn === undefined ? undefined : context.ref(containedIn),
    geo: geo && { "@type": "GeoCoordinates", latitude: geo.latitude, longitude: geo.longitude },
    address:
      countryCode || subdivisionCode
        ? clean<PostalAddressLeaf>({
            "@type": "PostalAddress",
            addressCountry: countryCode,
            addressRegion: subdivisionCode,
          })
        : undefined,
    sameAs: place.sameAs.slice(),
  });
}
