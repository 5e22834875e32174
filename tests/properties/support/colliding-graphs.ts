// Generated graphs whose addresses and ids are made to meet: an article at the base URL, `#` and another
// node's id, or at a person's `#person`; an article whose url ends in `#webpage`; a node with the id
// `webpage` beside an article at the base URL… In plain generated graphs two nodes compete for one @id in
// about one graph in five thousand; here in most.
import fc from "fast-check";
import type { NewsGraph } from "../../../src/model/news-graph";
import { arbitraryNewsGraph } from "../../../src/testing/index";
import { safeParseNewsGraph } from "../../../src/validate/parse";

/** The @id fragments newsgraph writes after an address. */
const ROLES = ["webpage", "website", "person", "organization"];

const stem = (url: string): string => url.split("#")[0] ?? url;

type Change = (graph: NewsGraph, pick: (count: number) => number) => void;

const idsOf = (graph: NewsGraph): string[] =>
  [graph.articles, graph.actors, graph.claims, graph.events, graph.places].flatMap((nodes) =>
    nodes.map((node) => node.id),
  );

const addressesOf = (graph: NewsGraph): string[] => [
  ...graph.articles.map((article) => article.url),
  ...graph.actors.flatMap((actor) => (actor.kind !== "state" && actor.url) || []),
];

/** The fields of the model that hold node ids (`NodeId` in src/model), the node's own `id` among them. */
const ID_FIELDS = new Set([
  ...["id", "about", "actor", "article", "author", "authors", "claim", "claimant", "containedIn", "country"],
  ...["creator", "dateline", "location", "memberOf", "mentions", "nationality", "of", "partOf", "publisher"],
  ...["reportedBy", "reviewer", "territory", "updates", "worksFor"],
]);

/** Gives a node another id, in its own `id` and in every field that refers to it. */
function rename(value: unknown, from: string, to: string): void {
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(record)) {
    if (ID_FIELDS.has(key) && item === from) record[key] = to;
    else if (ID_FIELDS.has(key) && Array.isArray(item))
      record[key] = item.map((entry: unknown) => (entry === from ? to : entry));
    rename(record[key], from, to);
  }
}

/** Moves an article to a url no other article has. */
function moveArticle(graph: NewsGraph, index: number, url: string): void {
  const article = graph.articles[index];
  if (article !== undefined && !graph.articles.some((other) => other.url === url)) article.url = url;
}

// Each change keeps the graph valid, unless `invalid` says otherwise.
const CHANGES: Record<string, { change: Change; invalid?: true }> = {
  "an article at the base URL, # and a node's id (and /2)": {
    change: (graph, pick) => {
      const ids = idsOf(graph);
      const base = graph.articles[0]?.url;
      if (base === undefined) return;
      const suffix = ["", "/2", "/review"][pick(3)];
      moveArticle(graph, pick(graph.articles.length), `${stem(base)}#${ids[pick(ids.length)]}${suffix}`);
    },
  },
  "an article at an address and a role (#webpage, #person…)": {
    change: (graph, pick) => {
      const addresses = addressesOf(graph);
      const url = addresses[pick(addresses.length)];
      if (url !== undefined)
        moveArticle(graph, pick(graph.articles.length), `${stem(url)}#${ROLES[pick(ROLES.length)]}`);
    },
  },
  "a person or organisation at an article's page": {
    change: (graph, pick) => {
      const actor = graph.actors[pick(graph.actors.length)];
      const url = graph.articles[pick(graph.articles.length)]?.url;
      if (actor === undefined || actor.kind === "state" || url === undefined) return;
      const person = actor.kind === "person";
      const taken = graph.actors.some(
        (other) =>
          other !== actor &&
          other.kind !== "state" &&
          (other.kind === "person") === person &&
          other.url !== undefined &&
          stem(other.url) === stem(url),
      );
      if (!taken) actor.url = url;
    },
  },
  "a node renamed after a role (webpage, person…)": {
    change: (graph, pick) => {
      const ids = idsOf(graph);
      const from = ids[pick(ids.length)];
      const to = ROLES[pick(ROLES.length)] ?? "webpage";
      if (from === undefined || ids.includes(to)) return;
      rename(graph, from, to);
    },
  },
  "two articles at one url": {
    invalid: true,
    change: (graph, pick) => {
      const from = graph.articles[pick(graph.articles.length)];
      const to = graph.articles[pick(graph.articles.length)];
      if (from !== undefined && to !== undefined) to.url = from.url;
    },
  },
  "two people, or two organisations, at one address": {
    invalid: true,
    change: (graph, pick) => {
      const from = graph.actors[pick(graph.actors.length)];
      const person = from?.kind === "person";
      const others = graph.actors.filter(
        (actor) => actor !== from && actor.kind !== "state" && (actor.kind === "person") === person,
      );
      const to = others[pick(others.length)];
      if (from === undefined || from.kind === "state" || to === undefined || to.kind === "state") return;
      from.url ??= "https://example.org/shared";
      to.url = from.url;
    },
  },
};

/**
 * Graphs from `arbitraryNewsGraph`, then up to four changes that make addresses and ids meet; with `valid`,
 * only changes that keep the graph valid, and only graphs that are.
 */
export function arbitraryCollidingGraph(
  options: { valid: boolean; withText?: boolean } = { valid: true },
): fc.Arbitrary<NewsGraph> {
  const names = Object.keys(CHANGES).filter((name) => !options.valid || CHANGES[name]?.invalid !== true);
  const change = fc.record({ name: fc.constantFrom(...names), picks: fc.array(fc.nat(), { maxLength: 6 }) });
  const graphs = fc
    .tuple(
      arbitraryNewsGraph(options.withText === undefined ? {} : { withText: options.withText }),
      fc.array(change, { minLength: 1, maxLength: 4 }),
    )
    .map(([generated, changes]) => {
      const graph = structuredClone(generated);
      for (const { name, picks } of changes) {
        let next = 0;
        const pick = (count: number): number => (count === 0 ? 0 : (picks[next++] ?? 0) % count);
        CHANGES[name]?.change(graph, pick);
      }
      return graph;
    });
  return options.valid ? graphs.filter((graph) => safeParseNewsGraph(graph).success) : graphs;
}
