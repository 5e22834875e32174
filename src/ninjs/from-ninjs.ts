// fromNinjs: an IPTC ninjs item (1.x, 2.x or 3.x) → a NewsGraph, with a warning for everything not read.
import { allocateId, type IdAllocation, idCandidates, newAllocation, slugify } from "../import/jsonld/ids";
import { describe, element, isObject, type JsonObject, member } from "../import/jsonld/json";
import { isCountryCode, isLanguageTag, isNodeId } from "../import/jsonld/syntax";
import type { Actor, OrganizationActor, PersonActor } from "../model/actor";
import type { Article, ArticleImage, Contributor, Correction, RelatedLink } from "../model/article";
import type { Event } from "../model/event";
import { endsBeforeStart, parseFuzzyDate } from "../model/fuzzy-date-syntax";
import { isHttpUrl } from "../model/http-url-syntax";
import type { NewsGraph } from "../model/news-graph";
import type { Place } from "../model/place";
import type { Provenance } from "../model/provenance";
import { articleGenres, contributorRoles, publishingPolicies } from "../model/vocabulary";
import type { NinjsWarning } from "./item";
import { byline } from "./to-ninjs";
import {
  ID_ROLE,
  IPTC_GENRES,
  ISO_COUNTRY_SCHEME,
  LICENSING_TERMS,
  REL,
  ROLE,
  TRUST_ROLE_SCHEME,
} from "./vocabulary";

/**
 * Options of {@link fromNinjs}.
 *
 * @example
 * ```ts
 * import type { FromNinjsOptions } from "newsgraph/ninjs";
 *
 * const options: FromNinjsOptions = { url: "https://example.org/news/storm", defaultLanguage: "en" };
 * ```
 */
export interface FromNinjsOptions {
  /**
   * The article's address when the item's `uri` is not an http(s) URL (a `urn:`, an agency's own id),
   * marked as inferred. Without one, such an item gives no article. Ignored, with a warning, unless it is
   * an absolute http(s) URL.
   */
  url?: string;
  /**
   * The BCP 47 language of an item that states none, marked as inferred. Without it the article gets
   * `"und"` (undetermined). Ignored, with a warning, unless it is a well-formed tag.
   */
  defaultLanguage?: string;
}

/**
 * What {@link fromNinjs} returns: the graph, which passes `safeParseNewsGraph`, and every warning.
 *
 * @example
 * ```ts
 * import { type FromNinjsResult, fromNinjs } from "newsgraph/ninjs";
 *
 * const { graph, warnings }: FromNinjsResult = fromNinjs({ uri: "https://example.org/a", headlines: [{ value: "A" }] });
 * ```
 */
export interface FromNinjsResult {
  /** The article and the nodes it names. Empty collections when nothing could be read. */
  graph: NewsGraph;
  /** Everything not read as written, in the order met. */
  warnings: NinjsWarning[];
}

// ninjs 2.x writes every property in lower case, 1.x some under other names; each is read as 3.x names it.
const ALIASES: Record<string, string> = {
  representationtype: "representationType",
  firstcreated: "firstCreated",
  versioncreated: "versionCreated",
  contentcreated: "contentCreated",
  embargoed: "embargoedUntil",
  pubstatus: "pubStatus",
  copyrightholder: "copyrightHolder",
  copyrightnotice: "copyrightNotice",
  usageterms: "usageTerms",
  ednote: "edNote",
  infosources: "infoSources",
  altids: "altIds",
  trustindicators: "trustIndicators",
  trustindicator: "trustIndicators",
  rightsinfo: "rightsInfo",
  digitalsourcetype: "digitalSourceType",
  plannedcoverage: "plannedCoverage",
  eventdetails: "eventDetails",
  contenttype: "contentType",
  contactinfo: "contactInfo",
  geojson: "geoJSON",
  sizeinbytes: "sizeInBytes",
  charcount: "charCount",
  wordcount: "wordCount",
  byline: "by",
  person: "people",
  organisation: "organisations",
  place: "places",
  subject: "subjects",
  event: "events",
};

/** An object's members by their 3.x names, each taken at most once; what is left is reported. */
interface Members {
  path: string;
  values: Map<string, { value: unknown; path: string; key: string }>;
}

interface Reader {
  warnings: NinjsWarning[];
  allocation: IdAllocation;
  entities: Map<string, Met>;
  /** Entities in the order met, for the collections. */
  order: Met[];
}

type Group = "actor" | "place" | "event";

interface Met {
  group: Group;
  node: Actor | Place | Event;
  /** The uri it was first named with, to tell when it is named again with another. */
  uri: string | undefined;
}

const warn = (reader: Reader, path: string, message: string): void => {
  reader.warnings.push({ path, message });
};

function membersOf(reader: Reader, object: JsonObject, path: string): Members {
  const values: Members["values"] = new Map();
  for (const key of Object.keys(object)) {
    const name = ALIASES[key] ?? key;
    const at = member(path, key);
    if (values.has(name)) {
      warn(reader, at, `the item also has ${name} under another spelling; this one is not read`);
      continue;
    }
    values.set(name, { value: object[key], path: at, key });
  }
  return { path, values };
}

