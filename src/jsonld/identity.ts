// How nodes are named in JSON-LD: the @ids that stay the same on every page of a site, one for each node.
import type { IndexedNode } from "../graph/node-index";
import type { NewsGraph } from "../model/news-graph";

/**
 * A URL without its fragment: the page a fragment identifier names a part of.
 *
 * @example
 * ```ts
 * import { withoutFragment } from "./identity";
 *
 * withoutFragment("https://example.org/staff/ana#bio"); // "https://example.org/staff/ana"
 * ```
 */
export function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The `@id` the WebSite at an organisation's home page would have: the url and `#website`.
 *
 * @example
 * ```ts
 * import { siteIri } from "./identity";
 *
 * siteIri("https://example.org/"); // "https://example.org/#website"
 * ```
 */
export const siteIri = (url: string): string => `${withoutFragment(url)}#website`;

/**
 * The `@id` the WebPage an article is the main entity of would have: its url, without a fragment, and
 * `#webpage`.
 *
 * @example
 * ```ts
 * import { pageIri } from "./identity";
 *
 * pageIri("https://example.org/news/bridge"); // "https://example.org/news/bridge#webpage"
 * ```
 */
export const pageIri = (url: string): string => `${withoutFragment(url)}#webpage`;

/**
 * The `@id`s a graph's addresses give, decided once for the whole graph, so that every page names a node
 * alike and no two things alike (see {@link addressNames}).
 *
 * @example
 * ```ts
 * import type { AddressNames } from "./identity";
 *
 * declare const names: AddressNames;
 * names.nodes.get("example-herald"); // "https://example.org/#organization"
 * ```
 */
export interface AddressNames {
  /** The `@id` of each article, person and organisation that keeps the one its address gives, by node id. */
  nodes: Map<string, string>;
  /** The `@id` of each article's WebPage, by the article's url. */
  pages: Map<string, string>;
  /** The `@id` of each organisation's WebSite, by the organisation's id (organisations with a `url` only). */
  sites: Map<string, string>;
  /** Every `@id` given out here. */
  taken: Set<string>;
  /**
   * Whether a person or organisation wanted an `@id` another person or organisation had, so that which of
   * them publishes an article decided between them.
   */
  contested: boolean;
}

// The first of `iri`, `iri/2`, `iri/3`… (from `/${from}`) that is not taken, and whose `also` suffix is not
// either. Only articles' urls, given out first, end in a numeric segment among the first choices of
// addresses, and no node id has a `/`: what is free here stays free.
function firstFree(iri: string, taken: ReadonlySet<string>, also?: string, from = 2): string {
  let candidate = iri;
  for (let n = from; taken.has(candidate) || (also !== undefined && taken.has(candidate + also)); n++)
    candidate = `${iri}/${n}`;
  return candidate;
}

/**
 * Gives out the `@id`s that addresses make, for the whole graph at once, first come first served: first each
 * article its url, in the graph's order; then each page its WebPage's (`#webpage`), one for the articles whose
 * urls differ only in their fragment; then each person with a `url` (a profile page) that url, without a
 * fragment, and `#person`, and each organisation with a `url` (its home page) that url and `#organization`,
 * those that publish an article before the others (search engines read the publisher's), each in the graph's
 * order; and each organisation with a `url` its WebSite's (`#website`). An article, person or
 * organisation whose `@id` another has taken is named after the base URL like any other node (see
 * {@link nodeIri}); a WebPage or WebSite whose `@id` is taken gets the first free of `/2`, `/3`… after it.
 * Nodes that do not hold their id in `byId` (a second node with one id) are passed over.
 *
 * @example
 * ```ts
 * import type { NewsGraph } from "newsgraph";
 * import { cachedNodeIndex } from "../graph/index-cache";
 * import { addressNames } from "./identity";
 *
 * declare const graph: NewsGraph; // an article at https://example.org/a#webpage
 * const names = addressNames(graph, cachedNodeIndex(graph));
 * names.pages.get("https://example.org/a#webpage"); // "https://example.org/a#webpage/2"
 * ```
 */
export function addressNames(
  graph: Pick<NewsGraph, "articles" | "actors">,
  byId: ReadonlyMap<string, IndexedNode>,
): AddressNames {
  const names: AddressNames = {
    nodes: new Map(),
    pages: new Map(),
    sites: new Map(),
    taken: new Set(),
    contested: false,
  };
  const { nodes, pages, sites, taken } = names;
  // Where to go on from for an @id wanted again (many organisations at one home page), so that each is one step.
  const next = new Map<string, number>();
  const claim = (iri: string): string => {
    const free = firstFree(iri, taken, undefined, next.get(iri));
    const slash = free === iri ? -1 : free.lastIndexOf("/");
    next.set(iri, slash === -1 ? 2 : Number(free.slice(slash + 1)) + 1);
    taken.add(free);
    return free;
  };
  const indexed = (node: { id: string }) => byId.get(node.id)?.node === node;
  const { articles, actors } = graph;
  for (const article of articles) {
    if (!indexed(article) || taken.has(article.url)) continue;
    taken.add(article.url);
    nodes.set(article.id, article.url);
  }
  const madePages = new Map<string, string>();
  for (const { url } of articles) {
    if (pages.has(url)) continue;
    const page = withoutFragment(url);
    let iri = madePages.get(page);
    if (iri === undefined) {
      iri = claim(`${page}#webpage`);
      madePages.set(page, iri);
    }
    pages.set(url, iri);
  }
  // The @ids people and organisations have taken: another that wants one of them is a contest.
  const wanted = new Set<string>();
  const publishers = new Set<string | undefined>();
  for (const article of articles) publishers.add(article.publisher);
  for (const publishing of [true, false]) {
    for (const actor of actors) {
      if (actor.kind === "state" || actor.url === undefined || publishers.has(actor.id) !== publishing)
        continue;
      if (!indexed(actor)) continue;
      const iri = `${withoutFragment(actor.url)}${actor.kind === "person" ? "#person" : "#organization"}`;
      if (!taken.has(iri)) {
        taken.add(iri);
        nodes.set(actor.id, iri);
        wanted.add(iri);
      } else if (wanted.has(iri)) names.contested = true;
      if (actor.kind !== "person") sites.set(actor.id, claim(siteIri(actor.url)));
    }
  }
  return names;
}

/**
 * The `@id` of a node: the one its address gives, when it keeps it (see {@link addressNames}); otherwise the
 * base URL's `prefix` (which ends in `#`) and its id. Should an address have given that `@id` out already, the
 * node takes the first of `prefix`, id and `/2`, `/3`… that none has (for a claim, one whose `/review`, its
 * ClaimReview's, is free as well): since ids are slugs, no other node's `@id` can be one of these.
 *
 * @example
 * ```ts
 * import { type AddressNames, nodeIri } from "./identity";
 *
 * declare const names: AddressNames; // with an article at https://example.org/a#nato
 * nodeIri("nato", names, "https://example.org/a#", false); // "https://example.org/a#nato/2"
 * nodeIri("russia", names, "https://example.org/a#", false); // "https://example.org/a#russia"
 * ```
 */
export function nodeIri(id: string, names: AddressNames, prefix: string, claim: boolean): string {
  return names.nodes.get(id) ?? firstFree(prefix + id, names.taken, claim ? "/review" : undefined);
}
