// fromJsonLd: schema.org JSON-LD as sites publish it → a NewsGraph, with a warning for everything not mapped.
import type { NodeKind } from "../../graph/node-index";
import { reasonOf } from "../../model/describe";
import { isHttpUrl } from "../../model/http-url-syntax";
import type { NewsGraph } from "../../model/news-graph";
import { actorHandler, mergeActorsByName } from "./actor";
import { articleHandler, firstArticleUrl, indexLiveBlogUpdates, mergeArticlesByUrl } from "./article";
import { claimHandler } from "./claim";
import { type Entry, flatten, type Property, readDocument } from "./document";
import { eventHandler } from "./event";
import { allocateId, idCandidates, newAllocation } from "./ids";
import {
  aOrAn,
  asNodeKind,
  type Collections,
  edgeKey,
  entryAt,
  type Handler,
  type Importer,
  type ImportNames,
  nodeFor,
  reportUnmapped,
  resolveIri,
  takeOne,
  typeLabel,
  typingOf,
} from "./importer";
import { describe, isObject, snapshot } from "./json";
import { placeHandler } from "./place";
import { isLanguageTag } from "./syntax";
import type { MarkupText } from "./values";

/**
 * Something in the input that {@link fromJsonLd} did not map onto the model as written: an unknown type or
 * property, a value of an unexpected shape, a dangling reference, merged copies of a node, a field the model
 * requires that had to be filled in.
 *
 * @example
 * ```ts
 * import type { ImportWarning } from "newsgraph/jsonld";
 *
 * const warning: ImportWarning = {
 *   path: '$["@graph"][0].author[0]',
 *   message: 'no node in the document has the @id "#nobody"; the reference is dropped',
 * };
 * ```
 */
export interface ImportWarning {
  /**
   * Where in the input, as an RFC 9535 JSONPath query (the form `checkPublishing` uses): `$` is the
   * document, `.name` a member with a plain name, `["@graph"]` any other member, `[0]` an array element. For
   * a property that is missing, the path names where it would be. Option problems have the path
   * `options.baseUrl` or `options.defaultLanguage`.
   */
  path: string;
  /** What was found, and what was done with it, in one sentence. */
  message: string;
}

/**
 * Options of {@link fromJsonLd}.
 *
 * @example
 * ```ts
 * import type { FromJsonLdOptions } from "newsgraph/jsonld";
 *
 * const options: FromJsonLdOptions = { baseUrl: "https://example.org/news/storm", defaultLanguage: "en" };
 * ```
 */
export interface FromJsonLdOptions {
  /**
   * The address of the page the JSON-LD came from. Relative URLs and `@id`s are resolved against it, and an
   * article that gives no url of its own (nor a `mainEntityOfPage` or an http(s) `@id`) takes it as its url,
   * marked as inferred. Ignored, with a warning, unless it is an absolute http(s) URL.
   */
  baseUrl?: string;
  /**
   * The BCP 47 language of articles that state no `inLanguage`, marked as inferred. Without it such articles
   * get `"und"` (undetermined). Ignored, with a warning, unless it is a well-formed tag.
   */
  defaultLanguage?: string;
}

/**
 * What {@link fromJsonLd} returns: the graph, which passes `safeParseNewsGraph`, and every warning.
 *
 * @example
 * ```ts
 * import { type FromJsonLdResult, fromJsonLd } from "newsgraph/jsonld";
 *
 * const { graph, warnings }: FromJsonLdResult = fromJsonLd({ "@context": "https://schema.org", "@type": "Person", name: "Ada" });
 * // graph.actors → [{ id: "ada", kind: "person", name: "Ada", … }]; warnings → []
 * ```
 */
export interface FromJsonLdResult {
  /** The imported nodes. Empty collections when nothing could be imported. */
  graph: NewsGraph;
  /** Everything not mapped as written, in the order it was met. */
  warnings: ImportWarning[];
}

const HANDLERS: Record<NodeKind, Handler> = {
  article: articleHandler,
  actor: actorHandler,
  claim: claimHandler,
  event: eventHandler,
  place: placeHandler,
};