/** Takes a member by its 3.x name. */
function take(members: Members, name: string): { value: unknown; path: string } | undefined {
  const found = members.values.get(name);
  if (found !== undefined) members.values.delete(name);
  return found;
}

/** Reports every member not taken. */
function leftovers(reader: Reader, members: Members, what: string): void {
  for (const { path, key } of members.values.values()) {
    warn(reader, path, `the model has no place for ${what} ${JSON.stringify(key)}; not read`);
  }
  members.values.clear();
}

/** A non-empty string, or a warning and undefined. */
function text(reader: Reader, found: { value: unknown; path: string } | undefined): string | undefined {
  if (found === undefined) return undefined;
  if (typeof found.value === "string" && found.value.length > 0) return found.value;
  warn(reader, found.path, `expected a non-empty string, found ${describe(found.value)}; not read`);
  return undefined;
}

/** The items of an array member, or a warning and none. A lone object is read as an array of one (1.x). */
function items(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
): { value: unknown; path: string }[] {
  if (found === undefined) return [];
  if (Array.isArray(found.value))
    return found.value.map((value, i) => ({ value, path: element(found.path, i) }));
  if (isObject(found.value)) return [{ value: found.value, path: found.path }];
  warn(reader, found.path, `expected an array, found ${describe(found.value)}; not read`);
  return [];
}

/** The objects of an array member (1.x also keys associations and renditions by name). */
function objects(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
  keyedByName = false,
): { object: JsonObject; path: string; name?: string }[] {
  if (found !== undefined && keyedByName && isObject(found.value) && !Object.hasOwn(found.value, "uri")) {
    const map = found.value;
    return Object.keys(map).flatMap((name) => {
      const value = map[name];
      const path = member(found.path, name);
      if (isObject(value)) return [{ object: value, path, name }];
      warn(reader, path, `expected an object, found ${describe(value)}; not read`);
      return [];
    });
  }
  return items(reader, found).flatMap(({ value, path }) => {
    if (isObject(value)) return [{ object: value, path }];
    warn(reader, path, `expected an object, found ${describe(value)}; not read`);
    return [];
  });
}

const inferred = (note: string): Provenance => ({ basis: "inferred", note });

/** A date the model accepts, or a warning. */
function date(reader: Reader, found: { value: unknown; path: string } | undefined): string | undefined {
  const value = text(reader, found);
  if (value === undefined || found === undefined) return undefined;
  if (parseFuzzyDate(value) !== undefined) return value;
  warn(
    reader,
    found.path,
    `expected an ISO 8601 date-time with an offset, found ${describe(value)}; not read`,
  );
  return undefined;
}

function allocate(
  reader: Reader,
  literal: string | undefined,
  uri: string | undefined,
  name: string,
  kind: string,
): string {
  const candidates: string[] = [];
  if (literal !== undefined && isNodeId(literal)) candidates.push(literal);
  const slug = slugify(name, 60);
  if (slug.length > 0 && isNodeId(slug)) candidates.push(slug);
  candidates.push(...idCandidates({ iri: uri, kind }, false).candidates);
  return allocateId(candidates, reader.allocation);
}

interface EntityRead {
  met: Met;
  rel: string | undefined;
  relPath: string;
}

/** Reads one person, organisation, place or event; the same one met again (by literal, uri or name) is merged. */
function entity(
  reader: Reader,
  { object, path }: { object: JsonObject; path: string },
  group: Group,
  kind: "person" | "organization" | "place" | "event",
  what: string,
): EntityRead | undefined {
  const members = membersOf(reader, object, path);
  let name = text(reader, take(members, "name"));
  const literalFound = take(members, "literal");
  const literal = text(reader, literalFound);
  const uriFound = take(members, "uri");
  const uri = text(reader, uriFound);
  const idFound = group === "event" ? take(members, "id") : undefined;
  const eventId = text(reader, idFound);
  const relFound = take(members, "rel");
  const rel = text(reader, relFound);
  const geo = group === "place" ? take(members, "geoJSON") : undefined;
  leftovers(reader, members, `a ${what}'s`);
  if (name === undefined) {
    name = literal;
    if (name === undefined) {
      warn(reader, path, `the ${what} has no name (nor literal), which the model requires; not read`);
      return undefined;
    }
  }
  const ownId = eventId ?? literal;
  const key = `${group}:${ownId !== undefined ? `id:${ownId}` : uri !== undefined ? `uri:${uri}` : `name:${name}`}`;
  const relPath = relFound?.path ?? member(path, "rel");
  const known = reader.entities.get(key);
  if (known !== undefined) {
    if (known.node.name !== name || known.uri !== uri) {
      warn(
        reader,
        path,
        `names ${JSON.stringify(known.node.id)} again with another name or uri; the first (${describe(known.node.name)}${known.uri === undefined ? "" : `, ${describe(known.uri)}`}) is kept`,
      );
    }
    return { met: known, rel, relPath };
  }
  const id = allocate(reader, ownId, uri, name, kind === "organization" ? "organisation" : kind);
  let node: Actor | Place | Event;
  if (group === "actor") node = actorNode(reader, id, name, kind === "person", uri, uriFound?.path ?? "");
  else if (group === "event") {
    if (uri !== undefined)
      warn(reader, uriFound?.path ?? path, "the model has no place for an event's uri; not read");
    node = {
      id,
      name,
      kind: "other",
      participants: [],
      quantities: [],
      fieldProvenance: { kind: inferred('ninjs does not say what kind of event it is; "other" is assumed') },
    } satisfies Event;
  } else node = placeNode(reader, id, name, uri, uriFound?.path ?? "", geo);
  const met: Met = { group, node, uri };
  reader.entities.set(key, met);
  reader.order.push(met);
  return { met, rel, relPath };
}

