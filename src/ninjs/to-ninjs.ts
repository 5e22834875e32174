// toNinjs: one article of a graph as an IPTC ninjs 3.1 item, with a warning for what ninjs cannot hold.
import { cachedNodeIndex } from "../graph/index-cache";
import type { IndexedNode } from "../graph/node-index";
import type { Actor } from "../model/actor";
import type { Article, ArticleImage } from "../model/article";
import type { Event } from "../model/event";
import { parseFuzzyDate } from "../model/fuzzy-date-syntax";
import type { NewsGraph } from "../model/news-graph";
import type { Place } from "../model/place";
import type {
  NinjsAssociation,
  NinjsEntity,
  NinjsEvent,
  NinjsItem,
  NinjsPlace,
  NinjsText,
  NinjsTrustIndicator,
  NinjsWarning,
} from "./item";
import { asciiUri } from "./uri";
import {
  ID_ROLE,
  IPTC_GENRES,
  ISO_COUNTRY_SCHEME,
  LICENSING_TERMS,
  NINJS_STANDARD,
  REL,
  ROLE,
  TRUST_ROLE_SCHEME,
} from "./vocabulary";

/**
 * What {@link toNinjs} returns: the item, and a warning for each thing of the article that the item does
 * not carry as the graph has it.
 *
 * @example
 * ```ts
 * import { exampleHerald } from "newsgraph/examples";
 * import { type ToNinjsResult, toNinjs } from "newsgraph/ninjs";
 *
 * const { item, warnings }: ToNinjsResult = toNinjs(exampleHerald, "harbour-bridge-reopens");
 * ```
 */
export interface ToNinjsResult {
  /** The ninjs 3.1 item. */
  item: NinjsItem;
  /** What was left out or changed, in the order met. */
  warnings: NinjsWarning[];
}

// The fields each kind of node writes; any other field that has a value is reported as not written.
// A node's kind is written only as far as ninjs tells kinds apart (a person from an organisation, a country by
// its ISO code): each writer reports a kind the reader cannot tell back itself.
const WRITTEN_ACTOR_FIELDS = new Set(["id", "kind", "name", "sameAs"]);
const WRITTEN_PLACE_FIELDS = new Set(["id", "kind", "name", "sameAs", "geo", "countryCode"]);
const WRITTEN_EVENT_FIELDS = new Set(["id", "kind", "name"]);
const WRITTEN_ARTICLE_FIELDS = new Set([
  "id",
  "url",
  "headline",
  "alternativeHeadline",
  "description",
  "genre",
  "language",
  "datePublished",
  "dateModified",
  "authors",
  "contributors",
  "publisher",
  "keywords",
  "images",
  "text",
  "dateline",
  "about",
  "mentions",
  "backstory",
  "corrections",
]);

