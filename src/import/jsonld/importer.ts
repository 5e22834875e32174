// The importer's state and the operations every mapper uses: reading properties, resolving references,
// turning entries into (placeholder) node ids.
import type { NodeKind } from "../../graph/node-index";
import type { Actor } from "../../model/actor";
import type { Article } from "../../model/article";
import type { Claim } from "../../model/claim";
import type { Event } from "../../model/event";
import { endsBeforeStart } from "../../model/fuzzy-date-syntax";
import type { Place } from "../../model/place";
import type { Entry, JsonLdDocument, Property, Warn } from "./document";
import { flatten, isReference } from "./document";
import type { IdSources } from "./ids";
import { describe, isObject, type Located } from "./json";
import { decodeReferences, type MarkupReader, readDate, readNumber, readText, readUrl } from "./values";
import { supertypes, type TypeFamily, typeInfo } from "./vocabulary";

/** How an entry is read: its family and the most specific type that decided it. @internal */
export interface Typing {
  family: TypeFamily;
  /** The schema.org type, as written or assumed. */
  type: string;
  /** Set when the entry had no `@type` and the type was assumed from where it stands: the reason. */
  assumed?: string;
  /**
   * For an article, the most specific of its types that is not a NewsArticle (BlogPosting, Article…), when
   * it has one: its form, beside the genre that `type` gives.
   */
  form?: string;
}

/**
 * How messages and notes name where an import's defaults come from: the options of `fromJsonLd`, or the parts
 * of a page that a page reader passes as them. @internal
 */
export interface ImportNames {
  /** The source of the address taken by an article that states none: "the baseUrl option". */
  address: string;
  /** Why no such address is known: "no baseUrl option was given". */
  noAddress: string;
  /** The source of the language of an article that states none: "the defaultLanguage option". */
  language: string;
}

/** What a node kind's mapper provides. @internal */
export interface Handler {
  /** Why the entry cannot become a node (a field the model requires is missing), or `undefined`. */
  missing: (importer: Importer, entry: Entry, typing: Typing) => string | undefined;
  /**
   * What an id is made from when the node's `@id` gives none: its URL (for an article) and its name,
   * headline or statement.
   */
  idSources: (importer: Importer, entry: Entry) => { url?: string | undefined; name?: string | undefined };
  /** Builds the node and adds it to the graph under the given (placeholder) id. */
  map: (importer: Importer, entry: Entry, typing: Typing, id: string) => void;
}

/** The collections being built. @internal */
export interface Collections {
  articles: Article[];
  actors: Actor[];
  claims: Claim[];
  events: Event[];
  places: Place[];
}

/** The state of one import. @internal */
export interface Importer {
  document: JsonLdDocument;
  baseUrl: string | undefined;
  /** What relative URLs in values (not `@id`s) resolve against: `baseUrl`, else the first article's url. */
  urlBase: string | undefined;
  defaultLanguage: string | undefined;
  /** The address an article (or a review) that states none takes: the page's own, else `baseUrl`. */
  pageUrl: string | undefined;
  /** How messages name where `pageUrl` and `defaultLanguage` come from. */
  names: ImportNames;
  warn: Warn;
  /** What renders a prose field's HTML markup as plain text: the page reader's, else none (`null`). */
  markup: MarkupReader;
  handlers: Record<NodeKind, Handler>;
  collections: Collections;
  /** The placeholder id of each entry that became (or will become) a node; `null` for skipped ones. */
  nodes: Map<Entry, string | null>;
  typings: Map<Entry, Typing | null>;
  queue: { entry: Entry; typing: Typing; id: string }[];
  /** Where each placeholder's final id may come from, in the order the placeholders were given out. */
  idSources: { placeholder: string; sources: IdSources; article: boolean; order: number }[];
  /** Nodes made from plain names (`"author": "Jane Doe"`), by family and name. */
  synthetic: Map<string, Entry>;
  /** The ClaimReviews of each claim entry, in document order. */
  reviews: Map<Entry, Entry[]>;
  /** The claimant of each claim entry, resolved when the claim is checked. */
  claimants: Map<Entry, string>;
  /**
   * Where the edges that could close a cycle (`partOf`, `containedIn`, `roles[].of`) are written, keyed by
   * `from`, relation and target, so that a cycle can be broken and reported at the right places (an actor
   * may hold several roles in one organisation).
   */
  edges: Map<string, string[]>;
  /** The claims that appear in each article entry (by `appearance`), once something has asked. */
  appearances: Map<Entry, Entry[]> | undefined;
  /** Nodes the importer derives from parts of others (a city from an address), by a key of what they hold. */
  derived: Map<string, string>;
  /** The claims made from ClaimReviews of the works they were made in, with the note that says so. */
  madeClaims: Map<Entry, string>;
  /** The updates of each live blog, by update entry: the live blog and the update's place in its list, from 1. */
  updates: Map<Entry, { liveBlog: Entry; position: number }>;
  /** The WebSites each entry publishes (by `publisher`), once something has asked. */
  sites?: Map<Entry, Entry[]> | undefined;
  /** Where the first person (or organisation) with each page was read, by class and url without fragment. */
  pages: Map<string, string>;
}

