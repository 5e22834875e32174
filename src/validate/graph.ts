import { COLLECTION_OF, type IndexedNode, indexNodes, type NodeIndex } from "../graph/node-index";
import { type ReferenceKind, referencePath, visitReferences } from "../graph/references";
import { describeValue } from "../model/describe";
import { endsBeforeStart } from "../model/fuzzy-date-syntax";
import type { NewsGraph } from "../model/news-graph";
import type { NewsGraphIssue } from "./error";

const ARTICLE_OF: Record<ReferenceKind, string> = {
  article: "an article",
  actor: "an actor",
  claim: "a claim",
  event: "an event",
  place: "a place",
  organization: "an organisation (an actor of any kind but person)",
};

function where(entry: IndexedNode): string {
  return `${COLLECTION_OF[entry.kind]}[${entry.index}]`;
}

function kindsText(kinds: readonly ReferenceKind[]): string {
  const names = kinds.map((kind) => ARTICLE_OF[kind]);
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** Whether a node may be the target of a reference that allows these kinds. */
function fits(target: IndexedNode, allowed: readonly ReferenceKind[]): boolean {
  return (
    allowed.includes(target.kind) ||
    (target.kind === "actor" && target.node.kind !== "person" && allowed.includes("organization"))
  );
}

/** What a node is, for a message: its kind, and an actor's own kind as well. */
function kindOf(target: IndexedNode): string {
  return target.kind === "actor"
    ? `an actor of kind ${JSON.stringify(target.node.kind)}`
    : ARTICLE_OF[target.kind];
}

function checkUrl(
  first: Map<string, number>,
  url: string,
  at: { collection: "articles" | "actors"; index: number; what: string; key: string },
  issues: NewsGraphIssue[],
): void {
  const earlier = first.get(at.key);
  if (earlier === undefined) {
    first.set(at.key, at.index);
    return;
  }
  issues.push({
    path: [at.collection, at.index, "url"],
    code: "duplicate_url",
    message: `the url ${describeValue(url)} is already the url of ${at.collection}[${earlier}]; expected each ${at.what} at its own address`,
  });
}

// A node's url makes its @id in JSON-LD: an article's is its url, an actor's its url (without a fragment)
// and #person or #organization. Two nodes at one address are most likely one thing entered twice (the JSON-LD
// writer names them apart all the same).
function checkUrls(graph: NewsGraph, issues: NewsGraphIssue[]): void {
  const articles = new Map<string, number>();
  graph.articles.forEach((article, index) => {
    const at = { collection: "articles", index, what: "article", key: article.url } as const;
    checkUrl(articles, article.url, at, issues);
  });
  const people = new Map<string, number>();
  const organizations = new Map<string, number>();
  graph.actors.forEach((actor, index) => {
    if (actor.kind === "state" || actor.url === undefined) return;
    const person = actor.kind === "person";
    const key = actor.url.split("#")[0] ?? actor.url;
    const at = { collection: "actors", index, what: person ? "person" : "organisation", key } as const;
    checkUrl(person ? people : organizations, actor.url, at, issues);
  });
}

const BLOG_POSTINGS: readonly (string | undefined)[] = ["blog-posting", "live-blog-posting"];

// A live blog's updates: only a live blog has them, each is a blog posting (schema.org's range of
// liveBlogUpdate), and each article is the update of one live blog, listed once.
function checkUpdates(graph: NewsGraph, index: NodeIndex, issues: NewsGraphIssue[]): void {
  const listed = new Map<string, number>();
  graph.articles.forEach((article, i) => {
    if (article.updates.length > 0 && article.form !== "live-blog-posting") {
      issues.push({
        path: ["articles", i, "updates"],
        code: "invalid_update",
        message: `updates belong to a live blog, found them on an article whose form is ${article.form === undefined ? "not given" : JSON.stringify(article.form)}; expected the form "live-blog-posting"`,
      });
    }
    article.updates.forEach((id, u) => {
      const target = index.byId.get(id);
      if (target?.kind === "article" && !BLOG_POSTINGS.includes(target.node.form)) {
        issues.push({
          path: ["articles", i, "updates", u],
          code: "invalid_update",
          message: `${JSON.stringify(id)} (${where(target)}) is not a blog posting; expected an article whose form is "blog-posting" or "live-blog-posting", as schema.org's liveBlogUpdate takes a BlogPosting`,
        });
      }
      const earlier = listed.get(id);
      if (earlier === undefined) listed.set(id, i);
      else
        issues.push({
          path: ["articles", i, "updates", u],
          code: "invalid_update",
          message: `${JSON.stringify(id)} is already an update of articles[${earlier}]; expected each article to be the update of one live blog, listed once`,
        });
    });
  });
}

function checkIds(index: NodeIndex, issues: NewsGraphIssue[]): void {
  for (const duplicate of index.duplicates) {
    issues.push({
      path: [COLLECTION_OF[duplicate.kind], duplicate.index, "id"],
      code: "duplicate_id",
      message: `the id ${JSON.stringify(duplicate.id)} is already used by ${where(duplicate.first)}; expected ids unique across the whole document`,
    });
  }
}

function checkReferences(graph: NewsGraph, index: NodeIndex, issues: NewsGraphIssue[]): void {
  visitReferences(graph, (id, allowed, collection, node, field, item, key) => {
    const target = index.byId.get(id);
    if (target === undefined) {
      issues.push({
        path: referencePath(collection, node, field, item, key),
        code: "unresolved_reference",
        message: `no node has the id ${JSON.stringify(id)}; expected the id of ${kindsText(allowed)}`,
      });
    } else if (!fits(target, allowed)) {
      issues.push({
        path: referencePath(collection, node, field, item, key),
        code: "wrong_reference_kind",
        message: `${JSON.stringify(id)} is ${allowed.includes("organization") ? kindOf(target) : ARTICLE_OF[target.kind]} (${where(target)}); expected the id of ${kindsText(allowed)}`,
      });
    }
  });
}

// An edge of a relation: the id it leads to, and where it is written (the node's position in its
// collection and, for a list, the item's), from which the path is made only if it closes a cycle.
interface Edge {
  to: string;
  node: number;
  item: number;
}

interface Relation {
  name: string;
  edges: Map<string, Edge[]>;
  path: (edge: Edge) => (string | number)[];
  expectation: string;
}

// Finds cycles in a relation with an iterative depth-first search, so that chains of any length
// are safe. Each cycle is reported once, at the edge that closes it.
function checkCycles(relation: Relation, issues: NewsGraphIssue[]): void {
  const { edges } = relation;
  const state = new Map<string, "open" | "done">();
  for (const origin of edges.keys()) {
    if (state.has(origin)) continue;
    const stack: { id: string; next: number }[] = [{ id: origin, next: 0 }];
    const onPath: string[] = [origin];
    // Where each open id stands on the path, so that a cycle is located without searching the path:
    // a graph where many edges close cycles through one long path must not cost a search for each.
    const position = new Map<string, number>([[origin, 0]]);
    state.set(origin, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const outgoing = edges.get(frame.id) ?? [];
      const edge = outgoing[frame.next];
      if (edge === undefined) {
        state.set(frame.id, "done");
        stack.pop();
        onPath.pop();
        position.delete(frame.id);
        continue;
      }
      frame.next += 1;
      const seen = state.get(edge.to);
      if (seen === "open") {
        // Only the ids shown are copied: the first four of the cycle and the last three, when it is longer.
        const start = position.get(edge.to) ?? 0;
        const shown =
          onPath.length - start + 1 > 8
            ? [...onPath.slice(start, start + 4), "…", ...onPath.slice(-2), edge.to]
            : [...onPath.slice(start), edge.to];
        issues.push({
          path: relation.path(edge),
          code: "reference_cycle",
          message: `${relation.name} forms a cycle: ${shown.map((id) => JSON.stringify(id)).join(" → ")}; ${relation.expectation}`,
        });
      } else if (seen === undefined && edges.has(edge.to)) {
        state.set(edge.to, "open");
        position.set(edge.to, onPath.length);
        onPath.push(edge.to);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
}

function addEdge(edges: Map<string, Edge[]>, from: string, edge: Edge): void {
  const list = edges.get(from);
  if (list === undefined) edges.set(from, [edge]);
  else list.push(edge);
}

function checkAllCycles(graph: NewsGraph, issues: NewsGraphIssue[]): void {
  const partOf = new Map<string, Edge[]>();
  const { events, places, actors } = graph;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event?.partOf !== undefined) addEdge(partOf, event.id, { to: event.partOf, node: i, item: 0 });
  }
  checkCycles(
    {
      name: "partOf",
      edges: partOf,
      path: (edge) => ["events", edge.node, "partOf"],
      expectation: "expected each chain of events to end in an outermost event",
    },
    issues,
  );
  const updates = new Map<string, Edge[]>();
  graph.articles.forEach((article, i) => {
    article.updates.forEach((to, u) => {
      addEdge(updates, article.id, { to, node: i, item: u });
    });
  });
  checkCycles(
    {
      name: "updates",
      edges: updates,
      path: (edge) => ["articles", edge.node, "updates", edge.item],
      expectation: "expected no article to be an update, through others, of itself",
    },
    issues,
  );
  const containedIn = new Map<string, Edge[]>();
  for (let i = 0; i < places.length; i++) {
    const place = places[i];
    if (place?.containedIn !== undefined) {
      addEdge(containedIn, place.id, { to: place.containedIn, node: i, item: 0 });
    }
  }
  checkCycles(
    {
      name: "containedIn",
      edges: containedIn,
      path: (edge) => ["places", edge.node, "containedIn"],
      expectation: "expected each chain of places to end in an outermost place",
    },
    issues,
  );
  const roles = new Map<string, Edge[]>();
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i];
    if (actor === undefined || actor.kind === "state") continue;
    for (let r = 0; r < actor.roles.length; r++) {
      const role = actor.roles[r];
      if (role !== undefined) addEdge(roles, actor.id, { to: role.of, node: i, item: r });
    }
  }
  checkCycles(
    {
      name: "roles[].of",
      edges: roles,
      path: (edge) => ["actors", edge.node, "roles", edge.item, "of"],
      expectation: "expected no actor to hold a role, through others, in itself",
    },
    issues,
  );
}

