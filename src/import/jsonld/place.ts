// Place and its subtypes → Place; a PostalAddress's country and region codes, locality and region names.
import type { GeoPoint, Place, PlaceKind } from "../../model/place";
import type { Entry } from "./document";
import {
  addEdge,
  type Handler,
  type Importer,
  newPlaceholder,
  peekText,
  reference,
  sameAsOf,
  takeOne,
  takeText,
  texts,
  valueNode,
} from "./importer";
import { describe, type Located } from "./json";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { isCountryCode, isSubdivisionCode } from "./syntax";
import { readNumber } from "./values";
import { supertypes } from "./vocabulary";

// The types newsgraph writes for each kind map back without remark; the others are narrowed to a kind.
const KINDS: ReadonlyMap<string, PlaceKind> = /* @__PURE__ */ new Map([
  ["Country", "country"],
  ["AdministrativeArea", "region"],
  ["State", "region"],
  ["City", "city"],
  ["Continent", "continent"],
  ["BodyOfWater", "body-of-water"],
  ["Landform", "area"],
  ["Mountain", "area"],
  ["Volcano", "area"],
  ["TouristDestination", "area"],
  ["CivicStructure", "site"],
  ["TouristAttraction", "site"],
]);
const WRITTEN = new Set(["Country", "AdministrativeArea", "City", "Continent", "BodyOfWater"]);

function kindOf(importer: Importer, entry: Entry, type: string, inferred: Inferred): PlaceKind {
  const kind = [type, ...supertypes(type)]
    .map((name) => KINDS.get(name))
    .find((found) => found !== undefined);
  if (kind === undefined) {
    const note = `schema.org ${type} does not say what sort of place it is; the kind "site" is assumed`;
    importer.warn(`${entry.path}["@type"]`, note);
    infer(inferred, "kind", note);
    return "site";
  }
  if (!WRITTEN.has(type))
    importer.warn(`${entry.path}["@type"]`, `schema.org ${type} is kept as the kind "${kind}"`);
  return kind;
}

function readGeo(importer: Importer, located: Located): GeoPoint | undefined {
  const geo = valueNode(importer, located, "geo", "GeoCoordinates", "the geo");
  if (geo === null) {
    importer.warn(located.path, "expected GeoCoordinates for the geo; dropped");
    return undefined;
  }
  if (geo === undefined) return undefined;
  const read = (name: "latitude" | "longitude", limit: number): number | undefined => {
    const at = takeOne(importer, geo, name);
    const value = at && readNumber(at, `the ${name}`, importer.warn);
    if (at === undefined) importer.warn(`${geo.path}.${name}`, `the geo has no ${name}; dropped`);
    else if (value !== undefined && Math.abs(value) > limit) {
      importer.warn(at.path, `the ${name} ${value} is outside -${limit} to ${limit}; dropped`);
      return undefined;
    }
    return value;
  };
  const latitude = read("latitude", 90);
  const longitude = read("longitude", 180);
  return latitude === undefined || longitude === undefined ? undefined : { latitude, longitude };
}

interface AddressParts {
  countryCode?: string;
  subdivisionCode?: string;
  containedIn?: string;
}

/** A place made from a line of an address (its locality or region), shared by all addresses that name it. */
function derivedPlace(
  importer: Importer,
  name: string,
  kind: PlaceKind,
  parts: AddressParts,
  path: string,
): string {
  const key = JSON.stringify([kind, name, parts.countryCode ?? "", parts.containedIn ?? ""]);
  const known = importer.derived.get(key);
  if (known !== undefined) return known;
  const id = newPlaceholder(importer, { name, kind: "place" });
  importer.derived.set(key, id);
  const property = kind === "city" ? "addressLocality" : "addressRegion";
  const place: Place = {
    id,
    kind,
    name,
    alternateNames: [],
    sameAs: [],
    ...(parts.containedIn && { containedIn: parts.containedIn }),
    ...(parts.countryCode && { countryCode: parts.countryCode }),
    provenance: { basis: "inferred", note: `made from the ${property} at ${path}` },
    fieldProvenance: {
      kind: {
        basis: "inferred",
        note: `an ${property} is taken to be a ${kind === "city" ? "city" : "region"}`,
      },
    },
  };
  importer.collections.places.push(place);
  return id;
}