/**
 * Gives out a placeholder id for a node the importer makes itself (not from an entry), recording where its
 * final id may come from. @internal
 */
export function newPlaceholder(
  importer: Importer,
  sources: IdSources,
  article = false,
  order = Number.POSITIVE_INFINITY,
): string {
  const id = `${PLACEHOLDER}${importer.idSources.length}`;
  importer.idSources.push({ placeholder: id, sources, article, order });
  return id;
}

/** The key of an edge in {@link Importer.edges}. @internal */
export const edgeKey = (from: string, relation: string, to: string): string =>
  `${from}\u0001${relation}\u0001${to}`;

/** Records where an edge that could close a cycle is written. @internal */
export function addEdge(importer: Importer, from: string, relation: string, to: Resolved): void {
  const key = edgeKey(from, relation, to.id);
  const paths = importer.edges.get(key);
  if (paths === undefined) importer.edges.set(key, [to.path]);
  else paths.push(to.path);
}

/** A resolved reference: the (placeholder) id, the kind of node, and where the reference is written. @internal */
export interface Resolved {
  id: string;
  kind: NodeKind;
  path: string;
}

/** Placeholders cannot be mistaken for slugs: they hold a character no id may contain. */
const PLACEHOLDER = "\u0000";

/** The model kinds, which are also type families. */
const NODE_KINDS: readonly string[] = ["article", "actor", "claim", "event", "place"];

/** Narrows a type family to a node kind. @internal */
export const asNodeKind = (family: TypeFamily): NodeKind | undefined =>
  NODE_KINDS.includes(family) ? (family as NodeKind) : undefined;

/** The values of a property, flattened, marking it read; `[]` when the entry does not have it. @internal */
export function take(entry: Entry, name: string): Located[] {
  const property = entry.properties.get(name);
  if (property === undefined) return [];
  property.consumed = true;
  return flatten({ value: property.value, path: property.path });
}

/** The property itself, if present, without marking it read. @internal */
export const peek = (entry: Entry, name: string): Property | undefined => entry.properties.get(name);

/** The values of a property, flattened, without marking it read; `[]` when the entry does not have it. @internal */
export function peekValues(entry: Entry, name: string): Located[] {
  const property = entry.properties.get(name);
  return property === undefined ? [] : flatten({ value: property.value, path: property.path });
}

/** Where a missing property would be written, for messages. @internal */
export const pathOf = (entry: Entry, name: string): string =>
  entry.properties.get(name)?.path ?? `${entry.path}.${name}`;

/**
 * The first value of a single-valued property, marking it read; further values are reported as not kept.
 * @internal
 */
export function takeOne(importer: Importer, entry: Entry, name: string): Located | undefined {
  const [first, ...rest] = take(entry, name);
  for (const extra of rest) {
    importer.warn(extra.path, `only one ${name} is kept; this further value is not mapped`);
  }
  return first;
}