/** The fields of a node that hold something and are not among those written. */
function unwritten(node: object, written: ReadonlySet<string>): string[] {
  return Object.entries(node)
    .filter(([field, value]) => !written.has(field) && value !== undefined)
    .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

// Called with one field or more: "its A", "its A and B", "its A, B and C".
const fieldList = (fields: readonly string[]): string => `its ${byline(fields)}`;

/** A date-time known to the second (or the minute, written with :00 seconds), or undefined. */
function dateTime(value: string): string | undefined {
  const parsed = parseFuzzyDate(value);
  if (parsed === undefined || parsed.isInterval || parsed.start === "open") return undefined;
  if (parsed.start.precision === "second") return value;
  // A date-time always has its date and hh:mm in its first 16 characters.
  if (parsed.start.precision === "minute") return `${value.slice(0, 16)}:00${value.slice(16)}`;
  return undefined;
}

/** A byline from names: "A", "A and B", "A, B and C". @internal */
export function byline(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

interface Writer {
  index: Map<string, IndexedNode>;
  warnings: NinjsWarning[];
  /** The warnings given, as path and message, so that none is given twice. */
  said: Set<string>;
  /** Nodes already reported for their unwritten fields. */
  reported: Set<string>;
  people: NinjsEntity[];
  organisations: NinjsEntity[];
  places: NinjsPlace[];
  events: NinjsEvent[];
}

/** Adds a warning, once: a node named with several rels is reported once. */
const warn = (writer: Writer, path: string, message: string): void => {
  const key = `${path}\n${message}`;
  if (writer.said.has(key)) return;
  writer.said.add(key);
  writer.warnings.push({ path, message });
};

/** A URL as ninjs takes it: an RFC 3986 URI, in ASCII; a change is reported. */
function uriOf(writer: Writer, value: string, path: string): string {
  const uri = asciiUri(value);
  if (uri !== value)
    warn(
      writer,
      path,
      `ninjs takes URIs in ASCII: ${JSON.stringify(value)} is written as ${JSON.stringify(uri)}`,
    );
  return uri;
}

const nodePath = (found: IndexedNode): string =>
  `${found.kind === "actor" ? "actors" : `${found.kind}s`}[${found.index}]`;

/** Reports once per node the fields it has that ninjs has no place for. */
function reportUnwritten(
  writer: Writer,
  found: IndexedNode,
  written: ReadonlySet<string>,
  extra: string[] = [],
): void {
  if (writer.reported.has(found.node.id)) return;
  writer.reported.add(found.node.id);
  const fields = [...extra, ...unwritten(found.node, written)];
  if (fields.length > 0) {
    warn(
      writer,
      nodePath(found),
      `ninjs has no place for ${fieldList(fields)} of ${JSON.stringify(found.node.id)}; not written`,
    );
  }
}

function actorEntity(writer: Writer, found: IndexedNode & { kind: "actor" }, rel: string): NinjsEntity {
  const actor: Actor = found.node;
  const entity: NinjsEntity = { name: actor.name, rel, literal: actor.id };
  const [uri, ...more] = actor.sameAs;
  if (uri !== undefined) entity.uri = uriOf(writer, uri, `${nodePath(found)}.sameAs[0]`);
  const extra = actor.kind === "person" || actor.kind === "organization" ? [] : [`kind (${actor.kind})`];
  if (more.length > 0) extra.push("sameAs but the first");
  reportUnwritten(writer, found, WRITTEN_ACTOR_FIELDS, extra);
  return entity;
}

function placeEntity(writer: Writer, found: IndexedNode & { kind: "place" }, rel: string): NinjsPlace {
  const place: Place = found.node;
  const entity: NinjsPlace = { name: place.name, rel, literal: place.id };
  const countryCode = place.kind === "country" ? place.countryCode : undefined;
  const extra = countryCode !== undefined || place.kind === "area" ? [] : [`kind (${place.kind})`];
  let sameAs = place.sameAs;
  if (countryCode !== undefined) {
    entity.uri = `${ISO_COUNTRY_SCHEME}${countryCode.toLowerCase()}`;
  } else {
    if (place.countryCode !== undefined) extra.push("countryCode (written for a country only)");
    const [uri, ...more] = sameAs;
    if (uri !== undefined) entity.uri = uriOf(writer, uri, `${nodePath(found)}.sameAs[0]`);
    sameAs = more;
  }
  if (sameAs.length > 0)
    extra.push(entity.uri?.startsWith(ISO_COUNTRY_SCHEME) ? "sameAs" : "sameAs but the first");
  if (place.geo !== undefined) {
    entity.geoJSON = { type: "Point", coordinates: [place.geo.longitude, place.geo.latitude] };
  }
  reportUnwritten(writer, found, WRITTEN_PLACE_FIELDS, extra);
  return entity;
}

function eventEntity(writer: Writer, found: IndexedNode & { kind: "event" }, rel: string): NinjsEvent {
  const event: Event = found.node;
  reportUnwritten(
    writer,
    found,
    WRITTEN_EVENT_FIELDS,
    event.kind === "other" ? [] : [`kind (${event.kind})`],
  );
  return { id: event.id, name: event.name, rel, literal: event.id };
}

/** Writes a referenced node into the array for its kind, with its rel. Returns the actor, if it is one. */
function addEntity(writer: Writer, id: string, rel: string, path: string): Actor | undefined {
  const found = writer.index.get(id);
  if (found === undefined) {
    warn(writer, path, `no node has the id ${JSON.stringify(id)}; not written`);
    return undefined;
  }
  if (found.kind === "actor") {
    const entity = actorEntity(writer, found, rel);
    (found.node.kind === "person" ? writer.people : writer.organisations).push(entity);
    return found.node;
  }
  if (found.kind === "place") writer.places.push(placeEntity(writer, found, rel));
  else if (found.kind === "event") writer.events.push(eventEntity(writer, found, rel));
  else
    warn(
      writer,
      path,
      `${JSON.stringify(id)} is ${found.kind === "article" ? "an article" : "a claim"}, which ninjs does not name; not written`,
    );
  return undefined;
}

function association(writer: Writer, image: ArticleImage, index: number, path: string): NinjsAssociation {
  const url = uriOf(writer, image.url, `${path}.url`);
  const rendition: NinjsAssociation["renditions"] = [{ name: "original", href: url }];
  const [file] = rendition;
  if (file !== undefined && image.width !== undefined) file.width = image.width;
  if (file !== undefined && image.height !== undefined) file.height = image.height;
  const written: NinjsAssociation = {
    name: `image-${index + 1}`,
    uri: url,
    type: "picture",
    rel: REL.image,
  };
  if (image.caption !== undefined) written.descriptions = [{ role: ROLE.caption, value: image.caption }];
  if (image.credit !== undefined) written.by = image.credit;
  if (image.copyrightNotice !== undefined) written.copyrightNotice = image.copyrightNotice;
  if (image.license !== undefined)
    written.rightsInfo = { linkedRights: uriOf(writer, image.license, `${path}.license`) };
  if (image.creator !== undefined) {
    const found = writer.index.get(image.creator);
    if (found?.kind === "actor") {
      const creator = actorEntity(writer, found, REL.creator);
      if (found.node.kind === "person") written.people = [creator];
      else written.organisations = [creator];
    } else
      warn(writer, `${path}.creator`, `no actor has the id ${JSON.stringify(image.creator)}; not written`);
  }
  if (image.acquireLicensePage !== undefined) {
    written.usageTerms = `${LICENSING_TERMS}${uriOf(writer, image.acquireLicensePage, `${path}.acquireLicensePage`)}`;
  }
  written.renditions = rendition;
  return written;
}

function trustIndicators(writer: Writer, found: IndexedNode | undefined): NinjsTrustIndicator[] {
  const actor = found?.kind === "actor" ? found.node : undefined;
  if (
    actor === undefined ||
    actor.kind === "person" ||
    actor.kind === "state" ||
    actor.policies === undefined
  )
    return [];
  return Object.entries(actor.policies)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, href]) => ({
      role: `${TRUST_ROLE_SCHEME}${name}`,
      href: uriOf(writer, href, `${found ? nodePath(found) : ""}.policies.${name}`),
    }));
}