const VALUE_OWNERS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ["image", "an article's image"],
  ["rating", "a ClaimReview's reviewRating"],
  ["address", "a place's address"],
  ["geo", "a place's geo"],
  ["quantity", "a claim's mentions or an event's about"],
  ["correction", "an article's correction"],
  ["web-page", "an article's mainEntityOfPage"],
  ["role", "an actor's memberOf"],
  ["quotation", "a claim's isBasedOn"],
  ["language", "an article's inLanguage"],
  ["web-site", "the site of the organisation that publishes it"],
  ["web-page-element", "a part of an article's page that is not free (hasPart)"],
  ["breadcrumb-list", "the breadcrumb of an article's WebPage"],
  ["list-item", "an item of an article's breadcrumb"],
]);

/**
 * What a reader of a whole page adds to an import: the page's own address, taken by an article that states
 * none (where `baseUrl` is what relative URLs resolve against), and the names of the page's parts that the
 * options stand for, for the messages, and how the HTML markup of a prose field is read as text. @internal
 */
export interface ImportContext {
  pageUrl?: string;
  names?: ImportNames;
  /** Renders a prose field's HTML markup as plain text; without it, such a field is dropped, reported. */
  markup?: (markup: string) => MarkupText;
}

/** An import's graph and warnings, and where in the input each node of the graph is written. @internal */
export interface ImportResult extends FromJsonLdResult {
  /** The JSONPath of each node's definition (the first copy), by its id. */
  origins: Map<string, string>;
}

const OPTION_NAMES: ImportNames = {
  address: "the baseUrl option",
  noAddress: "no baseUrl option was given",
  language: "the defaultLanguage option",
};

function readOptions(
  options: FromJsonLdOptions,
  warn: Importer["warn"],
): Pick<Importer, "baseUrl" | "defaultLanguage"> {
  const { baseUrl, defaultLanguage } = options;
  const read: Pick<Importer, "baseUrl" | "defaultLanguage"> = {
    baseUrl: undefined,
    defaultLanguage: undefined,
  };
  if (baseUrl !== undefined) {
    if (typeof baseUrl === "string" && isHttpUrl(baseUrl)) read.baseUrl = baseUrl;
    else warn("options.baseUrl", `expected an absolute http(s) URL, found ${describe(baseUrl)}; ignored`);
  }
  if (defaultLanguage !== undefined) {
    if (typeof defaultLanguage === "string" && isLanguageTag(defaultLanguage))
      read.defaultLanguage = defaultLanguage;
    else
      warn(
        "options.defaultLanguage",
        `expected a BCP 47 language tag, found ${describe(defaultLanguage)}; ignored`,
      );
  }
  return read;
}

/**
 * The claim a ClaimReview reviews when its itemReviewed is the work the claim was made in (a CreativeWork,
 * a post, a video, with its author: the shape fact-checkers publish): a Claim made from the review, whose
 * claimant is the work's author and whose appearance is the work. `undefined` (and nothing reported) when the
 * work is a node of a kind the model holds otherwise, or has no author, which the model requires as claimant.
 */
function claimInWork(importer: Importer, review: Entry, work: Entry): Entry | undefined {
  const typing = typingOf(importer, work);
  if (typing !== null && typing.family !== "article") return undefined;
  const author = work.properties.get("author");
  const itemReviewed = review.properties.get("itemReviewed");
  if (author === undefined || itemReviewed === undefined) return undefined;
  const note = `the itemReviewed is a work (${work.types.size === 0 ? "no @type" : [...work.types].join(", ")}) in which the claim was made: the claim reviewed is made from the ClaimReview, its statement the claimReviewed, its claimant the work's author, its appearance the work`;
  importer.warn(itemReviewed.path, note);
  const claim: Entry = {
    order: review.order,
    iri: undefined,
    path: itemReviewed.path,
    types: new Set(["Claim"]),
    properties: new Map([
      ["author", { ...author, consumed: false }],
      [
        "appearance",
        {
          key: "itemReviewed",
          name: "appearance",
          schemaOrg: true,
          path: itemReviewed.path,
          value: itemReviewed.value,
          consumed: false,
        },
      ],
    ]),
    topLevel: false,
    defined: true,
    read: false,
  };
  importer.madeClaims.set(claim, note);
  return claim;
}