/**
 * The first value of a single-valued text property that is a non-empty string (the value `peekText` sees),
 * marking the property read. Values before it that are not text are reported by `readText`; values after it
 * as not kept. A `prose` field (a body, a description) may be HTML markup, which the importer's `markup` reader
 * renders as text. @internal
 */
export function takeText(
  importer: Importer,
  entry: Entry,
  name: string,
  what: string,
  mark?: (note: string) => void,
  prose = false,
): (Located & { value: string }) | undefined {
  let text: (Located & { value: string }) | undefined;
  for (const located of take(entry, name)) {
    if (text !== undefined) {
      importer.warn(located.path, `only one ${name} is kept; this further value is not mapped`);
      continue;
    }
    const value = readText(located, what, importer.warn, mark, prose ? importer.markup : undefined);
    if (value !== undefined) text = { value, path: located.path };
  }
  return text;
}

/** The number of a single-valued property (`the ${name}` in messages), marking it read. @internal */
export function takeNumber(importer: Importer, entry: Entry, name: string): number | undefined {
  const at = takeOne(importer, entry, name);
  return at && readNumber(at, `the ${name}`, importer.warn);
}

/** Reads the texts of a property, reporting the values that are not text. @internal */
export function texts(
  importer: Importer,
  entry: Entry,
  name: string,
  what: string,
  mark?: (note: string) => void,
): string[] {
  const out: string[] = [];
  for (const item of take(entry, name)) {
    const text = readText(item, what, importer.warn, mark);
    if (text !== undefined) out.push(text);
  }
  return out;
}

/** Reads the URLs of `sameAs`, in order and as written, reporting what is not an absolute URL. @internal */
export function readSameAs(importer: Importer, entry: Entry): string[] {
  const sameAs: string[] = [];
  for (const item of take(entry, "sameAs")) {
    const url = readUrl(item, "the sameAs", importer.urlBase, importer.warn);
    if (url !== undefined) sameAs.push(url);
  }
  return sameAs;
}

/** Reads the URLs of `url` (first) and `sameAs`, reporting what is not an absolute URL. @internal */
export function sameAsOf(importer: Importer, entry: Entry): string[] {
  const sameAs = readSameAs(importer, entry);
  // The url comes first, unless sameAs already names it; repetitions within sameAs are kept as written.
  const urls: string[] = [];
  for (const item of take(entry, "url")) {
    const url = readUrl(item, "the url", importer.urlBase, importer.warn);
    if (url !== undefined && !sameAs.includes(url) && !urls.includes(url)) urls.push(url);
  }
  return [...urls, ...sameAs];
}

/**
 * The `startDate` and `endDate` of a node as a period, marking both read; an end before the start is reported
 * and dropped. `owner` and `its` name the node in messages ("the role's endDate … is before its startDate");
 * `mark` is given the reason where a date is not exactly as written. @internal
 */
export function takePeriod(
  importer: Importer,
  entry: Entry,
  names: { owner: string; its: string },
  mark: (field: "start" | "end", note: string) => void,
): { start?: string; end?: string } {
  const period: { start?: string; end?: string } = {};
  for (const [property, field] of [
    ["startDate", "start"],
    ["endDate", "end"],
  ] as const) {
    const at = takeOne(importer, entry, property);
    const date = at && readDate(at, `${names.owner} ${property}`, importer.warn);
    if (at === undefined || date === undefined) continue;
    if (field === "end" && period.start !== undefined && endsBeforeStart(period.start, date.value)) {
      importer.warn(
        at.path,
        `${names.owner} endDate ${date.value} is before ${names.its} startDate ${period.start}; dropped`,
      );
      continue;
    }
    period[field] = date.value;
    if (date.inferred !== undefined) mark(field, date.inferred);
  }
  return period;
}

/**
 * The text of the first value that is a non-empty string, its character references decoded as `readText`
 * decodes them, without reporting anything. @internal
 */