function readAddress(importer: Importer, located: Located, canContain: boolean): AddressParts {
  const address = valueNode(importer, located, "address", "PostalAddress", "the address");
  if (address === null) {
    importer.warn(
      located.path,
      `expected a PostalAddress for the address, found ${describe(located.value)}; not mapped`,
    );
    return {};
  }
  if (address === undefined) return {};
  const parts: AddressParts = {};
  const country = takeText(importer, address, "addressCountry", "the addressCountry");
  if (country !== undefined) {
    if (isCountryCode(country.value)) parts.countryCode = country.value;
    else
      importer.warn(
        country.path,
        `the addressCountry ${JSON.stringify(country.value)} is not an ISO 3166-1 alpha-2 code; not mapped`,
      );
  }
  const region = takeText(importer, address, "addressRegion", "the addressRegion");
  let container: string | undefined;
  if (region !== undefined) {
    if (isSubdivisionCode(region.value)) parts.subdivisionCode = region.value;
    else if (canContain) {
      const country = parts.countryCode;
      container = derivedPlace(
        importer,
        region.value,
        "region",
        country ? { countryCode: country } : {},
        region.path,
      );
      importer.warn(
        region.path,
        `the addressRegion ${JSON.stringify(region.value)} is kept as a region containing the place`,
      );
    } else
      importer.warn(
        region.path,
        "the addressRegion is not mapped: the place is already contained in another",
      );
  }
  // A place that is contained in another leaves its addressLocality unread, and so reported as not mapped.
  const locality = canContain
    ? takeText(importer, address, "addressLocality", "the addressLocality")
    : undefined;
  if (locality !== undefined) {
    container = derivedPlace(
      importer,
      locality.value,
      "city",
      {
        ...(parts.countryCode && { countryCode: parts.countryCode }),
        ...(container && { containedIn: container }),
      },
      locality.path,
    );
    importer.warn(
      locality.path,
      `the addressLocality ${JSON.stringify(locality.value)} is kept as a city containing the place`,
    );
  }
  if (container !== undefined) parts.containedIn = container;
  return parts;
}

/** Maps Place and its subtypes onto places. @internal */
export const placeHandler: Handler = {
  idSources: (_importer, entry) => ({ name: peekText(entry, "name") }),
  missing: (_importer, entry) =>
    peekText(entry, "name") === undefined ? "it has no name, which the model requires" : undefined,
  map: (importer, entry, typing, id) => {
    const inferred: Inferred = {};
    if (typing.assumed !== undefined) infer(inferred, "kind", typing.assumed);
    const kind = kindOf(importer, entry, typing.type, inferred);
    // `missing` has made sure that the name holds text.
    const name = takeText(importer, entry, "name", "the name", marker(inferred, "name"))?.value ?? "";
    const alternateNames = texts(
      importer,
      entry,
      "alternateName",
      "an alternateName",
      marker(inferred, "alternateNames"),
    );
    let containedIn: string | undefined;
    for (const property of ["containedInPlace", "containedIn"]) {
      const at = takeOne(importer, entry, property);
      const container =
        at && reference(importer, at, { what: `the ${property}`, kinds: ["place"], assume: "Place" });
      if (container === undefined) continue;
      if (containedIn === undefined) {
        containedIn = container.id;
        addEdge(importer, id, "containedIn", container);
      } else importer.warn(container.path, "only one containing place is kept; this one is not mapped");
    }
    const geoAt = takeOne(importer, entry, "geo");
    const geo = geoAt && readGeo(importer, geoAt);
    const addressAt = takeOne(importer, entry, "address");
    const address = addressAt ? readAddress(importer, addressAt, containedIn === undefined) : {};
    containedIn ??= address.containedIn;
    const sameAs = sameAsOf(importer, entry);
    const place: Place = {
      id,
      kind,
      name,
      alternateNames,
      ...(containedIn && { containedIn }),
      ...(address.countryCode && { countryCode: address.countryCode }),
      ...(address.subdivisionCode && { subdivisionCode: address.subdivisionCode }),
      ...(geo && { geo }),
      sameAs,
      ...fieldProvenance<Place["fieldProvenance"]>(inferred),
    };
    importer.collections.places.push(place);
  },
};