/** Finds the claim each top-level ClaimReview reviews, so that the claim can take its statement and review. */
function registerReviews(importer: Importer): void {
  for (const review of importer.document.entries) {
    if (!review.topLevel || typingOf(importer, review)?.family !== "claim-review") continue;
    const at = takeOne(importer, review, "itemReviewed");
    const found = at && entryAt(importer, at);
    const claim = found === undefined || found === "dangling" ? undefined : found;
    const typing =
      claim &&
      typingOf(importer, claim, { type: "Claim", reason: "the itemReviewed has no @type; read as a Claim" });
    const made =
      claim === undefined || typing?.family === "claim" ? undefined : claimInWork(importer, review, claim);
    if (at !== undefined && made !== undefined) {
      review.read = "read";
      importer.reviews.set(made, [review]);
      continue;
    }
    if (claim === undefined || typing?.family !== "claim") {
      if (at === undefined)
        importer.warn(
          review.path,
          "ClaimReview not imported: it has no itemReviewed, so there is no claim (nor claimant) to attach it to",
        );
      else if (found !== "dangling") {
        importer.warn(
          at.path,
          `ClaimReview not imported: the itemReviewed is ${claim ? typeLabel(claim) : describe(at.value)}, neither a Claim nor a work with an author who made the claim (the model reviews claims, and a claim needs a claimant)`,
        );
        if (claim && claim.read === false) claim.read = "reported";
      }
      review.read = "reported";
      continue;
    }
    review.read = "read";
    const list = importer.reviews.get(claim);
    if (list === undefined) importer.reviews.set(claim, [review]);
    else list.push(review);
  }
  // In the order the claims were first reviewed.
  for (const [claim, reviews] of importer.reviews) {
    const typing = typingOf(importer, claim);
    if (typing !== null && nodeFor(importer, claim, typing) === undefined) {
      for (const review of reviews) {
        importer.warn(review.path, "ClaimReview not imported: the claim it reviews could not be imported");
        review.read = "reported";
      }
    }
  }
}

/**
 * A top-level node without `@type` that holds typed nodes under its keys (`{ "@context": …, "article": {
 * "@type": "NewsArticle", … } }`, a key that is no schema.org term): a container, not a node. The nodes of a
 * kind the model holds are imported as nodes of their own, each reported.
 */
function readContainer(importer: Importer, container: Entry): void {
  let found = false;
  for (const property of container.properties.values()) {
    let here = false;
    for (const item of flatten({ value: property.value, path: property.path })) {
      const entry = isObject(item.value) ? importer.document.byObject.get(item.value) : undefined;
      const typing = entry && typingOf(importer, entry);
      if (entry === undefined || entry.read !== false || !typing || asNodeKind(typing.family) === undefined)
        continue;
      here = true;
      importer.warn(
        item.path,
        `${aOrAn(typing.type)} under ${JSON.stringify(property.key)}, a key of a node without @type, is imported as a node of its own`,
      );
      nodeFor(importer, entry, typing);
    }
    // The key is read: what it held is imported; the container's other keys are reported one by one.
    if (here) property.consumed = true;
    found ||= here;
  }
  if (found) container.read = "read";
}

/**
 * Article nodes that nothing read: nested under a property the importer does not map (a WebPage's
 * `mainEntity`, an `isPartOf`). Each is an article of the page, imported as one of its own and reported.
 */
function readStrayArticles(importer: Importer): void {
  for (const entry of importer.document.entries) {
    if (entry.read !== false || entry.topLevel) continue;
    const typing = typingOf(importer, entry);
    if (typing?.family !== "article") continue;
    importer.warn(
      entry.path,
      `${aOrAn(typing.type)} under a property that is not mapped is imported as an article of its own`,
    );
    nodeFor(importer, entry, typing);
  }
}

function notMapped(property: Property, type: string): string {
  if (property.schemaOrg) return `the property ${property.name} of ${type} is not mapped`;
  if (property.iri === null)
    return `${property.key} is defined as nothing (null) by the @context; not mapped`;
  if (property.iri !== undefined)
    return `${property.key} is not a schema.org term: the @context maps it to ${JSON.stringify(property.iri)}; not mapped`;
  return `${property.key} is not a schema.org term; not mapped`;
}

function reportLeftovers(importer: Importer): void {
  for (const entry of importer.document.entries) {
    if (entry.read === "read") {
      const type = importer.typings.get(entry)?.type ?? typeLabel(entry);
      for (const property of entry.properties.values()) {
        if (property.consumed) continue;
        importer.warn(property.path, notMapped(property, type));
      }
    } else if (entry.read === false && entry.topLevel) {
      const typing = typingOf(importer, entry);
      const owner = typing && VALUE_OWNERS.get(typing.family);
      if (owner !== undefined && typing !== null) {
        importer.warn(
          entry.path,
          `a ${typing.type} on its own is not mapped; the model keeps one only as ${owner}`,
        );
      } else reportUnmapped(importer, entry, entry.path);
    }
  }
}

