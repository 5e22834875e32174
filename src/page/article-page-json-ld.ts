import * as z from "zod";
import { articleJsonLd } from "../jsonld/graph";
import { withoutFragment } from "../jsonld/identity";
import type { JsonLdGraph } from "../jsonld/output";
import type { Actor, PersonActor } from "../model/actor";
import type { ArticleImage } from "../model/article";
import type { ImageFile } from "../model/image-file";
import type { NewsGraph } from "../model/news-graph";
import { formatIssuePath, NewsGraphError, type NewsGraphIssue } from "../validate/error";
import { safeParseNewsGraph } from "../validate/parse";
import { fromZodIssues } from "../validate/zod-issues";
import {
  ArticlePage,
  type ArticlePageInput,
  type PageContributor,
  type PageImageFile,
  type PagePerson,
} from "./article-page";

type Path = (string | number)[];
type Segment = string | number;

const ARTICLE_ID = "article";
const PUBLISHER_ID = "publisher";

const own = (value: unknown, key: Segment): unknown =>
  typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Record<Segment, unknown>)[key]
    : undefined;

const unwrap = (schema: z.ZodType): z.ZodType => {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
};

/**
 * The last union on a path through the flat page (an image, written as a URL or as an object), with where it
 * is, the value there, and the branch that value takes (by its JSON type), if any.
 */
function unionOn(
  path: readonly Segment[],
  input: unknown,
): { at: Segment[]; value: unknown; branch: z.ZodType | undefined } | undefined {
  let schema = unwrap(ArticlePage);
  let value = input;
  let found: { at: Segment[]; value: unknown; branch: z.ZodType | undefined } | undefined;
  for (let i = 0; ; i++) {
    if (schema instanceof z.ZodUnion) {
      const [asUrl, asObject] = schema.options as [z.ZodType, z.ZodType];
      const branch =
        typeof value === "string"
          ? asUrl
          : typeof value === "object" && value !== null
            ? asObject
            : undefined;
      found = { at: path.slice(0, i), value, branch };
      if (branch === undefined) return found;
      schema = unwrap(branch);
    }
    const segment = path[i];
    if (segment === undefined) return found;
    if (schema instanceof z.ZodObject && typeof segment === "string") {
      const next = (schema.shape as Record<string, z.ZodType | undefined>)[segment];
      if (next === undefined) return found;
      schema = unwrap(next);
    } else if (schema instanceof z.ZodArray && typeof segment === "number") {
      schema = unwrap(schema.element as z.ZodType);
    } else return found;
    value = own(value, segment);
  }
}

// zod's issues in newsgraph's words. Within an image written as a URL or as an object, they are read against
// the form the input has taken, so that an unknown field lists the fields of that form.
function pageIssues(issues: readonly z.core.$ZodIssue[], input: unknown): NewsGraphIssue[] {
  const result: NewsGraphIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    const union = unionOn(path, input);
    if (union === undefined) {
      result.push(...fromZodIssues([issue], ArticlePage, input));
    } else if (union.branch === undefined) {
      const { value } = union;
      result.push({
        path: union.at,
        code: "invalid_type",
        message: `expected a URL or an image object such as { "url": "https://example.org/a.jpg", "width": 1200, "height": 675 }, found ${value === undefined ? "nothing" : value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}`,
      });
    } else {
      // At the union itself, zod gives each form's issues: those of the form the input has taken are the ones.
      const own =
        issue.code === "invalid_union" && path.length === union.at.length
          ? (issue.errors[typeof union.value === "string" ? 0 : 1] ?? [])
          : [{ ...issue, path: path.slice(union.at.length) } as z.core.$ZodIssue];
      for (const found of fromZodIssues(own, union.branch, union.value)) {
        result.push({ ...found, path: [...union.at, ...found.path] });
      }
    }
  }
  return result;
}

const imageFile = (image: PageImageFile): ImageFile => (typeof image === "string" ? { url: image } : image);

/** The graph a page describes, with where in the page each actor was described, for messages. */
interface Built {
  graph: NewsGraph;
  origins: Path[];
  issues: NewsGraphIssue[];
}