function sameAsOf(reader: Reader, uri: string | undefined, path: string): string[] {
  if (uri === undefined) return [];
  if (isHttpUrl(uri)) return [uri];
  warn(reader, path, `the model keeps http(s) identifiers only, found ${describe(uri)}; not read`);
  return [];
}

function actorNode(
  reader: Reader,
  id: string,
  name: string,
  person: boolean,
  uri: string | undefined,
  uriPath: string,
): Actor {
  const common = { id, name, alternateNames: [], sameAs: sameAsOf(reader, uri, uriPath), memberOf: [] };
  if (person) {
    return {
      ...common,
      kind: "person",
      roles: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
    } satisfies PersonActor;
  }
  return {
    ...common,
    kind: "organization",
    roles: [],
    languages: [],
    fieldProvenance: {
      kind: inferred('ninjs does not say what kind of organisation it is; "organization" is assumed'),
    },
  } satisfies OrganizationActor;
}

function placeNode(
  reader: Reader,
  id: string,
  name: string,
  uri: string | undefined,
  uriPath: string,
  geo: { value: unknown; path: string } | undefined,
): Place {
  const place: Place = { id, name, kind: "area", alternateNames: [], sameAs: [] };
  const code = uri?.toLowerCase().startsWith(ISO_COUNTRY_SCHEME)
    ? uri.slice(ISO_COUNTRY_SCHEME.length).toUpperCase()
    : undefined;
  if (code !== undefined && isCountryCode(code)) {
    place.kind = "country";
    place.countryCode = code;
  } else {
    place.sameAs = sameAsOf(reader, uri, uriPath);
    place.fieldProvenance = {
      kind: inferred('ninjs does not say what kind of place it is; "area" is assumed'),
    };
  }
  if (geo !== undefined) {
    const point = geo.value;
    const coordinates = isObject(point) && point.type === "Point" ? point.coordinates : undefined;
    const [longitude, latitude] = Array.isArray(coordinates) ? coordinates : [];
    if (
      typeof longitude === "number" &&
      typeof latitude === "number" &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180 &&
      isObject(point) &&
      Object.keys(point).every((key) => key === "type" || key === "coordinates") &&
      Array.isArray(coordinates) &&
      coordinates.length === 2
    ) {
      place.geo = { latitude, longitude };
    } else {
      warn(
        reader,
        geo.path,
        "the model takes a GeoJSON Point with a longitude and a latitude in range only; not read",
      );
    }
  }
  return place;
}

/** Where an entity's rel puts it on the article. */
interface Links {
  authors: string[];
  contributors: Contributor[];
  publisher?: string;
  dateline?: string;
  about: string[];
  mentions: string[];
  /** Set when a node without a rel was taken as mentioned. */
  mentionsInferred: boolean;
  /** What each list holds already, by list and id, so that an item naming many nodes is read in linear time. */
  held: Set<string>;
}

function addOnce(links: Links, list: "authors" | "about" | "mentions", id: string): void {
  const key = `${list} ${id}`;
  if (links.held.has(key)) return;
  links.held.add(key);
  links[list].push(id);
}

const CONTRIBUTOR_ROLES: ReadonlySet<string> = new Set(contributorRoles);

function link(reader: Reader, links: Links, read: EntityRead): void {
  const { met, rel, relPath } = read;
  const id = met.node.id;
  if (met.group === "actor") {
    if (rel === REL.author) {
      addOnce(links, "authors", id);
      return;
    }
    if (rel === REL.publisher) {
      if (links.publisher === undefined || links.publisher === id) {
        links.publisher = id;
        return;
      }
      warn(
        reader,
        relPath,
        "the item names a second publisher; the model has one, so it is taken as mentioned",
      );
      addOnce(links, "mentions", id);
      return;
    }
    if (rel === REL.contributor || (rel !== undefined && CONTRIBUTOR_ROLES.has(rel))) {
      const contributor: Contributor =
        rel === REL.contributor
          ? { actor: id }
          : { actor: id, role: rel as NonNullable<Contributor["role"]> };
      const key = `contributors ${id} ${contributor.role ?? ""}`;
      if (!links.held.has(key)) {
        links.held.add(key);
        links.contributors.push(contributor);
      }
      return;
    }
  }
  if (met.group === "place" && rel === REL.located) {
    if (links.dateline === undefined || links.dateline === id) {
      links.dateline = id;
      return;
    }
    warn(
      reader,
      relPath,
      "the item names a second place it is filed from; the model has one, so it is taken as mentioned",
    );
    addOnce(links, "mentions", id);
    return;
  }
  if (rel === REL.about) {
    addOnce(links, "about", id);
    return;
  }
  if (rel === REL.mentions || rel === "mentioned") {
    addOnce(links, "mentions", id);
    return;
  }
  if (rel === undefined) links.mentionsInferred = true;
  else warn(reader, relPath, `the model has no counterpart for the rel ${describe(rel)}; taken as mentioned`);
  addOnce(links, "mentions", id);
}

