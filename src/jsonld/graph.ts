import type { Thing } from "schema-dts";
import { cachedNodeIndex } from "../graph/index-cache";
import type { NewsGraph } from "../model/news-graph";
import { actorCard, actorNode } from "./actor";
import { articleNode } from "./article";
import { claimNodes } from "./claim";
import { eventNode } from "./event";
import { type AddressNames, addressNames, nodeIri, pageIri, withoutFragment } from "./identity";
import { lightNode } from "./light-node";
import type { MappingContext, NodeForm } from "./mapping-context";
import type { JsonLdGraph, JsonLdNode } from "./output";
import { placeNode } from "./place";
import { webPageNode } from "./web-page";
import { webSiteNode } from "./web-site";

/**
 * Options for {@link articleJsonLd} and {@link toJsonLd}.
 *
 * @example
 * ```ts
 * import type { JsonLdOptions } from "newsgraph/jsonld";
 *
 * const options: JsonLdOptions = { baseUrl: "https://example.org/graph" };
 * ```
 */
export interface JsonLdOptions {
  /**
   * The absolute http(s) URL whose fragments name the nodes that have no url of their own:
   * `${baseUrl}#mark-rutte`. Defaults to the article's url ({@link articleJsonLd}) or the first article's
   * ({@link toJsonLd}). People and organisations with a `url` are named after it instead, on every page
   * alike; give one base to every page so that the other nodes keep one `@id` across the site too.
   */
  baseUrl?: string;
}

/**
 * What an article's page holds, as {@link ArticleJsonLdOptions.profile} chooses it.
 *
 * @example
 * ```ts
 * import type { JsonLdProfile } from "newsgraph/jsonld";
 *
 * const profile: JsonLdProfile = "graph";
 * ```
 */
export type JsonLdProfile = "page" | "graph";

/**
 * Options for {@link articleJsonLd}.
 *
 * @example
 * ```ts
 * import type { ArticleJsonLdOptions } from "newsgraph/jsonld";
 *
 * const options: ArticleJsonLdOptions = { profile: "graph", baseUrl: "https://example.org/graph" };
 * ```
 */
export interface ArticleJsonLdOptions extends JsonLdOptions {
  /**
   * `"page"` (the default): what search engines use, and nothing a rich-result rule rejects: the article, its
   * WebPage and WebSite, the publisher, authors, contributors and image creators, the reviewed claims with
   * their ClaimReviews, and every other node the article or those claims name as a light reference (a name
   * and identifiers). `"graph"`: the whole knowledge graph the article reaches, every node in full, as
   * {@link toJsonLd} writes it.
   */
  profile?: JsonLdProfile;
}

type Collections = Pick<NewsGraph, "articles" | "actors" | "claims" | "events" | "places">;

const LIGHT = 0;
const CARD = 1;
const FULL = 2;
const RANK: Record<NodeForm, number> = { light: LIGHT, card: CARD, full: FULL };

// The @ids of a graph, kept as long as its id index is: a string built once is flat once written, so a page
// written again (or any page, when every page is given one baseUrl) costs less to write. A memo of what a
// fresh call would build: the @ids that addresses give are decided for the whole graph at once (so that no two
// nodes share one, whichever page is written first), and decided again when what they were decided from has
// changed in place since (see `isCurrent`). The @ids made from a base URL are built as asked for, one base
// at a time.
interface Naming {
  names: AddressNames;
  /** What the names were decided from: each article's url and publisher, each actor's url and kind. */
  urls: string[];
  publishers: (string | undefined)[];
  actorUrls: (string | undefined)[];
  kinds: string[];
  iris?: Iris;
}

interface Iris {
  /** The base URL, checked, and the prefix of fragment IRIs made from it. */
  base: string;
  prefix: string;
  names: AddressNames;
  /** The @id of each node asked for so far, by id. */
  nodes: Map<string, string>;
  /** The mapping context of these IRIs, made by the first call and reset by each (see `contextOf`). */
  mapping?: Mapping;
}

// What one call to serialize reads and writes through its context: the queue of nodes to emit (in the order
// first referred to, each with the fullest form asked for, as a RANK) and the profile.
interface CallState {
  queue: Map<string, number>;
  page: boolean;
  /** Whether a call is using the context now. */
  busy: boolean;
}