function checkOrder(
  start: string | undefined,
  end: string | undefined,
  path: (string | number)[],
  names: [string, string],
  issues: NewsGraphIssue[],
): void {
  if (start === undefined || end === undefined) return;
  if (endsBeforeStart(start, end)) {
    issues.push({
      path,
      code: "end_before_start",
      message: `${names[1]} ${JSON.stringify(end)} is before ${names[0]} ${JSON.stringify(start)}; expected it on or after`,
    });
  }
}

function checkDates(graph: NewsGraph, issues: NewsGraphIssue[]): void {
  graph.articles.forEach((article, i) => {
    checkOrder(
      article.datePublished,
      article.dateModified,
      ["articles", i, "dateModified"],
      ["datePublished", "dateModified"],
      issues,
    );
  });
  graph.events.forEach((event, i) => {
    checkOrder(event.start, event.end, ["events", i, "end"], ["start", "end"], issues);
  });
  graph.actors.forEach((actor, i) => {
    if (actor.kind === "state") return;
    actor.roles.forEach((role, r) => {
      checkOrder(role.start, role.end, ["actors", i, "roles", r, "end"], ["start", "end"], issues);
    });
  });
}

function checkResponses(graph: NewsGraph, issues: NewsGraphIssue[]): void {
  graph.claims.forEach((claim, i) => {
    claim.responds.forEach((response, r) => {
      if (response.claim === claim.id) {
        issues.push({
          path: ["claims", i, "responds", r, "claim"],
          code: "self_response",
          message: `claim ${JSON.stringify(claim.id)} responds to itself; expected the id of another claim`,
        });
      }
    });
  });
}

/**
 * Layer 2: checks what the shape cannot — ids unique across the document, each article and each actor
 * with a url at an address of its own, every reference resolving to a node of the right kind, no cycles in `partOf`, `containedIn` and `roles[].of`,
 * no end before its start, no claim responding to itself. Iterative throughout.
 * @internal
 */
export function checkGraph(graph: NewsGraph): NewsGraphIssue[] {
  const issues: NewsGraphIssue[] = [];
  const index = indexNodes(graph);
  checkIds(index, issues);
  checkUrls(graph, issues);
  checkUpdates(graph, index, issues);
  checkReferences(graph, index, issues);
  checkAllCycles(graph, issues);
  checkDates(graph, issues);
  checkResponses(graph, issues);
  return issues;
}