export function peekText(entry: Entry, name: string): string | undefined {
  const text = peekValues(entry, name)
    .map((item) => item.value)
    .find((value): value is string => typeof value === "string" && value.length > 0);
  return text === undefined ? undefined : decodeReferences(text)?.text || text;
}

/** A type name with its indefinite article, for messages: `a Person`, `an ImageObject`. @internal */
export const aOrAn = (type: string): string => `${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}`;

/** The name of an entry's type for messages: `NewsArticle`, or `a node without @type`. @internal */
export const typeLabel = (entry: Entry): string =>
  entry.types.size === 0 ? "a node without @type" : [...entry.types].join(", ");

/**
 * How an entry is read: the most specific of its types that the importer maps. Several families (a node
 * typed both Person and Place) or extra types the model cannot keep are reported once. `null` when none of
 * its types is mapped, or it has none and no `assume` is given.
 * @internal
 */
export function typingOf(
  importer: Importer,
  entry: Entry,
  assume?: { type: string; reason: string },
): Typing | null {
  const known = importer.typings.get(entry);
  if (known !== undefined) return known;
  let typing: Typing | null = null;
  if (entry.types.size === 0) {
    // Not remembered when nothing is assumed: another field may know what the node must be.
    const family = assume === undefined ? undefined : typeInfo(assume.type)?.family;
    if (assume === undefined || family === undefined) return null;
    typing = { family, type: assume.type, assumed: assume.reason };
    // An article assumed to be a posting (a liveBlogUpdate's BlogPosting) has that form.
    if (
      family === "article" &&
      assume.type !== "NewsArticle" &&
      !supertypes(assume.type).includes("NewsArticle")
    )
      typing.form = assume.type;
    importer.warn(entry.path, assume.reason);
    importer.typings.set(entry, typing);
    return typing;
  }
  const mapped = [...entry.types].filter((type) => typeInfo(type) !== undefined);
  const first = mapped[0];
  const family = first === undefined ? undefined : typeInfo(first)?.family;
  if (first !== undefined && family !== undefined) {
    const candidates = mapped.filter((type) => typeInfo(type)?.family === family);
    const mostSpecific = (types: string[]): string | undefined =>
      types.length === 0
        ? undefined
        : types.reduce((best, type) => (supertypes(type).length > supertypes(best).length ? type : best));
    // An article has two: its genre (a NewsArticle) and its form (a BlogPosting…), each kept.
    const news = (type: string): boolean =>
      type === "NewsArticle" || supertypes(type).includes("NewsArticle");
    const genre = family === "article" ? mostSpecific(candidates.filter(news)) : undefined;
    const form = family === "article" ? mostSpecific(candidates.filter((type) => !news(type))) : undefined;
    const chosen = genre ?? mostSpecific(candidates) ?? first;
    const kept = new Set([chosen, ...supertypes(chosen)]);
    if (form !== undefined) for (const type of [form, ...supertypes(form)]) kept.add(type);
    const dropped = [...entry.types].filter((type) => !kept.has(type));
    if (dropped.length > 0) {
      importer.warn(
        `${entry.path}["@type"]`,
        `read as ${chosen}; the type${dropped.length > 1 ? "s" : ""} ${dropped.join(", ")} cannot be kept beside it`,
      );
    }
    typing = { family, type: chosen };
    // Article beside NewsArticle adds nothing: a NewsArticle is an Article.
    if (form !== undefined && !(genre === "NewsArticle" && form === "Article")) typing.form = form;
  }
  importer.typings.set(entry, typing);
  return typing;
}

/**
 * Reports an entry whose type is not mapped (or that has none), as a whole, once: at the field that holds it
 * (`what` names the field) or, for a top-level node, at the node.
 * @internal
 */
export function reportUnmapped(importer: Importer, entry: Entry, path: string, what?: string): void {
  const types = [...entry.types].join(", ");
  let message: string;
  if (what === undefined) {
    message =
      entry.types.size === 0
        ? "a node without @type is not mapped; dropped"
        : `the type ${types} is not mapped; the node is dropped`;
  } else {
    message =
      entry.types.size === 0
        ? `${what} has no @type, so it cannot be mapped; dropped`
        : `${what} is ${aOrAn(types)}, a type that is not mapped; dropped`;
  }
  importer.warn(path, message);
  if (entry.read === false) entry.read = "reported";
}