const ENTITY_ARRAYS = [
  ["people", "actor", "person", "person"],
  ["organisations", "actor", "organization", "organisation"],
  ["places", "place", "place", "place"],
  ["events", "event", "event", "event"],
] as const;

function genre(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
): { genre: Article["genre"]; note?: string } {
  const known: ReadonlySet<string> = new Set(articleGenres);
  let chosen: Article["genre"] | undefined;
  for (const { object, path } of objects(reader, found)) {
    const members = membersOf(reader, object, path);
    const literal = text(reader, take(members, "literal"));
    const uri = text(reader, take(members, "uri"));
    const name = text(reader, take(members, "name"));
    leftovers(reader, members, "a genre's");
    const byUri = Object.entries(IPTC_GENRES).find(([, code]) => code?.uri === uri)?.[0];
    const match = [literal, byUri, name?.toLowerCase()].find(
      (value) => value !== undefined && known.has(value),
    );
    if (match !== undefined && chosen === undefined) chosen = match as Article["genre"];
    else
      warn(
        reader,
        path,
        match === undefined
          ? "the model has no genre of this name or code; not read"
          : "the model keeps one genre; this one is not read",
      );
  }
  if (chosen !== undefined) return { genre: chosen };
  return { genre: "news", note: 'the item states no genre the model has; "news" is assumed' };
}

interface Texts {
  headline?: string;
  alternativeHeadline?: string;
  description?: string;
  backstory?: string;
  corrections: string[];
  text?: string;
}

const PLAIN = (contentType: string | undefined): boolean =>
  contentType === undefined || contentType === "text/plain";

/** The plain-text entries of a headlines or descriptions array, with their roles; markup is reported. */
function plainTexts(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
  what: string,
): { role: string | undefined; value: string; path: string }[] {
  return objects(reader, found).flatMap(({ object, path }) => {
    const members = membersOf(reader, object, path);
    const role = text(reader, take(members, "role"));
    const contentType = text(reader, take(members, "contentType"));
    const value = text(reader, take(members, "value"));
    leftovers(reader, members, `a ${what}'s`);
    if (value === undefined) return [];
    if (PLAIN(contentType)) return [{ role, value, path }];
    warn(
      reader,
      path,
      `the model keeps plain text, found a ${what} of type ${describe(contentType)}; not read`,
    );
    return [];
  });
}

function readTexts(reader: Reader, top: Members, texts: Texts): void {
  for (const { role, value, path } of plainTexts(reader, take(top, "headlines"), "headline")) {
    if (texts.headline === undefined && (role === undefined || role === ROLE.main)) texts.headline = value;
    else if (texts.alternativeHeadline === undefined && role !== ROLE.main) texts.alternativeHeadline = value;
    else if (texts.headline === undefined) texts.headline = value;
    else warn(reader, path, "the model keeps a headline and one alternative; this one is not read");
  }
  for (const { role, value, path } of plainTexts(reader, take(top, "descriptions"), "description")) {
    if (role === ROLE.correction) texts.corrections.push(value);
    else if (role === ROLE.backstory && texts.backstory === undefined) texts.backstory = value;
    else if (texts.description === undefined && role !== ROLE.backstory) texts.description = value;
    else warn(reader, path, "the model keeps one description; this one is not read");
  }
  for (const { object, path } of objects(reader, take(top, "bodies"))) {
    const members = membersOf(reader, object, path);
    take(members, "role");
    take(members, "charCount");
    take(members, "wordCount");
    const contentType = text(reader, take(members, "contentType"));
    const valueFound = take(members, "value");
    leftovers(reader, members, "a body's");
    if (typeof valueFound?.value !== "string") {
      warn(
        reader,
        valueFound?.path ?? path,
        `expected the body as a string, found ${describe(valueFound?.value)}; not read`,
      );
    } else if (!PLAIN(contentType)) {
      warn(
        reader,
        path,
        `the model keeps the plain text, which evidence offsets count in; a body of type ${describe(contentType)} is not read`,
      );
    } else if (texts.text === undefined) texts.text = valueFound.value;
    else warn(reader, path, "the model keeps one plain-text body; this one is not read");
  }
  // ninjs 1.x: a headline, a description and a body as single properties, read when the arrays give none.
  const single = (name: string, field: "headline" | "description" | "text"): void => {
    const found = take(top, name);
    const value = field === "text" && typeof found?.value === "string" ? found.value : text(reader, found);
    if (found === undefined || value === undefined) return;
    if (texts[field] === undefined) texts[field] = value;
    else
      warn(reader, found.path, `the item has its ${field} in another property already; this one is not read`);
  };
  single("headline", "headline");
  single("description_text", "description");
  single("body_text", "text");
  for (const name of ["body_html", "body_xhtml", "description_html"]) {
    const markup = take(top, name);
    if (markup !== undefined)
      warn(
        reader,
        markup.path,
        "the model keeps plain text, which evidence offsets count in; markup is not read",
      );
  }
}