function texts(article: Article): Pick<NinjsItem, "headlines" | "descriptions" | "bodies"> {
  const headlines: NinjsText[] = [{ role: ROLE.main, value: article.headline }];
  if (article.alternativeHeadline !== undefined) {
    headlines.push({ role: ROLE.alternative, value: article.alternativeHeadline });
  }
  const descriptions: NinjsText[] = [];
  if (article.description !== undefined)
    descriptions.push({ role: ROLE.summary, value: article.description });
  if (article.backstory !== undefined) descriptions.push({ role: ROLE.backstory, value: article.backstory });
  for (const correction of article.corrections)
    descriptions.push({ role: ROLE.correction, value: correction.text });
  return {
    headlines,
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(article.text !== undefined
      ? { bodies: [{ role: ROLE.text, contentType: "text/plain", value: article.text }] }
      : {}),
  };
}

function dates(
  writer: Writer,
  article: Article,
  path: string,
): Pick<NinjsItem, "firstCreated" | "versionCreated"> {
  const written: Pick<NinjsItem, "firstCreated" | "versionCreated"> = {};
  const fields = [
    ["datePublished", "firstCreated"],
    ["dateModified", "versionCreated"],
  ] as const;
  for (const [field, property] of fields) {
    const value = article[field];
    if (value === undefined) continue;
    const exact = dateTime(value);
    if (exact !== undefined) written[property] = exact;
    else
      warn(
        writer,
        `${path}.${field}`,
        `ninjs ${property} takes a date-time with seconds and an offset, found ${JSON.stringify(value)}; not written rather than given a time it does not state`,
      );
  }
  return written;
}

/**
 * Writes one article of a graph as an IPTC ninjs 3.1 news item: its url as `uri`; its headlines,
 * summary, backstory and corrections; its text as a plain-text body; its dates when they are exact
 * date-times; its language and genre (an IPTC genre NewsCode where one fits); its authors and
 * contributors in `by` and `people`/`organisations` with their role as `rel`; its publisher in
 * `infoSources` and `organisations`, with the publisher's policies as `trustIndicators`; the actors,
 * places (with ISO 3166 uris for countries and GeoJSON points) and events it is about or mentions; its
 * keywords as `subjects`; its images as `associations` with their renditions, caption, credit, copyright,
 * licence and the page where a licence can be obtained. Each node written carries its newsgraph id as
 * `literal`, which {@link fromNinjs} reads back.
 *
 * What ninjs has no place for (claims, a place's containing place, an actor's roles, a date not known to the
 * second…) is left out, with a warning naming it. Every item written validates against the ninjs 3.1 JSON
 * Schema. The graph is expected to be valid (as `parseNewsGraph` returns it); it is not changed.
 *
 * @param graph - The document holding the article.
 * @param articleId - The id of the article to write.
 * @returns The item and the warnings.
 * @throws Error when the graph has no article with that id.
 *
 * @example
 * ```ts
 * import { exampleHerald } from "newsgraph/examples";
 * import { toNinjs } from "newsgraph/ninjs";
 *
 * const { item, warnings } = toNinjs(exampleHerald, "harbour-bridge-reopens");
 * item.headlines?.[0]?.value; // the headline
 * for (const warning of warnings) console.warn(`${warning.path}: ${warning.message}`);
 * ```
 */
