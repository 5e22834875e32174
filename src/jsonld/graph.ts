import type { Thing } from "schema-dts";
import { cachedNodeIndex } from "../graph/index-cache";
import type { NewsGraph } from "../model/news-graph";
import { actorNode } from "./actor";
import { articleNode } from "./article";
import { claimNodes } from "./claim";
import { eventNode } from "./event";
import type { MappingContext } from "./mapping-context";
import type { JsonLdGraph, JsonLdNode } from "./output";
import { placeNode } from "./place";

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
   * ({@link toJsonLd}). Give one base to every page so that an actor keeps one `@id` across the site.
   */
  baseUrl?: string;
}

type Collections = Pick<NewsGraph, "articles" | "actors" | "claims" | "events" | "places">;

// Emits the seeds, then every node they refer to, each once, in the order first referred to.
function serialize(graph: Collections, base: string, seeds: string[]): JsonLdGraph {
  if (!/^https?:\/\/[^/?#\s]/i.test(base)) {
    throw new Error(
      `newsgraph JSON-LD: the base URL must be an absolute http(s) URL, found ${JSON.stringify(base)}`,
    );
  }
  const byId = cachedNodeIndex(graph);
  const prefix = `${base.split("#")[0]}#`;
  // A Set's iteration visits what is added during it: the queue of nodes to emit.
  const queue = new Set<string>();
  // One IRI string per node, built once however often the node is referred to.
  const iris = new Map<string, string>();
  const context: MappingContext = {
    iri: (id) => {
      let iri = iris.get(id);
      if (iri === undefined) {
        const entry = byId.get(id);
        iri = entry?.kind === "article" ? entry.node.url : prefix + id;
        iris.set(id, iri);
      }
      return iri;
    },
    ref: (id) => {
      queue.add(id);
      return { "@id": context.iri(id) };
    },
    get: (id) => byId.get(id),
  };
  seeds.forEach(context.ref);
  const nodes: Thing[] = [];
  for (const id of queue) {
    const entry = byId.get(id);
    switch (entry?.kind) {
      case "article":
        nodes.push(articleNode(entry.node, context));
        break;
      case "actor":
        nodes.push(actorNode(entry.node, context));
        break;
      case "claim":
        nodes.push(...claimNodes(entry.node, context));
        break;
      case "event":
        nodes.push(eventNode(entry.node, context));
        break;
      case "place":
        nodes.push(placeNode(entry.node, context));
    }
  }
  // The mappers are typed with schema-dts, whose types allow far more than they write; JsonLdGraph says
  // what they write, and tests/jsonld/output-types.test.ts type-checks their real output against it.
  return { "@context": "https://schema.org", "@graph": nodes as JsonLdNode[] };
}

/**
 * The JSON-LD of one article's page: a schema.org `@graph` holding the article (as the NewsArticle subtype
 * of its genre), the claims that have evidence in it (each with its ClaimReview when it has a `review`),
 * and every actor, event, place and claim these refer to, transitively, each once. Nodes refer to one
 * another by `{ "@id" }`; the article's `@id` is its url, every other node's the base URL plus `#` and its
 * id. Embed it with {@link jsonLdScript}. Expects a valid graph (see `parseNewsGraph`): a reference that
 * does not resolve is written as a reference to a node that is not in the output.
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
 * @param options - optionally the `baseUrl` for node `@id`s.
 * @returns the page's JSON-LD, `{ "@context": "https://schema.org", "@graph": [article, …] }`.
 * @throws Error if no article has the id (the message lists the ids there are), or if `baseUrl` is not an
 *   absolute http(s) URL.
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
 * ```
 */
export function articleJsonLd(graph: NewsGraph, articleId: string, options: JsonLdOptions = {}): JsonLdGraph {
  const article = graph.articles.find((candidate) => candidate.id === articleId);
  if (article === undefined) {
    const ids = graph.articles.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    throw new Error(
      `articleJsonLd: no article ${JSON.stringify(articleId)}; ${ids ? `the articles are ${ids}` : "the graph has no articles"}`,
    );
  }
  // No index of ids can say which claims have evidence here: every claim's evidence is read.
  const seeds = [articleId];
  for (const claim of graph.claims) {
    for (const span of claim.evidence) {
      if (span.article === articleId) {
        seeds.push(claim.id);
        break;
      }
    }
  }
  return serialize(graph, options.baseUrl ?? article.url, seeds);
}

/**
 * The whole graph as schema.org JSON-LD: one `@graph` with every article, actor, claim (and its
 * ClaimReview), event and place, in document order, each mapped as in {@link articleJsonLd}.
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
  return serialize(graph, base, seeds);
}