function readImage(
  reader: Reader,
  object: JsonObject,
  path: string,
  fallbackName: string | undefined,
): ArticleImage | undefined {
  const members = membersOf(reader, object, path);
  take(members, "name");
  take(members, "type");
  take(members, "rel");
  const uri = text(reader, take(members, "uri"));
  const caption = objects(reader, take(members, "descriptions"))
    .map(({ object: description }) => description.value)
    .find((value): value is string => typeof value === "string" && value.length > 0);
  const credit = text(reader, take(members, "by"));
  const copyrightNotice = text(reader, take(members, "copyrightNotice"));
  const termsFound = take(members, "usageTerms");
  const terms = text(reader, termsFound);
  const licensing = terms?.startsWith(LICENSING_TERMS) ? terms.slice(LICENSING_TERMS.length) : undefined;
  const acquireLicensePage = licensing !== undefined && isHttpUrl(licensing) ? licensing : undefined;
  if (terms !== undefined && acquireLicensePage === undefined) {
    warn(
      reader,
      termsFound?.path ?? path,
      `the model keeps an image's usage terms only as the page where a licence can be obtained ("${LICENSING_TERMS}https://…"); not read`,
    );
  }
  const rights = take(members, "rightsInfo");
  const license =
    isObject(rights?.value) &&
    typeof rights.value.linkedRights === "string" &&
    isHttpUrl(rights.value.linkedRights)
      ? rights.value.linkedRights
      : undefined;
  if (rights !== undefined && license === undefined)
    warn(reader, rights.path, "the model keeps a licence as an http(s) link (linkedRights) only; not read");
  let creator: string | undefined;
  for (const [name, kind] of [
    ["people", "person"],
    ["organisations", "organization"],
  ] as const) {
    for (const found of objects(reader, take(members, name))) {
      const read = entity(reader, found, "actor", kind, kind === "person" ? "person" : "organisation");
      if (read === undefined) continue;
      if (read.rel === REL.creator && creator === undefined) creator = read.met.node.id;
      else
        warn(
          reader,
          found.path,
          "the model keeps one creator of an image; this one is not read as its creator",
        );
    }
  }
  const renditions = objects(reader, take(members, "renditions"), true);
  leftovers(reader, members, "an image's");
  const files = renditions.flatMap(({ object: rendition, name, path: renditionPath }) => {
    const href = rendition.href;
    if (typeof href !== "string" || !isHttpUrl(href)) {
      warn(
        reader,
        renditionPath,
        `expected a rendition with an http(s) href, found ${describe(href)}; not read`,
      );
      return [];
    }
    const size = (value: unknown): number | undefined =>
      typeof value === "number" && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
    return [
      {
        name: rendition.name ?? name,
        url: href,
        width: size(rendition.width),
        height: size(rendition.height),
      },
    ];
  });
  const file =
    files.find((candidate) => candidate.name === "original") ??
    [...files].sort((a, b) => (b.width ?? 0) * (b.height ?? 0) - (a.width ?? 0) * (a.height ?? 0))[0] ??
    (uri !== undefined && isHttpUrl(uri) ? { url: uri, width: undefined, height: undefined } : undefined);
  if (file === undefined) {
    warn(
      reader,
      path,
      `the picture ${fallbackName === undefined ? "" : `${fallbackName} `}has no rendition with an http(s) href, nor an http(s) uri; not read`,
    );
    return undefined;
  }
  const details = renditions.some(({ object: rendition }) =>
    Object.keys(rendition).some((key) => !["name", "href", "width", "height"].includes(key)),
  );
  if (files.length > 1 || details) {
    warn(
      reader,
      member(path, "renditions"),
      "the model keeps one file of an image (its href, width and height), the original or the largest; other renditions and the files' other details are not read",
    );
  }
  const image: ArticleImage = { url: file.url };
  if (file.width !== undefined) image.width = file.width;
  if (file.height !== undefined) image.height = file.height;
  if (caption !== undefined) image.caption = caption;
  if (credit !== undefined) image.credit = credit;
  if (copyrightNotice !== undefined) image.copyrightNotice = copyrightNotice;
  if (license !== undefined) image.license = license;
  if (acquireLicensePage !== undefined) image.acquireLicensePage = acquireLicensePage;
  if (creator !== undefined) image.creator = creator;
  return image;
}

function readRelated(
  reader: Reader,
  object: JsonObject,
  path: string,
  name: string | undefined,
): RelatedLink | undefined {
  const headline = objects(reader, { value: object.headlines, path: member(path, "headlines") })
    .map(({ object: line }) => line.value)
    .find((value): value is string => typeof value === "string" && value.length > 0);
  const title = headline ?? (typeof object.name === "string" && object.name.length > 0 ? object.name : name);
  if (title === undefined) {
    warn(
      reader,
      path,
      "the associated item has no headline nor name, which a related link requires; not read",
    );
    return undefined;
  }
  const link: RelatedLink = { title };
  if (typeof object.uri === "string" && isHttpUrl(object.uri)) link.url = object.uri;
  const created = object.firstCreated ?? object.firstcreated;
  if (typeof created === "string" && parseFuzzyDate(created) !== undefined) link.datePublished = created;
  const read = new Set(["headlines", "name", "uri", "firstCreated", "firstcreated", "type", "rel"]);
  const rest = Object.keys(object).filter((key) => !read.has(key));
  if (rest.length > 0)
    warn(
      reader,
      path,
      `a related item is kept as a link (title, url, date); its ${rest.join(", ")} ${rest.length === 1 ? "is" : "are"} not read`,
    );
  return link;
}