export function toNinjs(graph: NewsGraph, articleId: string): ToNinjsResult {
  const position = graph.articles.findIndex((candidate) => candidate.id === articleId);
  const article = graph.articles[position];
  if (article === undefined) {
    const ids = graph.articles.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    throw new Error(
      `toNinjs: no article ${JSON.stringify(articleId)}; ${ids ? `the articles are ${ids}` : "the graph has no articles"}`,
    );
  }
  const path = `articles[${position}]`;
  const writer: Writer = {
    index: cachedNodeIndex(graph),
    warnings: [],
    said: new Set(),
    reported: new Set(),
    people: [],
    organisations: [],
    places: [],
    events: [],
  };
  const item: NinjsItem = {
    uri: uriOf(writer, article.url, `${path}.url`),
    type: "text",
    standard: { ...NINJS_STANDARD },
    altIds: [{ role: ID_ROLE, value: article.id }],
    version: String(1 + article.corrections.length),
    ...dates(writer, article, path),
    language: article.language,
    ...texts(article),
  };
  const authorNames: string[] = [];
  article.authors.forEach((id, i) => {
    const actor = addEntity(writer, id, REL.author, `${path}.authors[${i}]`);
    if (actor !== undefined) authorNames.push(actor.name);
  });
  const by = byline(authorNames);
  if (by !== undefined) item.by = by;
  article.contributors.forEach((contributor, i) => {
    addEntity(writer, contributor.actor, contributor.role ?? REL.contributor, `${path}.contributors[${i}]`);
  });
  let publisher: Actor | undefined;
  if (article.publisher !== undefined) {
    publisher = addEntity(writer, article.publisher, REL.publisher, `${path}.publisher`);
    if (publisher !== undefined) {
      // The entity just written holds the uri in the form ninjs takes.
      const { uri } = (publisher.kind === "person" ? writer.people : writer.organisations).at(-1) ?? {};
      item.infoSources = [
        {
          name: publisher.name,
          role: REL.publisher,
          literal: publisher.id,
          ...(uri === undefined ? {} : { uri }),
        },
      ];
    }
  }
  if (article.dateline !== undefined) {
    const found = writer.index.get(article.dateline);
    if (found?.kind === "place") {
      writer.places.push(placeEntity(writer, found, REL.located));
      item.located = found.node.name;
    } else
      warn(
        writer,
        `${path}.dateline`,
        `no place has the id ${JSON.stringify(article.dateline)}; not written`,
      );
  }
  article.about.forEach((id, i) => {
    addEntity(writer, id, REL.about, `${path}.about[${i}]`);
  });
  article.mentions.forEach((id, i) => {
    addEntity(writer, id, REL.mentions, `${path}.mentions[${i}]`);
  });
  const genre = IPTC_GENRES[article.genre];
  item.genres = [
    genre === undefined
      ? { name: article.genre, literal: article.genre }
      : { ...genre, literal: article.genre },
  ];
  if (writer.people.length > 0) item.people = writer.people;
  if (writer.organisations.length > 0) item.organisations = writer.organisations;
  if (writer.places.length > 0) item.places = writer.places;
  if (writer.events.length > 0) item.events = writer.events;
  if (article.keywords.length > 0) {
    item.subjects = article.keywords.map((keyword) => ({ name: keyword, rel: REL.keyword }));
  }
  if (article.images.length > 0) {
    item.associations = article.images.map((image, i) =>
      association(writer, image, i, `${path}.images[${i}]`),
    );
  }
  const indicators = trustIndicators(writer, publisher && writer.index.get(publisher.id));
  if (indicators.length > 0) item.trustIndicators = indicators;
  if (article.corrections.length > 0) {
    warn(
      writer,
      `${path}.corrections`,
      "ninjs has no date for a correction: each is written as a description with the role correction, without its date",
    );
  }
  const left = unwritten(article, WRITTEN_ARTICLE_FIELDS);
  if (left.length > 0) warn(writer, path, `ninjs has no place for ${fieldList(left)}; not written`);
  const claims = graph.claims.filter((claim) =>
    claim.evidence.some((span) => span.article === articleId),
  ).length;
  if (claims > 0) {
    warn(
      writer,
      path,
      `ninjs has no place for claims: the ${claims === 1 ? "claim" : `${claims} claims`} with evidence in this article ${claims === 1 ? "is" : "are"} not written`,
    );
  }
  return { item, warnings: writer.warnings };
}