interface Mapping {
  context: MappingContext;
  state: CallState;
}
const namingByIndex = /* @__PURE__ */ new WeakMap<object, Naming>();

const urlOf = (actor: Collections["actors"][number]): string | undefined =>
  (actor as { url?: string | undefined }).url;

// Checked on every call, so it reads as little as it can: each article's url, and its publisher only where
// two people or organisations wanted one @id (elsewhere who publishes decides nothing); each actor's url, and
// its kind only when it has one (the kind makes #person or #organization, or no @id for a state).
function isCurrent(naming: Naming, graph: Collections): boolean {
  const { articles, actors } = graph;
  const { urls, publishers, actorUrls, kinds } = naming;
  if (urls.length !== articles.length || actorUrls.length !== actors.length) return false;
  const contested = naming.names.contested;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as Collections["articles"][number];
    if (article.url !== urls[i] || (contested && article.publisher !== publishers[i])) return false;
  }
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i] as Collections["actors"][number];
    const url = urlOf(actor);
    if (url !== actorUrls[i] || (url !== undefined && actor.kind !== kinds[i])) return false;
  }
  return true;
}

function namingOf(graph: Collections, byId: ReturnType<typeof cachedNodeIndex>): Naming {
  const known = namingByIndex.get(byId);
  if (known !== undefined && isCurrent(known, graph)) return known;
  const { articles, actors } = graph;
  const naming: Naming = {
    names: addressNames(graph, byId),
    urls: articles.map((article) => article.url),
    publishers: articles.map((article) => article.publisher),
    actorUrls: actors.map(urlOf),
    kinds: actors.map((actor) => actor.kind),
  };
  namingByIndex.set(byId, naming);
  return naming;
}

