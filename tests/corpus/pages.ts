// The corpus of real news pages in tests/fixtures/pages/: the stored pages, the values checked by hand for
// each (expected.json), and the counting rule for article nodes (README.md there), shared by the corpus
// tests and scripts/corpus-report.ts. Nothing here uses newsgraph: the corpus is read on its own terms.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import vocabulary from "../support/schemaorg/vocabulary.json" with { type: "json" };

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The directory of the stored pages, SOURCES.md, README.md and expected.json. */
export const PAGES_DIR = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));

/** The date an article was published, as its page writes it in the best source. */
export interface ExpectedDate {
  /** Exactly as written in the page. */
  value: string;
  /** Its calendar date (YYYY-MM-DD) in the time zone the page wrote it in. */
  date: string;
  /** Where it was read: "json-ld datePublished", "meta article:published_time", … */
  source: string;
}

/** What a page states about its main article, checked by hand by reading the stored page. */
export interface ExpectedPage {
  /** The canonical link's href, else og:url, as written; null when the page gives neither. */
  url: string | null;
  /** The main article's headline, character references decoded, surrounding whitespace removed. */
  headline: string | null;
  datePublished: ExpectedDate | null;
  /** The author names, in the page's order; empty when the page names none. */
  authors: string[];
  publisher: string | null;
  /** The language as written (JSON-LD inLanguage, else <html lang>, else og:locale, else content-language). */
  language: string | null;
  /** How many schema.org Article nodes the page's JSON-LD holds, counted as README.md says. */
  articleNodes: number;
  /** Which source each value was taken from, where it is not obvious. */
  from: Partial<Record<"headline" | "authors" | "publisher" | "language", string>>;
  /** What is unusual about the page. */
  notes?: string;
}

/** The stored pages' file names, in order. */
export function pageFiles(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith(".html"))
    .sort();
}

/** A stored page's HTML (the files are UTF-8). */
export function readPage(file: string): string {
  return readFileSync(`${PAGES_DIR}${file}`, "utf8");
}

/** expected.json: the hand-checked values of every page, keyed by file name. */
export function expectedPages(): Record<string, ExpectedPage> {
  return JSON.parse(readFileSync(`${PAGES_DIR}expected.json`, "utf8")) as Record<string, ExpectedPage>;
}

/** Whether a parsed node is an element. */
export function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Every element of a parsed page, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (isElement(next)) found.push(next);
    const children = next.nodeName === "template" ? [] : "childNodes" in next ? next.childNodes : [];
    stack.push(...[...children].reverse());
  }
  return found;
}

/** Parses a page as browsers do. */
export function parsePage(html: string): DefaultTreeAdapterMap["document"] {
  return parse(html);
}

/** An attribute's value, if the element has it. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text inside an element (its text children joined). */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
}

/** Whether an element is a `<script type="application/ld+json">` (type parameters and case allowed). */
export function isJsonLdScript(element: Element): boolean {
  const type = attribute(element, "type")?.split(";")[0]?.trim().toLowerCase();
  return element.tagName === "script" && type === "application/ld+json";
}

/** One ld+json script's content, and its JSON value when it parses (after unwrapping CDATA or a comment). */
export interface Script {
  text: string;
  value?: unknown;
}

const WRAPPERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^\s*(?:\/\/\s*)?<!\[CDATA\[/, /(?:\/\/\s*)?\]\]>\s*$/],
  [/^\s*<!--/, /-->\s*$/],
];

/** The page's ld+json scripts in document order. */
export function jsonLdScripts(html: string): Script[] {
  return elements(parsePage(html))
    .filter(isJsonLdScript)
    .map((element) => {
      const text = textOf(element);
      let inner = text;
      for (const [open, close] of WRAPPERS) {
        if (open.test(inner) && close.test(inner)) inner = inner.replace(open, "").replace(close, "");
      }
      try {
        return { text, value: JSON.parse(inner) as unknown };
      } catch {
        return { text };
      }
    });
}

const SCHEMA_ORG_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/;

function articleTypeNames(): ReadonlySet<string> {
  const types: Record<string, { supertypes: string[] }> = vocabulary.types;
  const isArticle = (name: string, seen: Set<string> = new Set()): boolean => {
    if (name === "Article") return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return (types[name]?.supertypes ?? []).some((supertype) => isArticle(supertype, seen));
  };
  return new Set(Object.keys(types).filter((name) => isArticle(name)));
}

/** schema.org Article and every type below it (NewsArticle, BlogPosting, LiveBlogPosting, Report…). */
export const ARTICLE_TYPES: ReadonlySet<string> = articleTypeNames();

/** The schema.org article type a `@type` value names, written bare, as `schema:X` or as a schema.org IRI. */
export function articleTypeOf(type: unknown): string | undefined {
  for (const name of Array.isArray(type) ? type : [type]) {
    if (typeof name !== "string") continue;
    const local = name.replace(SCHEMA_ORG_PREFIX, "");
    if (ARTICLE_TYPES.has(local)) return local;
  }
  return undefined;
}

/** Whether a JSON key is a schema.org property or a JSON-LD keyword. */
export function isSchemaOrgKey(key: string): boolean {
  return key.startsWith("@") || Object.hasOwn(vocabulary.properties, key.replace(SCHEMA_ORG_PREFIX, ""));
}

/** An article node found in a JSON-LD value: where it is (a JSONPath into the value) and the node itself. */
export interface ArticleNode {
  path: string;
  node: Record<string, unknown>;
  type: string;
}

const pathTo = (path: string, key: string | number): string =>
  typeof key === "number"
    ? `${path}[${key}]`
    : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

/**
 * The article nodes of parsed JSON-LD values, counted as README.md says: every object typed schema.org Article
 * or a subtype, at any depth and under any key; objects that share an `@id` count once.
 */
export function articleNodes(values: readonly unknown[]): ArticleNode[] {
  const found: ArticleNode[] = [];
  const ids = new Set<string>();
  const stack = values.map((value, index) => ({ value, path: pathTo("$", index) })).reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (Array.isArray(value)) {
      stack.push(...value.map((item, index) => ({ value: item, path: pathTo(path, index) })).reverse());
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const node = value as Record<string, unknown>;
    const type = articleTypeOf(node["@type"]);
    const id = typeof node["@id"] === "string" ? node["@id"] : undefined;
    if (type !== undefined && (id === undefined || !ids.has(id))) {
      if (id !== undefined) ids.add(id);
      found.push({ path, node, type });
    }
    stack.push(
      ...Object.entries(node)
        .map(([key, child]) => ({ value: child, path: pathTo(path, key) }))
        .reverse(),
    );
  }
  return found;
}