function build(page: ArticlePage): Built {
  const actors: Actor[] = [];
  const origins: Path[] = [];
  const issues: NewsGraphIssue[] = [];
  // A person named twice (an author who is also the photographer) is one actor, found by their page.
  const people = new Map<string, { id: string; at: Path; as: string }>();
  const person = (described: PagePerson | PageContributor, at: Path): string => {
    const { name, url, image, jobTitle, sameAs = [], knowsAbout = [], knowsLanguage = [] } = described;
    const as = JSON.stringify([name, url, image, jobTitle, sameAs, knowsAbout, knowsLanguage]);
    const known = url === undefined ? undefined : people.get(withoutFragment(url));
    if (known !== undefined) {
      if (known.as !== as) {
        issues.push({
          path: [...at, "url"],
          code: "duplicate_url",
          message: `the url ${JSON.stringify(url)} is already the url of ${formatIssuePath(known.at)}, described otherwise; expected each person at their own address, or one person described alike`,
        });
      }
      return known.id;
    }
    const id = `person-${actors.length + 1}`;
    const actor: PersonActor = {
      id,
      kind: "person",
      name,
      alternateNames: [],
      sameAs,
      memberOf: [],
      roles: [],
      ...(url !== undefined && { url }),
      ...(image !== undefined && { image: imageFile(image) }),
      ...(jobTitle !== undefined && { jobTitle }),
      worksFor: [],
      knowsAbout,
      knowsLanguage,
    };
    actors.push(actor);
    origins.push(at);
    if (url !== undefined) people.set(withoutFragment(url), { id, at, as });
    return id;
  };
  const authors = page.authors.map((author, i) => person(author, ["authors", i]));
  const contributors = page.contributors.map((contributor, i) => ({
    actor: person(contributor, ["contributors", i]),
    ...(contributor.role !== undefined && { role: contributor.role }),
  }));
  const images = page.images.map((image, i): ArticleImage => {
    if (typeof image === "string") return { url: image };
    const { creator, ...rest } = image;
    return { ...rest, ...(creator !== undefined && { creator: person(creator, ["images", i, "creator"]) }) };
  });
  const { publisher } = page;
  if (publisher !== undefined) {
    const { logo, ...rest } = publisher;
    actors.push({
      id: PUBLISHER_ID,
      kind: "media",
      alternateNames: [],
      memberOf: [],
      roles: [],
      ...rest,
      ...(logo !== undefined && { logo: imageFile(logo) }),
    });
    origins.push(["publisher"]);
  }
  const { authors: _, contributors: __, images: ___, publisher: ____, ...article } = page;
  const graph: NewsGraph = {
    format: 1,
    articles: [
      {
        ...article,
        id: ARTICLE_ID,
        authors,
        contributors,
        updates: [],
        images,
        about: [],
        mentions: [],
        related: [],
        ...(publisher !== undefined && { publisher: PUBLISHER_ID }),
      },
    ],
    actors,
    claims: [],
    events: [],
    places: [],
  };
  return { graph, origins, issues };
}

// A path in the graph, in the page's terms: the article's fields are the page's, an actor's are those of
// the person or publisher it was described as.
function pagePath(path: Path, origins: Path[]): Path {
  const [collection, index, ...rest] = path;
  if (collection === "articles") {
    return rest[0] === "contributors" && rest[2] === "actor" ? rest.slice(0, 2) : rest;
  }
  if (collection === "actors" && typeof index === "number") return [...(origins[index] ?? []), ...rest];
  return path;
}

/**
 * The newsgraph document an article's page describes: the article, its authors, contributors and image
 * creators as people (one person for each profile page, however often named), and its publisher as a news
 * organisation. Validated as {@link articlePageJsonLd} validates it.
 *
 * @param page - the page, as {@link ArticlePageInput} describes it.
 * @returns the parsed graph, ready for `articleJsonLd(graph, "article")`, `toJsonLd` or storage.
 * @throws NewsGraphError listing every problem, each at its path in the page (`authors[0].url`).
 *
 * @example
 * ```ts
 * import { articlePageGraph } from "newsgraph/page";
 *
 * const graph = articlePageGraph({
 *   url: "https://example.org/news/bridge",
 *   headline: "Harbour bridge reopens",
 *   language: "en",
 *   datePublished: "2025-03-14T07:30:00+00:00",
 *   authors: [{ name: "Ana Ruiz" }],
 * });
 * graph.actors[0]?.name; // "Ana Ruiz"
 * ```
 */
export function articlePageGraph(page: ArticlePageInput): NewsGraph {
  const parsed = ArticlePage.safeParse(page, { reportInput: true });
  if (!parsed.success) throw new NewsGraphError(pageIssues(parsed.error.issues, page));
  const { graph, origins, issues } = build(parsed.data);
  if (issues.length > 0) throw new NewsGraphError(issues);
  const checked = safeParseNewsGraph(graph);
  if (!checked.success) {
    throw new NewsGraphError(
      checked.error.issues.map((issue) => ({ ...issue, path: pagePath([...issue.path], origins) })),
    );
  }
  return checked.data;
}

/**
 * The JSON-LD of an article's page from a flat description of it, for sites that keep no newsgraph: the
 * same validated output as `articleJsonLd`'s default, which search engines use (the article, its WebPage and
 * WebSite, the publisher with its logo and policies, the authors and contributors, the images, the
 * breadcrumb). Bad input is refused with the errors the model gives, at paths in the page's terms.
 *
 * @param page - the page, as {@link ArticlePageInput} describes it.
 * @returns the page's JSON-LD, to embed with `jsonLdScript` (from `newsgraph/jsonld`).
 * @throws NewsGraphError listing every problem, each at its path in the page (`publisher.logo`).
 *
 * @example
 * ```ts
 * import { jsonLdScript } from "newsgraph/jsonld";
 * import { articlePageJsonLd } from "newsgraph/page";
 *
 * const html = jsonLdScript(
 *   articlePageJsonLd({
 *     url: "https://example.org/news/bridge",
 *     headline: "Harbour bridge reopens",
 *     language: "en",
 *     datePublished: "2025-03-14T07:30:00+00:00",
 *     authors: [{ name: "Ana Ruiz", url: "https://example.org/staff/ana-ruiz" }],
 *     publisher: { name: "The Example Herald", url: "https://example.org/", logo: "https://example.org/logo.png" },
 *     images: ["https://example.org/img/bridge.jpg"],
 *   }),
 * );
 * ```
 */
export function articlePageJsonLd(page: ArticlePageInput): JsonLdGraph {
  return articleJsonLd(articlePageGraph(page), ARTICLE_ID);
}
