// How nodes are named in JSON-LD: the @ids that stay the same on every page of a site.
import type { IndexedNode } from "../graph/node-index";

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
 * The `@id` of a node, the same on every page that holds it: an article's own url; a person with a `url` (a
 * profile page) that url, without a fragment, and `#person`; an organisation with a `url` (its home page)
 * that url and `#organization`; any other node the base URL `prefix` (which ends in `#`) and its id.
 *
 * @example
 * ```ts
 * import type { IndexedNode } from "../graph/node-index";
 * import { nodeIri } from "./identity";
 *
 * declare const publisher: IndexedNode; // an organisation whose url is https://example.org/
 * nodeIri(publisher, "https://example.org/news/a#"); // "https://example.org/#organization"
 * ```
 */
export function nodeIri(entry: IndexedNode, prefix: string): string {
  if (entry.kind === "article") return entry.node.url;
  if (entry.kind === "actor" && entry.node.kind !== "state" && entry.node.url !== undefined) {
    return `${withoutFragment(entry.node.url)}${entry.node.kind === "person" ? "#person" : "#organization"}`;
  }
  return prefix + entry.node.id;
}

/**
 * The `@id` of the WebSite at an organisation's home page: the url and `#website`.
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
 * The `@id` of the WebPage an article is the main entity of: its url, without a fragment, and `#webpage`.
 *
 * @example
 * ```ts
 * import { pageIri } from "./identity";
 *
 * pageIri("https://example.org/news/bridge"); // "https://example.org/news/bridge#webpage"
 * ```
 */
export const pageIri = (url: string): string => `${withoutFragment(url)}#webpage`;
