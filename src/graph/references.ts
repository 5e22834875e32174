import type { NewsGraph } from "../model/news-graph";
import type { NodeKind } from "./node-index";

/** One reference from a node to another, by id, with where it is written. */
export interface Reference {
  /** The path of the referring field: `["claims", 3, "claimant"]`. */
  path: (string | number)[];
  /** The id referred to. */
  id: string;
  /** The kinds of node the field may refer to. */
  allowed: readonly NodeKind[];
}

const SUBJECT: readonly NodeKind[] = ["actor", "event", "place"];
const ACTOR: readonly NodeKind[] = ["actor"];
const PLACE: readonly NodeKind[] = ["place"];
const EVENT: readonly NodeKind[] = ["event"];
const CLAIM: readonly NodeKind[] = ["claim"];
const ARTICLE: readonly NodeKind[] = ["article"];
const ACTOR_OR_PLACE: readonly NodeKind[] = ["actor", "place"];

/**
 * Calls `visit` for every reference in the graph, in document order. This table of which field
 * refers to which kinds of node is the single statement of the model's references.
 */
export function forEachReference(graph: NewsGraph, visit: (reference: Reference) => void): void {
  const one = (path: (string | number)[], id: string | undefined, allowed: readonly NodeKind[]): void => {
    if (id !== undefined) visit({ path, id, allowed });
  };
  const many = (path: (string | number)[], ids: readonly string[], allowed: readonly NodeKind[]): void => {
    ids.forEach((id, i) => {
      visit({ path: [...path, i], id, allowed });
    });
  };
  graph.articles.forEach((article, i) => {
    const at = ["articles", i];
    many([...at, "authors"], article.authors, ACTOR);
    one([...at, "publisher"], article.publisher, ACTOR);
    one([...at, "dateline"], article.dateline, PLACE);
    many([...at, "about"], article.about, SUBJECT);
    many([...at, "mentions"], article.mentions, SUBJECT);
  });
  graph.actors.forEach((actor, i) => {
    const at = ["actors", i];
    many([...at, "memberOf"], actor.memberOf, ACTOR);
    if (actor.kind === "person") one([...at, "nationality"], actor.nationality, ACTOR_OR_PLACE);
    else if (actor.kind === "state") one([...at, "territory"], actor.territory, PLACE);
    else one([...at, "country"], actor.country, ACTOR_OR_PLACE);
    if (actor.kind !== "state") {
      actor.roles.forEach((role, r) => {
        one([...at, "roles", r, "of"], role.of, ACTOR);
      });
    }
  });
  graph.claims.forEach((claim, i) => {
    const at = ["claims", i];
    one([...at, "claimant"], claim.claimant, ACTOR);
    many([...at, "about"], claim.about, SUBJECT);
    claim.evidence.forEach((span, e) => {
      one([...at, "evidence", e, "article"], span.article, ARTICLE);
    });
    claim.responds.forEach((response, r) => {
      one([...at, "responds", r, "claim"], response.claim, CLAIM);
    });
    one([...at, "reportedBy"], claim.reportedBy, ACTOR);
    one([...at, "review", "reviewer"], claim.review?.reviewer, ACTOR);
  });
  graph.events.forEach((event, i) => {
    const at = ["events", i];
    one([...at, "location"], event.location, PLACE);
    event.participants.forEach((participant, p) => {
      one([...at, "participants", p, "actor"], participant.actor, ACTOR);
    });
    one([...at, "partOf"], event.partOf, EVENT);
  });
  graph.places.forEach((place, i) => {
    one(["places", i, "containedIn"], place.containedIn, PLACE);
  });
}