type Edges = Map<string, string[]>;

/**
 * Removes the edges that close cycles (found by an iterative depth-first search), reporting each. `drop` must
 * leave `edges` as it is: the search is still walking them.
 */
function breakCycles(
  importer: Importer,
  relation: string,
  edges: Edges,
  drop: (from: string, to: string) => void,
): void {
  const state = new Map<string, "open" | "done">();
  for (const origin of edges.keys()) {
    if (state.has(origin)) continue;
    const stack: { id: string; next: number }[] = [{ id: origin, next: 0 }];
    state.set(origin, "open");
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      const target = (edges.get(frame.id) ?? [])[frame.next];
      if (target === undefined) {
        state.set(frame.id, "done");
        stack.pop();
        continue;
      }
      frame.next += 1;
      const seen = state.get(target);
      if (seen === "open") {
        drop(frame.id, target);
        for (const path of importer.edges.get(edgeKey(frame.id, relation, target)) ?? ["$"])
          importer.warn(path, `this ${relation} would close a cycle, which the model forbids; dropped`);
      } else if (seen === undefined) {
        state.set(target, "open");
        stack.push({ id: target, next: 0 });
      }
    }
  }
}

function removeCycles(importer: Importer): void {
  const { events, places, actors, articles } = importer.collections;
  // Nodes by id, so that each edge dropped costs one look-up, however many cycles there are.
  const index = <T extends { id: string }>(nodes: T[]): Map<string, T> =>
    new Map(nodes.map((node) => [node.id, node]));
  const articlesById = index(articles);
  breakCycles(
    importer,
    "updates",
    new Map(articles.map((article) => [article.id, article.updates])),
    (from, to) => {
      const article = articlesById.get(from);
      if (article !== undefined) article.updates = article.updates.filter((id) => id !== to);
    },
  );
  const single = <T extends { id: string }>(nodes: T[], read: (node: T) => string | undefined): Edges =>
    new Map(
      nodes.flatMap((node) => {
        const to = read(node);
        return to === undefined ? [] : [[node.id, [to]] as [string, string[]]];
      }),
    );
  const eventsById = index(events);
  breakCycles(
    importer,
    "partOf",
    single(events, (event) => event.partOf),
    (from) => {
      const event = eventsById.get(from);
      if (event !== undefined) delete event.partOf;
    },
  );
  const placesById = index(places);
  breakCycles(
    importer,
    "containedIn",
    single(places, (place) => place.containedIn),
    (from) => {
      const place = placesById.get(from);
      if (place !== undefined) delete place.containedIn;
    },
  );
  // Each organisation once, however many roles an actor holds in it: dropping one edge drops them all.
  const roles: Edges = new Map(
    actors.flatMap((actor) =>
      actor.kind === "state"
        ? []
        : [[actor.id, [...new Set(actor.roles.map((role) => role.of))]] as [string, string[]]],
    ),
  );
  const actorsById = index(actors);
  breakCycles(importer, "roles", roles, (from, to) => {
    const actor = actorsById.get(from);
    if (actor !== undefined && actor.kind !== "state")
      actor.roles = actor.roles.filter((role) => role.of !== to);
  });
}

/** Gives every placeholder its final id: exact `@id` fragments first, then the others, each in order. */
function finalIds(importer: Importer): Map<string, string> {
  const allocation = newAllocation();
  const ids = new Map<string, string>();
  const planned = [...importer.idSources]
    .sort((left, right) => left.order - right.order)
    .map((source) => ({ ...source, ...idCandidates(source.sources, source.article) }));
  for (const exactFirst of [true, false]) {
    for (const { placeholder, candidates, exact } of planned) {
      if (exact === exactFirst) ids.set(placeholder, allocateId(candidates, allocation));
    }
  }
  return ids;
}