/** What a reference field accepts. @internal */
export interface ReferenceSpec {
  /** The field, for messages: "the author". */
  what: string;
  /** The node kinds it may refer to. */
  kinds: readonly NodeKind[];
  /** The type to assume for a node without `@type`, and for a plain name when `names` is set. */
  assume?: string;
  /** Whether a plain string is a name from which a node is made. */
  names?: boolean;
}

function syntheticEntry(importer: Importer, located: Located & { value: string }, type: string): Entry {
  const key = `${type}\u0000${located.value}`;
  const known = importer.synthetic.get(key);
  if (known !== undefined) return known;
  const entry: Entry = {
    order: Number.MAX_SAFE_INTEGER,
    iri: undefined,
    path: located.path,
    types: new Set(),
    properties: new Map([
      [
        "name",
        {
          key: "name",
          name: "name",
          schemaOrg: true,
          path: located.path,
          value: located.value,
          consumed: false,
        },
      ],
    ]),
    topLevel: false,
    defined: true,
    read: "read",
  };
  importer.synthetic.set(key, entry);
  return entry;
}

/**
 * The entry a value stands for: the node written in place, or the node an `{ "@id" }` reference names.
 * Reports a dangling reference and returns `"dangling"` for it; returns `undefined`, without reporting, for
 * values that are not nodes (the caller knows what it expected).
 * @internal
 */
export function entryAt(importer: Importer, located: Located): Entry | "dangling" | undefined {
  const { value, path } = located;
  const entry = entryOf(importer, value);
  if (entry !== undefined || !isObject(value) || !isReference(value)) return entry;
  const iri = value["@id"];
  if (typeof iri !== "string") return undefined;
  importer.warn(path, `no node in the document has the @id ${JSON.stringify(iri)}; the reference is dropped`);
  return "dangling";
}

/**
 * The entry a value stands for, as `entryAt` finds it, without reporting anything: `undefined` for a value
 * that is not a node and for a dangling reference, whose @id is then looked up in `byUrl` when one is given
 * (an appearance may name an article by its url). @internal
 */
export function entryOf(importer: Importer, value: unknown, byUrl?: Map<string, Entry>): Entry | undefined {
  if (!isObject(value)) return undefined;
  if (!isReference(value)) return importer.document.byObject.get(value);
  const iri = value["@id"];
  if (typeof iri !== "string") return undefined;
  const resolved = resolveIri(importer, iri);
  return importer.document.byIri.get(resolved) ?? byUrl?.get(resolved);
}

/** Whether one of an entry's types is of a family, told without reporting anything (unlike `typingOf`). @internal */
export const isOfFamily = (entry: Entry, family: TypeFamily): boolean =>
  [...entry.types].some((type) => typeInfo(type)?.family === family);

/** An `@id` as the index keys it: resolved against the base URL when there is one. @internal */
export function resolveIri(importer: Importer, iri: string): string {
  if (importer.baseUrl === undefined) return iri;
  try {
    return new URL(iri, importer.baseUrl).href;
  } catch {
    return iri;
  }
}

/**
 * Resolves a reference field's value to the (placeholder) id of a node of an allowed kind, making the node if
 * it is not made yet. Everything it cannot use is reported. @internal
 */
