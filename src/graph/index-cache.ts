import type { NewsGraph } from "../model/news-graph";
import { type IndexedNode, indexNodes } from "./node-index";

type Collections = Pick<NewsGraph, "articles" | "actors" | "claims" | "events" | "places">;

/** What an index was built from: each collection's nodes and their ids, position by position. */
interface Indexed {
  nodes: readonly (readonly { id: string }[])[];
  ids: readonly (readonly string[])[];
  byId: Map<string, IndexedNode>;
}

const collectionsOf = (graph: Collections): readonly (readonly { id: string }[])[] => [
  graph.articles,
  graph.actors,
  graph.claims,
  graph.events,
  graph.places,
];

// A memo, not state: an index is used only while the graph still holds the same nodes with the same ids
// in the same places, so a result is always what a fresh index would give, whatever the caller changed.
const indexes = /* @__PURE__ */ new WeakMap<Collections, Indexed>();

function isCurrent(indexed: Indexed, collections: readonly (readonly { id: string }[])[]): boolean {
  for (let c = 0; c < collections.length; c++) {
    const nodes = collections[c] ?? [];
    const before = indexed.nodes[c] ?? [];
    const ids = indexed.ids[c] ?? [];
    if (nodes.length !== before.length) return false;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node !== before[i] || node?.id !== ids[i]) return false;
    }
  }
  return true;
}

/**
 * The graph's nodes by id, as {@link indexNodes} finds them (the first node of an id wins), built once per
 * graph and kept while the graph lives. Checking that the graph has not changed costs two comparisons a
 * node, against a hash-map insertion a node to build it again: the serializers call this for every page.
 */
export function cachedNodeIndex(graph: Collections): Map<string, IndexedNode> {
  const collections = collectionsOf(graph);
  const indexed = indexes.get(graph);
  if (indexed !== undefined && isCurrent(indexed, collections)) return indexed.byId;
  const { byId } = indexNodes(graph);
  indexes.set(graph, {
    nodes: collections.map((nodes) => nodes.slice()),
    ids: collections.map((nodes) => nodes.map((node) => node.id)),
    byId,
  });
  return byId;
}
