import type { NewsGraph } from "../model/news-graph";
import type { COLLECTION_OF, NodeKind } from "./node-index";

/**
 * What a reference may point at: a kind of node, or `organization`, an actor of any kind but `person` (the
 * actors that are schema.org Organizations).
 */
export type ReferenceKind = NodeKind | "organization";

/** One reference from a node to another, by id, with where it is written. */
export interface Reference {
  /** The path of the referring field: `["claims", 3, "claimant"]`. */
  path: (string | number)[];
  /** The id referred to. */
  id: string;
  /** The kinds of node the field may refer to. */
  allowed: readonly ReferenceKind[];
}

/** The name of a collection of nodes: `articles`, `actors`, `claims`, `events`, `places`. */
export type Collection = (typeof COLLECTION_OF)[NodeKind];

/**
 * Receives one reference: the id, the kinds of node it may refer to, and where it is written, in parts —
 * `claims[3].evidence[0].article` is `("claims", 3, "evidence", 0, "article")`, `claims[3].claimant` is
 * `("claims", 3, "claimant")`. The parts make a walk over a large graph allocate nothing;
 * {@link referencePath} joins them.
 */
export type ReferenceVisitor = (
  id: string,
  allowed: readonly ReferenceKind[],
  collection: Collection,
  node: number,
  field: string,
  item?: number | string,
  key?: string,
) => void;

/** The path a {@link ReferenceVisitor} receives in parts, as one array. */
export function referencePath(
  collection: Collection,
  node: number,
  field: string,
  item?: number | string,
  key?: string,
): (string | number)[] {
  const path: (string | number)[] = [collection, node, field];
  if (item !== undefined) path.push(item);
  if (key !== undefined) path.push(key);
  return path;
}

const SUBJECT: readonly NodeKind[] = ["actor", "event", "place"];
const ACTOR: readonly NodeKind[] = ["actor"];
const PLACE: readonly NodeKind[] = ["place"];
const EVENT: readonly NodeKind[] = ["event"];
const CLAIM: readonly NodeKind[] = ["claim"];
const ARTICLE: readonly NodeKind[] = ["article"];
const ACTOR_OR_PLACE: readonly NodeKind[] = ["actor", "place"];
const ORGANIZATION: readonly ReferenceKind[] = ["organization"];

// How to read the id out of each kind of list item, made once rather than per node.
const itself = (id: string): string => id;
const roleOf = (role: { of: string }): string => role.of;
const articleOf = (span: { article: string }): string => span.article;
const claimOf = (response: { claim: string }): string => response.claim;
const actorOf = (participant: { actor: string }): string => participant.actor;

/**
 * Calls `visit` for every reference in the graph, in document order. This table of which field
 * refers to which kinds of node is the single statement of the model's references.
 */
export function visitReferences(graph: NewsGraph, visit: ReferenceVisitor): void {
  const one = (
    id: string | undefined,
    allowed: readonly ReferenceKind[],
    collection: Collection,
    node: number,
    field: string,
  ): void => {
    if (id !== undefined) visit(id, allowed, collection, node, field);
  };
  const many = <T>(
    items: readonly T[],
    idOf: (item: T) => string,
    allowed: readonly ReferenceKind[],
    collection: Collection,
    node: number,
    field: string,
    key?: string,
  ): void => {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      visit(idOf(item), allowed, collection, node, field, i, key);
    }
  };
  const { articles, actors, claims, events, places } = graph;
  // A NewsGraph's arrays hold nodes only: the shape check, which runs first, sees to it.
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as NewsGraph["articles"][number];
    many(article.authors, itself, ACTOR, "articles", i, "authors");
    many(article.contributors, actorOf, ACTOR, "articles", i, "contributors", "actor");
    one(article.publisher, ACTOR, "articles", i, "publisher");
    const { images } = article;
    for (let m = 0; m < images.length; m++) {
      const creator = images[m]?.creator;
      if (creator !== undefined) visit(creator, ACTOR, "articles", i, "images", m, "creator");
    }
    one(article.dateline, PLACE, "articles", i, "dateline");
    many(article.about, itself, SUBJECT, "articles", i, "about");
    many(article.mentions, itself, SUBJECT, "articles", i, "mentions");
    many(article.updates, itself, ARTICLE, "articles", i, "updates");
  }
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i] as NewsGraph["actors"][number];
    many(actor.memberOf, itself, ACTOR, "actors", i, "memberOf");
    if (actor.kind === "person") {
      one(actor.nationality, ACTOR_OR_PLACE, "actors", i, "nationality");
      many(actor.worksFor, itself, ORGANIZATION, "actors", i, "worksFor");
    } else if (actor.kind === "state") one(actor.territory, PLACE, "actors", i, "territory");
    else one(actor.country, ACTOR_OR_PLACE, "actors", i, "country");
    if (actor.kind !== "state") many(actor.roles, roleOf, ACTOR, "actors", i, "roles", "of");
  }
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] as NewsGraph["claims"][number];
    one(claim.claimant, ACTOR, "claims", i, "claimant");
    many(claim.about, itself, SUBJECT, "claims", i, "about");
    many(claim.evidence, articleOf, ARTICLE, "claims", i, "evidence", "article");
    for (let a = 0; a < claim.appearances.length; a++) {
      const appearance = claim.appearances[a] as NewsGraph["claims"][number]["appearances"][number];
      if (appearance.article !== undefined)
        visit(appearance.article, ARTICLE, "claims", i, "appearances", a, "article");
      if (appearance.author !== undefined)
        visit(appearance.author, ACTOR, "claims", i, "appearances", a, "author");
    }
    many(claim.responds, claimOf, CLAIM, "claims", i, "responds", "claim");
    one(claim.reportedBy, ACTOR, "claims", i, "reportedBy");
    if (claim.review !== undefined) visit(claim.review.reviewer, ACTOR, "claims", i, "review", "reviewer");
  }
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as NewsGraph["events"][number];
    one(event.location, PLACE, "events", i, "location");
    many(event.participants, actorOf, ACTOR, "events", i, "participants", "actor");
    one(event.partOf, EVENT, "events", i, "partOf");
  }
  for (let i = 0; i < places.length; i++) {
    one(places[i]?.containedIn, PLACE, "places", i, "containedIn");
  }
}

/**
 * Calls `visit` for every reference in the graph, in document order, with its path as an array. For a
 * walk that reads few paths (validation of a large graph), {@link visitReferences} allocates nothing.
 */
export function forEachReference(graph: NewsGraph, visit: (reference: Reference) => void): void {
  visitReferences(graph, (id, allowed, collection, node, field, item, key) => {
    visit({ path: referencePath(collection, node, field, item, key), id, allowed });
  });
}