function readAssociations(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
  images: ArticleImage[],
  related: RelatedLink[],
): void {
  for (const { object, path, name } of objects(reader, found, true)) {
    const type = object.type;
    const hasRenditions = object.renditions !== undefined;
    if (type === "picture" || type === "graphic" || (type === undefined && hasRenditions)) {
      const image = readImage(reader, object, path, name);
      if (image !== undefined) images.push(image);
    } else if (type === "text" || type === "composite") {
      const link = readRelated(reader, object, path, name);
      if (link !== undefined) related.push(link);
    } else
      warn(
        reader,
        path,
        `the model keeps associated pictures and texts, found ${type === undefined ? "an item of no type" : `one of type ${describe(type)}`}; not read`,
      );
  }
}

const POLICIES: ReadonlySet<string> = new Set(publishingPolicies);

function readTrustIndicators(
  reader: Reader,
  found: { value: unknown; path: string } | undefined,
): [string, string][] {
  const policies: [string, string][] = [];
  for (const { object, path } of objects(reader, found)) {
    const role = typeof object.role === "string" ? object.role : undefined;
    const name = role?.startsWith(TRUST_ROLE_SCHEME) ? role.slice(TRUST_ROLE_SCHEME.length) : undefined;
    const href = object.href;
    if (name !== undefined && POLICIES.has(name) && typeof href === "string" && isHttpUrl(href)) {
      if (policies.some(([known]) => known === name))
        warn(reader, path, `the model keeps one ${name} link; this one is not read`);
      else policies.push([name, href]);
    } else {
      warn(
        reader,
        path,
        `the model keeps the publisher's policies by their schema.org name (${TRUST_ROLE_SCHEME}correctionsPolicy) with an http(s) href; not read`,
      );
    }
  }
  return policies;
}

/** The article's id, from the altId newsgraph wrote, or from its uri. */
function articleId(
  reader: Reader,
  top: Members,
  uri: string | undefined,
  headline: string | undefined,
): string {
  let own: string | undefined;
  for (const { object, path } of objects(reader, take(top, "altIds"))) {
    if (
      object.role === ID_ROLE &&
      typeof object.value === "string" &&
      isNodeId(object.value) &&
      own === undefined
    )
      own = object.value;
    else warn(reader, path, "the model has no place for an alternative id; not read");
  }
  const candidates = [
    ...(own !== undefined ? [own] : []),
    ...idCandidates({ iri: uri, name: headline, kind: "article" }, true).candidates,
  ];
  return allocateId(candidates, reader.allocation);
}

// Properties that describe the ninjs object itself, not the news: read without a warning.
const FORMAT_ONLY = ["standard", "$schema"];

/**
 * Reads an IPTC ninjs news item (version 1.x, 2.x or 3.x: `headlines[]` or `headline`, `versionCreated` or
 * `versioncreated`…) into a newsgraph document: an article with its headlines, summary, plain-text body,
 * dates, language, genre, authors, contributors and publisher, the people, organisations, places and events
 * it names (each a node), its keywords, images and related items. The properties the model has no place for
 * (urgency, embargo, renditions of a text, markup bodies, contact details…) are reported, each with its
 * JSONPath, as are values of an unexpected shape.
 *
 * It never throws and never changes its input. The graph always passes `safeParseNewsGraph`. Node ids are
 * derived deterministically: the `literal` (or an event's `id`) that {@link toNinjs} writes when it is a
 * valid id, otherwise the name or the uri. A value the model requires that the item does not state (a
 * genre, a language, a kind of organisation or place) is filled in and marked as inferred in
 * `fieldProvenance`. An item without an http(s) `uri` (and no `url` option) or a headline gives no article;
 * the nodes it names are still read. An item without a date gives an article without one, with a warning.
 *
 * @param input - The item, as `JSON.parse` returns it.
 * @param options - The article's address and language when the item does not give them.
 * @returns The graph and the warnings.
 *
 * @example
 * ```ts
 * import { fromNinjs } from "newsgraph/ninjs";
 *
 * const { graph, warnings } = fromNinjs({
 *   uri: "https://example.org/news/harbour",
 *   type: "text",
 *   firstCreated: "2025-03-14T07:30:00Z",
 *   language: "en",
 *   headlines: [{ role: "main", value: "Harbour reopens after the storm" }],
 *   people: [{ name: "Ana Ruiz", rel: "author" }],
 *   urgency: 3,
 * });
 * graph.articles[0]?.authors; // ["ana-ruiz"]
 * warnings; // [{ path: "$.urgency", message: "the model has no place for the item's \"urgency\"; not read" }]
 * ```
 */