// Every field the importer writes an id into (evidence and reportedBy it never fills).
function renameAll(graph: NewsGraph, ids: Map<string, string>): void {
  const one = (id: string): string => ids.get(id) ?? id;
  const many = (list: string[]): string[] => list.map(one);
  for (const article of graph.articles) {
    article.id = one(article.id);
    article.authors = many(article.authors);
    for (const contributor of article.contributors) contributor.actor = one(contributor.actor);
    for (const image of article.images) if (image.creator !== undefined) image.creator = one(image.creator);
    if (article.publisher !== undefined) article.publisher = one(article.publisher);
    if (article.dateline !== undefined) article.dateline = one(article.dateline);
    article.about = many(article.about);
    article.mentions = many(article.mentions);
    article.updates = many(article.updates);
  }
  for (const actor of graph.actors) {
    actor.id = one(actor.id);
    actor.memberOf = many(actor.memberOf);
    if (actor.kind === "state") {
      if (actor.territory !== undefined) actor.territory = one(actor.territory);
      continue;
    }
    for (const role of actor.roles) role.of = one(role.of);
    if (actor.kind === "person" && actor.nationality !== undefined)
      actor.nationality = one(actor.nationality);
    if (actor.kind === "person") actor.worksFor = many(actor.worksFor);
    if (actor.kind !== "person" && actor.country !== undefined) actor.country = one(actor.country);
  }
  for (const claim of graph.claims) {
    claim.id = one(claim.id);
    claim.claimant = one(claim.claimant);
    claim.about = many(claim.about);
    for (const response of claim.responds) response.claim = one(response.claim);
    if (claim.review !== undefined) claim.review.reviewer = one(claim.review.reviewer);
    for (const appearance of claim.appearances) {
      if (appearance.article !== undefined) appearance.article = one(appearance.article);
      if (appearance.author !== undefined) appearance.author = one(appearance.author);
    }
  }
  for (const event of graph.events) {
    event.id = one(event.id);
    if (event.location !== undefined) event.location = one(event.location);
    for (const participant of event.participants) participant.actor = one(participant.actor);
    if (event.partOf !== undefined) event.partOf = one(event.partOf);
  }
  for (const place of graph.places) {
    place.id = one(place.id);
    if (place.containedIn !== undefined) place.containedIn = one(place.containedIn);
  }
}

function importGraph(
  input: unknown,
  options: FromJsonLdOptions,
  context: ImportContext,
  warn: Importer["warn"],
): { graph: NewsGraph; origins: Map<string, string> } {
  const settings = readOptions(options, warn);
  const collections: Collections = { articles: [], actors: [], claims: [], events: [], places: [] };
  const importer: Importer = {
    document: { entries: [], byIri: new Map(), byObject: new Map() },
    ...settings,
    pageUrl: context.pageUrl,
    names: context.names ?? OPTION_NAMES,
    markup: context.markup ?? null,
    urlBase: settings.baseUrl,
    warn,
    handlers: HANDLERS,
    collections,
    nodes: new Map(),
    typings: new Map(),
    queue: [],
    idSources: [],
    synthetic: new Map(),
    reviews: new Map(),
    claimants: new Map(),
    edges: new Map(),
    derived: new Map(),
    appearances: undefined,
    updates: new Map(),
    madeClaims: new Map(),
    sites: undefined,
    pages: new Map(),
  };
  // A copy read once: the input may be an object graph built in code, with getters and proxies.
  importer.document = readDocument(snapshot(input), warn, (iri) => resolveIri(importer, iri));
  importer.urlBase = settings.baseUrl ?? firstArticleUrl(importer);
  // Updates first, since an update's address depends on its live blog's; again once copies are merged.
  indexLiveBlogUpdates(importer);
  mergeArticlesByUrl(importer);
  importer.updates.clear();
  indexLiveBlogUpdates(importer);
  mergeActorsByName(importer);
  registerReviews(importer);
  for (const entry of importer.document.entries) {
    if (!entry.topLevel || entry.read !== false) continue;
    const typing = typingOf(importer, entry);
    const kind = typing && asNodeKind(typing.family);
    if (typing !== null && kind !== undefined) nodeFor(importer, entry, typing);
    else if (entry.types.size === 0) readContainer(importer, entry);
  }
  // The queue grows while it is worked through: mapping a node can make the nodes it refers to.
  let mapped = 0;
  const drain = (): void => {
    for (; mapped < importer.queue.length; mapped++) {
      const next = importer.queue[mapped];
      if (next !== undefined)
        importer.handlers[next.typing.family as NodeKind].map(importer, next.entry, next.typing, next.id);
    }
  };
  drain();
  readStrayArticles(importer);
  drain();
  reportLeftovers(importer);
  removeCycles(importer);
  // Nodes in the order of the input (made-up nodes last), whatever order they were reached in.
  const order = new Map(importer.idSources.map((source) => [source.placeholder, source.order]));
  const byOrder = (left: { id: string }, right: { id: string }): number =>
    (order.get(left.id) ?? 0) - (order.get(right.id) ?? 0) || 0;
  const graph: NewsGraph = {
    format: 1,
    articles: collections.articles.sort(byOrder),
    actors: collections.actors.sort(byOrder),
    claims: collections.claims.sort(byOrder),
    events: collections.events.sort(byOrder),
    places: collections.places.sort(byOrder),
  };
  const ids = finalIds(importer);
  renameAll(graph, ids);
  const origins = new Map<string, string>();
  for (const [entry, placeholder] of importer.nodes)
    if (placeholder !== null) origins.set(ids.get(placeholder) ?? placeholder, entry.path);
  return { graph, origins };
}

