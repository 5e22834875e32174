// What the corpus's figures count in a graph read from a page, shared by tests/corpus/read-page.test.ts and
// scripts/corpus-report.ts so that the test asserts what the report prints.
import { extractFromPage } from "../../src/import/extract";
import { parsePage } from "../../src/import/html";
import { repairJson } from "../../src/import/json-repair";
import type { Actor, NewsGraph } from "../../src/index";
import type { PageReading } from "../../src/jsonld/index";
import type { ArticleNode } from "./pages";

/** A name compared as a reader sees it: Unicode-normalised, white space collapsed, case folded. */
export const normalizeName = (text: string): string =>
  text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** An actor's addresses: its own page (`url`, for persons and organisations) and its `sameAs`. */
const addressesOf = (actor: Actor): string[] => [
  ...("url" in actor && actor.url !== undefined ? [actor.url] : []),
  ...actor.sameAs,
];

/**
 * Actors of one graph that are the same thing: same kind and name, and an address in common (`url` or
 * `sameAs`) or no address at all on either side.
 */
export function duplicateActors(graph: NewsGraph): number {
  const groups = new Map<string, Actor[]>();
  for (const actor of graph.actors) {
    const key = `${actor.kind}\u0000${normalizeName(actor.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), actor]);
  }
  let duplicates = 0;
  for (const actors of groups.values()) {
    const kept: Actor[] = [];
    for (const actor of actors) {
      const same = kept.some((other) => {
        const [mine, theirs] = [addressesOf(actor), addressesOf(other)];
        return mine.length === 0 && theirs.length === 0 ? true : theirs.some((url) => mine.includes(url));
      });
      if (same) duplicates += 1;
      else kept.push(actor);
    }
  }
  return duplicates;
}

const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const NOT_TEXT = new Set(["id", "url", "sameAs", "language", "datePublished", "dateModified", "format"]);

/** Text fields of a graph that still hold an HTML character reference (`&amp;`, `&#039;`…). */
export function characterReferences(value: unknown, key = ""): string[] {
  if (typeof value === "string") return !NOT_TEXT.has(key) && CHARACTER_REFERENCE.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => characterReferences(item, key));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([name, item]) => characterReferences(item, name));
  return [];
}

/** The article nodes of a graph read from the page's JSON-LD (not an article made from its metadata). */
export const articlesFromJsonLd = (graph: NewsGraph): number =>
  graph.articles.filter((article) => article.provenance?.origin?.format !== "html").length;

/**
 * The page's JSON-LD documents as the page reader reads them, each at its script's number (a script that does
 * not parse is repaired; one that cannot be leaves a hole), so that `$[N]…` paths are its warning paths.
 */
export function pageDocuments(html: string): unknown[] {
  const documents: unknown[] = [];
  const { documents: parsed, invalid } = extractFromPage(html, parsePage(html));
  for (const document of parsed) documents[document.index] = document.value;
  for (const script of invalid) {
    const repaired = repairJson(script.json);
    if ("value" in repaired) documents[script.index] = repaired.value;
  }
  return documents;
}

const MERGED = /its copies were merged into one node/;

/**
 * The article nodes of a page that its reading holds: each one an article was read from (its provenance names
 * the node's path), or merged into such an article as a copy (a warning at its path says so).
 */
export function articleNodesRead(reading: PageReading, nodes: readonly ArticleNode[]): ArticleNode[] {
  const read = new Set(
    reading.graph.articles.flatMap((article) =>
      article.provenance?.origin?.format === "json-ld" ? [article.provenance.origin.at] : [],
    ),
  );
  for (const warning of reading.warnings) if (MERGED.test(warning.message)) read.add(warning.path);
  return nodes.filter((node) => read.has(node.path));
}