function irisOf(naming: Naming, base: string): Iris {
  const known = naming.iris;
  if (known !== undefined && known.base === base) return known;
  if (!/^https?:\/\/[^/?#\s]/i.test(base)) {
    throw new Error(
      `newsgraph JSON-LD: the base URL must be an absolute http(s) URL, found ${JSON.stringify(base)}`,
    );
  }
  const prefix = `${withoutFragment(base)}#`;
  const iris: Iris = { base, prefix, names: naming.names, nodes: new Map() };
  naming.iris = iris;
  return iris;
}

// Emits the seeds, in full, then every node they refer to, each once, in the order first referred to. On a
// page each node takes the fullest form any reference asks for: every reference that asks for more than a
// light node is made by the article or its claims, the seeds, which are mapped before any other node, so no
// node is written before its form is known. The site of `publisher` (and in the graph, of every
// organisation) follows its organisation.
function serialize(
  graph: Collections,
  base: string,
  seeds: string[],
  profile: JsonLdProfile,
  publisher?: string,
): JsonLdGraph {
  const byId = cachedNodeIndex(graph);
  const page = profile === "page";
  // One IRI string per node, built once however often the node is referred to, and kept for the next page.
  const iris = irisOf(namingOf(graph, byId), base);
  const mapping = contextOf(iris, byId);
  const { context, state } = mapping;
  state.busy = true;
  state.queue = new Map();
  state.page = page;
  try {
    return emit(context, state.queue, byId, seeds, publisher);
  } finally {
    state.busy = false;
  }
}

// The context of a table of IRIs is made once and kept with it, its functions reading the call's state, so
// that a page costs no new closures. A call made while another uses it (only a graph's getter could) gets a
// context of its own.
function contextOf(iris: Iris, byId: ReturnType<typeof cachedNodeIndex>): Mapping {
  const kept = iris.mapping;
  if (kept !== undefined && !kept.state.busy) return kept;
  const made = makeContext(iris, byId);
  if (kept === undefined) iris.mapping = made;
  return made;
}

function makeContext(iris: Iris, byId: ReturnType<typeof cachedNodeIndex>): Mapping {
  const { nodes, names, prefix } = iris;
  const state: CallState = { queue: new Map(), page: true, busy: false };
  const context: MappingContext = {
    iri: (id) => {
      let iri = nodes.get(id);
      if (iri === undefined) {
        iri = nodeIri(id, names, prefix, byId.get(id)?.kind === "claim");
        nodes.set(id, iri);
      }
      return iri;
    },
    pageIri: (url) => names.pages.get(url) ?? pageIri(url),
    siteIri: (id) => names.sites.get(id),
    ref: (id, form = "light") => {
      const wanted = state.page ? RANK[form] : FULL;
      const known = state.queue.get(id);
      if (known === undefined || wanted > known) state.queue.set(id, wanted);
      return { "@id": context.iri(id) };
    },
    get: (id) => byId.get(id),
  };
  return { context, state };
}

function emit(
  context: MappingContext,
  queue: Map<string, number>,
  byId: ReturnType<typeof cachedNodeIndex>,
  seeds: string[],
  publisher: string | undefined,
): JsonLdGraph {
  for (const id of seeds) context.ref(id, "full");
  const nodes: Thing[] = [];
  // Articles whose urls differ only in their fragment (a live blog and its updates) share one WebPage,
  // written once.
  const pages = new Set<string>();
  for (const [id, form] of queue) {
    const entry = byId.get(id);
    if (entry === undefined) continue;
    if (entry.kind === "article") {
      nodes.push(articleNode(entry.node, context));
      const iri = context.pageIri(entry.node.url);
      if (!pages.has(iri)) {
        pages.add(iri);
        nodes.push(webPageNode(entry.node, context));
      }
    } else if (form === LIGHT) {
      nodes.push(lightNode(entry, context));
    } else if (entry.kind === "actor") {
      const actor = entry.node;
      nodes.push(form === CARD ? actorCard(actor, context) : actorNode(actor, context));
      if (actor.kind !== "person" && actor.kind !== "state" && (form === FULL || id === publisher)) {
        const site = webSiteNode(actor, context);
        if (site !== undefined) nodes.push(site);
      }
    } else if (entry.kind === "claim") {
      nodes.push(...claimNodes(entry.node, context));
    } else if (entry.kind === "event") {
      nodes.push(eventNode(entry.node, context));
    } else {
      nodes.push(placeNode(entry.node, context));
    }
  }
  // The mappers are typed with schema-dts, whose types allow far more than they write; JsonLdGraph says
  // what they write, and tests/jsonld/output-types.test.ts type-checks their real output against it.
  return { "@context": "https://schema.org", "@graph": nodes as JsonLdNode[] };
}

/**
 * The JSON-LD of one article's page, as a schema.org `@graph` in which each node appears once and nodes refer
 * to one another by `{ "@id" }`. By default (the `page` profile) it holds what search engines use, and nothing
 * a rich-result rule rejects: the article (as the NewsArticle subtype of its genre), its WebPage (breadcrumb,
 * related links) and its publisher's WebSite; the publisher, authors, contributors and image creators as
 * cards (names, pages, portraits, logo, policy pages); each claim with evidence in the article that has a
 * `review`, with its ClaimReview; and everything else these name (what the article is about and mentions, its
 * dateline, a claim's claimant and subjects, an author's employer) as a light reference: a name, a url,
 * `sameAs`, under a type such as Person, Organization, Place or Thing. With `{ profile: "graph" }` it holds the
 * knowledge graph the article reaches instead: every claim with evidence in it and every actor, event, place
 * and claim these refer to, transitively, each in full, as {@link toJsonLd} writes them.
 *
 * `@id`s are the same on every page of a site: the article's is its url, its WebPage's its url and `#webpage`,
 * a person's with a `url` that url and `#person`, an organisation's with a `url` that url and `#organization`
 * (its WebSite's `#website`), any other node's the base URL plus `#` and its id. No two nodes share an
 * `@id`: where these rules would give one twice, the whole graph is named at once, first come first served
 * (articles first, a publisher before other organisations), and the node that gives way takes the base URL
 * and its id, or that and `/2` (see the guide's "@ids"). Embed the result with
 * {@link jsonLdScript}. Expects a valid graph (see `parseNewsGraph`): a reference that does not resolve is
 * written as a reference to a node that is not in the output.
 *
 * What schema.org cannot say (a claim's stance, evidence offsets, approximate dates…) is left out, as listed
 * in the guide's "What the JSON-LD cannot say".
 *
 * The id index of the graph is built by the first call and kept for the next ones, for as long as the graph
 * holds the same nodes under the same ids: the pages of a site cost little more than their own nodes, and a
 * graph changed between calls is indexed again.
 *
 * @param graph - a parsed newsgraph document.
 * @param articleId - the id of the article whose page this is.
 * @param options - optionally the `profile` (`"page"` or `"graph"`) and the `baseUrl` for node `@id`s.
 * @returns the page's JSON-LD, `{ "@context": "https://schema.org", "@graph": [article, webPage, …] }`.
 * @throws Error if no article has the id (the message lists the ids there are), if `baseUrl` is not an
 *   absolute http(s) URL, or if `profile` is neither `"page"` nor `"graph"`.
 *
 * @example
 * ```ts
 * import type { NewsGraph } from "newsgraph";
 * import { articleJsonLd, jsonLdScript } from "newsgraph/jsonld";
 *
 * declare const graph: NewsGraph; // with the article "kursk-opinion"
 * const jsonLd = articleJsonLd(graph, "kursk-opinion");
 * jsonLd["@graph"][0]; // { "@type": "OpinionNewsArticle", "@id": "https://example.org/kursk", … }
 * const html = jsonLdScript(jsonLd); // for the page's <head>
 * const knowledge = articleJsonLd(graph, "kursk-opinion", { profile: "graph" }); // claims, events, places…
 * ```
 */
export function articleJsonLd(
  graph: NewsGraph,
  articleId: string,
  options: ArticleJsonLdOptions = {},
): JsonLdGraph {
  const { profile = "page" } = options;
  if (profile !== "page" && profile !== "graph") {
    throw new Error(`articleJsonLd: the profile must be "page" or "graph", found ${JSON.stringify(profile)}`);
  }
  const article = graph.articles.find((candidate) => candidate.id === articleId);
  if (article === undefined) {
    const ids = graph.articles.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    throw new Error(
      `articleJsonLd: no article ${JSON.stringify(articleId)}; ${ids ? `the articles are ${ids}` : "the graph has no articles"}`,
    );
  }
  // No index of ids can say which claims have evidence here: every claim's evidence is read (on a page, only
  // a reviewed claim's).
  const seeds = [articleId];
  const { claims } = graph;
  const page = profile === "page";
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c] as NewsGraph["claims"][number];
    if (page && claim.review === undefined) continue;
    for (const span of claim.evidence) {
      if (span.article === articleId) {
        seeds.push(claim.id);
        break;
      }
    }
  }
  return serialize(graph, options.baseUrl ?? article.url, seeds, profile, article.publisher);
}