/**
 * Reads schema.org JSON-LD, as sites publish it, into a {@link NewsGraph}. It accepts a single node, an array of
 * nodes or documents, or `@graph`; nested nodes and `{ "@id" }` references; values written as a string, an
 * object or an array of either; the schema.org context over http or https (or none, with a warning); types
 * written bare, as `schema:` names or as full IRIs, alone or in arrays (the most specific mapped type wins).
 * NewsArticle and its subtypes (→ genre) and Article (→ genre news), Claim and ClaimReview (→ the claim's
 * review), Event, Person and Organization (and GovernmentOrganization, NGO, NewsMediaOrganization,
 * Corporation, PoliticalParty…) and Place (and Country, AdministrativeArea, City…) map onto the model.
 *
 * Ids come from each node's `@id` (its fragment, or its last path segment), else from its url or name, as
 * slugs; the same input always gives the same ids. Whatever is not mapped as written — unknown types and
 * properties, values of an unexpected shape, dangling references, merged copies of a node, required fields
 * filled in (marked `fieldProvenance: { basis: "inferred" }`), nodes skipped for lack of a required field —
 * is reported in `warnings` with its path; nothing is dropped silently. Text that holds HTML character
 * references is decoded (again, where a site escaped it twice); a body or description written as HTML markup
 * is dropped, reported, since this function loads no HTML parser (`readPage` renders it as text). The graph
 * passes `safeParseNewsGraph`. The function never throws and never changes its input. See
 * docs/jsonld-import.md.
 *
 * @example
 * ```ts
 * import { fromJsonLd } from "newsgraph/jsonld";
 *
 * const { graph, warnings } = fromJsonLd({
 *   "@context": "https://schema.org",
 *   "@type": "NewsArticle",
 *   headline: "Storm closes mountain pass",
 *   datePublished: "2025-01-08T12:00:00+01:00",
 *   inLanguage: "en",
 *   author: { "@type": "Person", name: "Jane Doe" },
 * }, { baseUrl: "https://example.org/news/storm" });
 * graph.articles[0]?.url; // "https://example.org/news/storm" (fieldProvenance.url says it was inferred)
 * graph.actors[0]?.name; // "Jane Doe"
 * warnings[0]?.message; // "the url is not stated; the baseUrl option is taken as the article's address"
 * ```
 */
export function fromJsonLd(document: unknown, options: FromJsonLdOptions = {}): FromJsonLdResult {
  const { graph, warnings } = importJsonLd(document, options);
  return { graph, warnings };
}

/** A graph with nothing in it, for an input of which nothing could be read. @internal */
export const emptyGraph = (): NewsGraph => ({
  format: 1,
  articles: [],
  actors: [],
  claims: [],
  events: [],
  places: [],
});

/** {@link fromJsonLd} with what a page reader adds, giving where each node is written too. @internal */
export function importJsonLd(
  document: unknown,
  options: FromJsonLdOptions = {},
  context: ImportContext = {},
): ImportResult {
  const warnings: ImportWarning[] = [];
  const warn = (path: string, message: string): void => {
    warnings.push({ path, message });
  };
  try {
    return { ...importGraph(document, options ?? {}, context, warn), warnings };
  } catch (cause) {
    // Only exotic input gets here (a getter that throws, a revoked Proxy): report it, never rethrow.
    warnings.push({
      path: "$",
      message: `the input could not be read: ${reasonOf(cause)}; nothing was imported`,
    });
    return { graph: emptyGraph(), warnings, origins: new Map() };
  }
}
