import type { Actor } from "../model/actor";
import type { Article } from "../model/article";
import type { Claim } from "../model/claim";
import type { Event } from "../model/event";
import type { NewsGraph } from "../model/news-graph";
import type { Place } from "../model/place";

/** The five kinds of node, named for their collections in the singular. */
export type NodeKind = "article" | "actor" | "claim" | "event" | "place";

/** The collection of a {@link NodeKind}. */
export const COLLECTION_OF = {
  article: "articles",
  actor: "actors",
  claim: "claims",
  event: "events",
  place: "places",
} as const satisfies Record<NodeKind, keyof NewsGraph>;

/** A node found by id, with where it sits in the document. */
export type IndexedNode =
  | { kind: "article"; index: number; node: Article }
  | { kind: "actor"; index: number; node: Actor }
  | { kind: "claim"; index: number; node: Claim }
  | { kind: "event"; index: number; node: Event }
  | { kind: "place"; index: number; node: Place };

/** A document's nodes by id, plus the ids that occur more than once. */
export interface NodeIndex {
  byId: Map<string, IndexedNode>;
  duplicates: { kind: NodeKind; index: number; id: string; first: IndexedNode }[];
}

/**
 * Builds the id index of a graph in one pass: the one place where ids are resolved, for
 * validation and serialization alike. The first node with an id wins; later ones are listed
 * as duplicates.
 */
export function indexNodes(
  graph: Pick<NewsGraph, "articles" | "actors" | "claims" | "events" | "places">,
): NodeIndex {
  const byId = new Map<string, IndexedNode>();
  const duplicates: NodeIndex["duplicates"] = [];
  const add = (entry: IndexedNode): void => {
    const first = byId.get(entry.node.id);
    if (first === undefined) byId.set(entry.node.id, entry);
    else duplicates.push({ kind: entry.kind, index: entry.index, id: entry.node.id, first });
  };
  graph.articles.forEach((node, index) => {
    add({ kind: "article", index, node });
  });
  graph.actors.forEach((node, index) => {
    add({ kind: "actor", index, node });
  });
  graph.claims.forEach((node, index) => {
    add({ kind: "claim", index, node });
  });
  graph.events.forEach((node, index) => {
    add({ kind: "event", index, node });
  });
  graph.places.forEach((node, index) => {
    add({ kind: "place", index, node });
  });
  return { byId, duplicates };
}