export function reference(importer: Importer, located: Located, spec: ReferenceSpec): Resolved | undefined {
  const { value, path } = located;
  let entry: Entry | undefined;
  if (typeof value === "string") {
    const named = importer.document.byIri.get(resolveIri(importer, value));
    if (named !== undefined) entry = named;
    else if (
      spec.names === true &&
      spec.assume !== undefined &&
      !/^[a-z][a-z\d+.-]*:\/\//i.test(value) &&
      value.length > 0
    ) {
      entry = syntheticEntry(importer, { value, path }, spec.assume);
      if (!importer.typings.has(entry)) {
        const family = typeInfo(spec.assume)?.family;
        const reason = `${spec.what} is given as a plain name, so the ${spec.assume} made from it has no @id, url or other details`;
        importer.warn(path, reason);
        if (family !== undefined) importer.typings.set(entry, { family, type: spec.assume, assumed: reason });
      }
    } else {
      importer.warn(
        path,
        `expected a node or an { "@id" } reference for ${spec.what}, found ${describe(value)}; dropped`,
      );
      return undefined;
    }
  } else {
    const found = entryAt(importer, located);
    if (found === "dangling") return undefined;
    if (found === undefined) {
      importer.warn(
        path,
        `expected a node or an { "@id" } reference for ${spec.what}, found ${describe(value)}; dropped`,
      );
      return undefined;
    }
    entry = found;
  }
  const typing = typingOf(
    importer,
    entry,
    spec.assume === undefined
      ? undefined
      : { type: spec.assume, reason: `${spec.what} has no @type; read as ${aOrAn(spec.assume)}` },
  );
  if (typing === null) {
    reportUnmapped(importer, entry, path, spec.what);
    return undefined;
  }
  const kind = asNodeKind(typing.family);
  if (kind === undefined || !spec.kinds.includes(kind)) {
    importer.warn(path, `${spec.what} cannot be ${aOrAn(typing.type)}; the reference is dropped`);
    if (entry.read === false) entry.read = "reported";
    return undefined;
  }
  const id = nodeFor(importer, entry, typing);
  if (id === undefined) {
    importer.warn(
      path,
      `${spec.what} refers to a node that could not be imported (${entry.path}); the reference is dropped`,
    );
    return undefined;
  }
  return { id, kind, path };
}

/**
 * The (placeholder) id of the node an entry becomes, checking once that the model's required fields are
 * there; `undefined` (reported once, at the node) when they are not.
 * @internal
 */
export function nodeFor(importer: Importer, entry: Entry, typing: Typing): string | undefined {
  const known = importer.nodes.get(entry);
  if (known !== undefined) return known ?? undefined;
  const kind = asNodeKind(typing.family);
  if (kind === undefined) return undefined;
  entry.read = "read";
  const handler = importer.handlers[kind];
  const missing = handler.missing(importer, entry, typing);
  if (missing !== undefined) {
    importer.warn(entry.path, `${typing.type} not imported: ${missing}`);
    importer.nodes.set(entry, null);
    // Its properties are not reported one by one: the node as a whole was not imported.
    entry.read = "reported";
    return undefined;
  }
  // An article's @id is its url in newsgraph's own output, so a generic fragment (`#article`) never hides
  // an id there; for other nodes the fragment is the id and is kept as written.
  const id = newPlaceholder(
    importer,
    {
      iri: entry.iri,
      ...handler.idSources(importer, entry),
      kind,
    },
    kind === "article",
    entry.order,
  );
  importer.nodes.set(entry, id);
  importer.queue.push({ entry, typing, id });
  return id;
}

/**
 * Reads a value node in place (an image, a rating, an address), through a reference if need be. `null` for a
 * value that is not a node (the caller reads strings itself); `undefined` when it is reported.
 * @internal
 */
export function valueNode(
  importer: Importer,
  located: Located,
  family: TypeFamily,
  assume: string,
  what: string,
): Entry | null | undefined {
  const found = entryAt(importer, located);
  if (found === "dangling") return undefined;
  if (found === undefined) return null;
  const typing = typingOf(importer, found, {
    type: assume,
    reason: `${what} has no @type; read as ${aOrAn(assume)}`,
  });
  if (typing === null) {
    reportUnmapped(importer, found, located.path, what);
    return undefined;
  }
  if (typing.family !== family) {
    importer.warn(located.path, `${what} cannot be ${aOrAn(typing.type)}; dropped`);
    if (found.read === false) found.read = "reported";
    return undefined;
  }
  found.read = "read";
  return found;
}