export function fromNinjs(input: unknown, options: FromNinjsOptions = {}): FromNinjsResult {
  const reader: Reader = { warnings: [], allocation: newAllocation(), entities: new Map(), order: [] };
  const graph: NewsGraph = { format: 1, articles: [], actors: [], claims: [], events: [], places: [] };
  const optionUrl = options.url;
  if (optionUrl !== undefined && !(typeof optionUrl === "string" && isHttpUrl(optionUrl))) {
    warn(reader, "options.url", `expected an absolute http(s) URL, found ${describe(optionUrl)}; ignored`);
  }
  const defaultLanguage = options.defaultLanguage;
  if (
    defaultLanguage !== undefined &&
    !(typeof defaultLanguage === "string" && isLanguageTag(defaultLanguage))
  ) {
    warn(
      reader,
      "options.defaultLanguage",
      `expected a BCP 47 language tag, found ${describe(defaultLanguage)}; ignored`,
    );
  }
  if (!isObject(input)) {
    warn(reader, "$", `expected a ninjs item (a JSON object), found ${describe(input)}; nothing read`);
    return { graph, warnings: reader.warnings };
  }
  const top = membersOf(reader, input, "$");
  for (const name of FORMAT_ONLY) take(top, name);
  const typeFound = take(top, "type");
  if (typeFound !== undefined && typeFound.value !== "text" && typeFound.value !== "composite") {
    warn(
      reader,
      typeFound.path,
      `the item is of type ${describe(typeFound.value)}; it is read as an article all the same`,
    );
  }
  const uriFound = take(top, "uri");
  const uri = text(reader, uriFound);
  const inferredFields: Record<string, Provenance> = {};
  let url = uri !== undefined && isHttpUrl(uri) ? uri : undefined;
  if (url === undefined && typeof optionUrl === "string" && isHttpUrl(optionUrl)) {
    url = optionUrl;
    inferredFields.url = inferred("the item's uri is not an http(s) URL; the url option is taken");
  }
  const texts: Texts = { corrections: [] };
  readTexts(reader, top, texts);
  const title = text(reader, take(top, "title"));
  if (texts.headline === undefined && title !== undefined) {
    texts.headline = title;
    inferredFields.headline = inferred("the item has no headline; its title is taken");
  }
  const firstCreatedFound = take(top, "firstCreated");
  const versionCreatedFound = take(top, "versionCreated");
  const firstCreated = date(reader, firstCreatedFound);
  let versionCreated = date(reader, versionCreatedFound);
  let datePublished = firstCreated;
  if (datePublished === undefined && versionCreated !== undefined) {
    const point = parseFuzzyDate(versionCreated);
    if (point !== undefined && !point.isInterval) {
      datePublished = `../${versionCreated}`;
      inferredFields.datePublished = inferred(
        "the item states no firstCreated; it was published no later than its versionCreated",
      );
    }
  }
  if (firstCreated !== undefined && versionCreated !== undefined) {
    if (endsBeforeStart(firstCreated, versionCreated)) {
      warn(
        reader,
        versionCreatedFound?.path ?? "$",
        "the versionCreated is before the firstCreated; not read",
      );
      versionCreated = undefined;
    }
  }
  const languageFound = take(top, "language");
  let language = text(reader, languageFound);
  if (language !== undefined && !isLanguageTag(language)) {
    warn(
      reader,
      languageFound?.path ?? "$",
      `expected a BCP 47 language tag, found ${describe(language)}; not read`,
    );
    language = undefined;
  }
  if (language === undefined) {
    const usable = typeof defaultLanguage === "string" && isLanguageTag(defaultLanguage);
    language = usable ? defaultLanguage : "und";
    inferredFields.language = inferred(
      usable
        ? "the item states no language; the defaultLanguage option is taken"
        : 'the item states no language; "und" (undetermined) is given',
    );
  }
  const genreRead = genre(reader, take(top, "genres"));
  if (genreRead.note !== undefined) inferredFields.genre = inferred(genreRead.note);

  const links: Links = {
    authors: [],
    contributors: [],
    about: [],
    mentions: [],
    mentionsInferred: false,
    held: new Set(),
  };
  const id = articleId(reader, top, uri, texts.headline);
  for (const [name, group, kind, what] of ENTITY_ARRAYS) {
    for (const found of objects(reader, take(top, name))) {
      const read = entity(reader, found, group, kind, what);
      if (read !== undefined) link(reader, links, read);
    }
  }
  for (const found of objects(reader, take(top, "infoSources"))) {
    const role = found.object.role;
    const { role: _role, ...rest } = found.object;
    const read = entity(reader, { object: rest, path: found.path }, "actor", "organization", "infoSource");
    if (read === undefined) continue;
    if (role === REL.publisher) link(reader, links, { ...read, rel: REL.publisher });
    else
      warn(
        reader,
        found.path,
        `the model keeps the publisher among an item's sources, found the role ${describe(role)}; not read`,
      );
  }
  const located = text(reader, take(top, "located"));
  if (located !== undefined && links.dateline === undefined) {
    const read = entity(reader, { object: { name: located }, path: "$.located" }, "place", "place", "place");
    if (read !== undefined) links.dateline = read.met.node.id;
  }
  const byFound = take(top, "by");
  const by = text(reader, byFound);
  let byAuthor: string | undefined;
  if (by !== undefined && links.authors.length > 0) {
    // A byline that says what toNinjs writes for the authors is theirs; any other is reported.
    const nameOf = new Map(reader.order.map((met) => [met.node.id, met.node.name]));
    const authorNames = links.authors.flatMap((author) => nameOf.get(author) ?? []);
    if (by !== byline(authorNames)) {
      warn(
        reader,
        byFound?.path ?? "$.by",
        "the model keeps the authors the item names, not the byline's own words; not read",
      );
    }
  } else if (by !== undefined) {
    const read = entity(reader, { object: { name: by }, path: "$.by" }, "actor", "person", "author");
    if (read !== undefined) {
      byAuthor = read.met.node.id;
      addOnce(links, "authors", byAuthor);
      read.met.node.provenance = inferred(
        "read from the item's byline (by), which may name several people or an agency",
      );
    }
  }
  const keywords: string[] = [];
  for (const { object, path } of objects(reader, take(top, "subjects"))) {
    const members = membersOf(reader, object, path);
    const name = text(reader, take(members, "name")) ?? text(reader, take(members, "literal"));
    const rel = take(members, "rel");
    if (rel !== undefined && rel.value !== REL.keyword) members.values.set("rel", { ...rel, key: "rel" });
    leftovers(reader, members, "a subject's");
    if (name === undefined)
      warn(reader, path, "the subject has no name nor literal to keep as a keyword; not read");
    else keywords.push(name);
  }
  const images: ArticleImage[] = [];
  const related: RelatedLink[] = [];
  readAssociations(reader, take(top, "associations"), images, related);
  const policies = readTrustIndicators(reader, take(top, "trustIndicators"));
  if (policies.length > 0) {
    const publisher = reader.order.find((met) => met.group === "actor" && met.node.id === links.publisher)
      ?.node as Actor | undefined;
    // The reader makes every organisation of kind "organization"; a person publishes no policies.
    if (publisher?.kind === "organization") {
      publisher.kind = "media";
      publisher.policies = Object.fromEntries(policies);
      publisher.fieldProvenance = {
        kind: inferred(
          'the publisher of a news item with trust indicators is taken as a news organisation ("media")',
        ),
      };
    } else
      warn(
        reader,
        "$.trustIndicators",
        "the model keeps trust indicators as the policies of the publisher, and the item names no organisation as its publisher; not read",
      );
  }
  // The version newsgraph writes counts the corrections; any other is reported.
  const version = take(top, "version");
  if (version !== undefined && version.value !== String(1 + texts.corrections.length)) {
    warn(
      reader,
      version.path,
      `the model has no place for an item's version (${describe(version.value)}) beyond the corrections it counts; not read`,
    );
  }
  leftovers(reader, top, "the item's");

  const missing =
    url === undefined
      ? "http(s) uri (nor a url option)"
      : texts.headline === undefined
        ? "headline"
        : undefined;
  if (missing !== undefined || url === undefined || texts.headline === undefined) {
    warn(
      reader,
      "$",
      `the item gives no article: it has no ${missing}, which the model requires; the nodes it names are read`,
    );
  } else {
    const corrections: Correction[] = [];
    const correctionDate = versionCreated ?? firstCreated;
    if (datePublished === undefined)
      warn(
        reader,
        "$",
        "the item states no firstCreated nor versionCreated: the article is read without a date",
      );
    if (texts.corrections.length > 0) {
      if (correctionDate === undefined) {
        warn(
          reader,
          "$.descriptions",
          "ninjs gives no date for a correction, and the item states no versionCreated nor firstCreated: the corrections are read without a date",
        );
        for (const correction of texts.corrections) corrections.push({ text: correction });
      } else {
        for (const correction of texts.corrections)
          corrections.push({ date: correctionDate, text: correction });
        inferredFields.corrections = inferred(
          "ninjs gives no date for a correction; the item's versionCreated (or firstCreated) is taken",
        );
      }
    }
    if (links.mentionsInferred)
      inferredFields.mentions = inferred("nodes the item names without a rel are taken as mentioned");
    if (byAuthor !== undefined)
      inferredFields.authors = inferred("the item names no author but has a byline, read as one author");
    const article: Article = {
      id,
      url,
      headline: texts.headline,
      genre: genreRead.genre,
      language,
      authors: links.authors,
      contributors: links.contributors,
      breadcrumb: [],
      keywords,
      images,
      about: links.about,
      mentions: links.mentions,
      related,
      citations: [],
      corrections,
      paywalledParts: [],
      updates: [],
    };
    if (texts.alternativeHeadline !== undefined) article.alternativeHeadline = texts.alternativeHeadline;
    if (texts.description !== undefined) article.description = texts.description;
    if (datePublished !== undefined) article.datePublished = datePublished;
    if (versionCreated !== undefined) article.dateModified = versionCreated;
    if (links.publisher !== undefined) article.publisher = links.publisher;
    if (texts.text !== undefined) article.text = texts.text;
    if (links.dateline !== undefined) article.dateline = links.dateline;
    if (texts.backstory !== undefined) article.backstory = texts.backstory;
    if (Object.keys(inferredFields).length > 0) article.fieldProvenance = inferredFields;
    graph.articles.push(article);
  }
  for (const met of reader.order) {
    if (met.group === "actor") graph.actors.push(met.node as Actor);
    else if (met.group === "place") graph.places.push(met.node as Place);
    else graph.events.push(met.node as Event);
  }
  return { graph, warnings: reader.warnings };
}