/**
 * The whole graph as schema.org JSON-LD: one `@graph` with every article (each followed by its WebPage),
 * actor (each organisation with a `url` followed by its WebSite), claim (and its ClaimReview), event and
 * place, in document order, each in full as {@link articleJsonLd} writes it in the `graph` profile.
 *
 * @param graph - a parsed newsgraph document.
 * @param options - optionally the `baseUrl` for the `@id`s of nodes that have no url of their own; without
 *   it, the first article's url.
 * @returns `{ "@context": "https://schema.org", "@graph": […] }`.
 * @throws Error if there is no `baseUrl` and no article to take one from, or if `baseUrl` is not an
 *   absolute http(s) URL.
 *
 * @example
 * ```ts
 * import type { NewsGraph } from "newsgraph";
 * import { toJsonLd } from "newsgraph/jsonld";
 *
 * declare const graph: NewsGraph;
 * toJsonLd(graph, { baseUrl: "https://example.org/data/kursk" })["@graph"].length; // every node, once
 * ```
 */
export function toJsonLd(graph: NewsGraph, options: JsonLdOptions = {}): JsonLdGraph {
  const base = options.baseUrl ?? graph.articles[0]?.url;
  if (base === undefined) {
    throw new Error(
      "toJsonLd: the graph has no article whose url could be the base of the nodes' @ids; pass options.baseUrl",
    );
  }
  const { articles, actors, claims, events, places } = graph;
  const seeds = [...articles, ...actors, ...claims, ...events, ...places].map((node) => node.id);
  return serialize(graph, base, seeds, "graph");
}
