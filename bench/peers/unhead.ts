// The peer: @unhead/schema-org building the same page's JSON-LD. It is given the nodes of newsgraph's
// own output as plain data (what a site would hold after writing its own mapping), so that only
// unhead's work is timed: defining each node with its `define*()` helper, resolving the graph, and
// serializing it. newsgraph's side also maps the model to schema.org, so the comparison favours the peer.
import {
  createSchemaOrgGraph,
  defineArticle,
  defineEvent,
  defineOrganization,
  definePerson,
  definePlace,
  useSchemaOrg,
} from "@unhead/schema-org";
import { createHead, renderSSRHead } from "unhead/server";

type Node = Record<string, unknown>;
type Define = (input: Node) => Node;

// unhead's helpers are typed for its own node shapes; the input here is schema.org JSON-LD as data.
const helpers: Record<string, Define> = {
  article: defineArticle as unknown as Define,
  event: defineEvent as unknown as Define,
  organization: defineOrganization as unknown as Define,
  person: definePerson as unknown as Define,
  place: definePlace as unknown as Define,
};

const PLACES = new Set([
  "Place",
  "Country",
  "AdministrativeArea",
  "City",
  "State",
  "Continent",
  "BodyOfWater",
]);

function helperFor(type: unknown): Define | undefined {
  const name = Array.isArray(type) ? String(type[0]) : String(type);
  if (name.endsWith("NewsArticle") || name === "Article") return helpers.article;
  if (name === "Person") return helpers.person;
  if (name.endsWith("Organization") || name === "NGO" || name === "Corporation") return helpers.organization;
  if (PLACES.has(name)) return helpers.place;
  if (name === "Event" || name.endsWith("Event")) return helpers.event;
  // Claim and ClaimReview have no helper: unhead takes them as raw nodes.
  return undefined;
}

// unhead writes into the arrays of the nodes it is given, so each run gets its own copies.
function copyOf(node: Node): Node {
  const copy: Node = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

/** The page's nodes as unhead's input: each through its `define*()` helper where unhead has one. */
function defineNodes(nodes: readonly Node[]): Node[] {
  return nodes.map((node) => {
    const define = helperFor(node["@type"]);
    return define === undefined ? copyOf(node) : define(copyOf(node));
  });
}

const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeCharacter = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * unhead's graph API, without a head instance: `createSchemaOrgGraph()`, `push()` each node,
 * `resolveGraph(meta)`, then the same `JSON.stringify` and escaping as newsgraph's `jsonLdScript`.
 */
export function unheadGraphPage(nodes: readonly Node[], pageUrl: string, language: string): string {
  const url = new URL(pageUrl);
  const graph = createSchemaOrgGraph();
  for (const node of defineNodes(nodes)) graph.push(node);
  const resolved = graph.resolveGraph({ host: url.origin, path: url.pathname, inLanguage: language });
  const json = JSON.stringify({ "@context": "https://schema.org", "@graph": resolved }).replace(
    UNSAFE,
    escapeCharacter,
  );
  return `<script type="application/ld+json">${json}</script>`;
}

/**
 * unhead as a site uses it: a server head instance, `useSchemaOrg(head, nodes)` and `renderSSRHead`.
 * Returns the body tags, where unhead puts the JSON-LD script.
 */
export function unheadSsrPage(nodes: readonly Node[], pageUrl: string, language: string): string {
  const url = new URL(pageUrl);
  const head = createHead();
  head.push({
    htmlAttrs: { lang: language },
    link: [{ rel: "canonical", href: pageUrl }],
    templateParams: { schemaOrg: { host: url.origin, path: url.pathname } },
  });
  useSchemaOrg(head, defineNodes(nodes));
  return renderSSRHead(head).bodyTags;
}
