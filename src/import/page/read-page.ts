// readPage: a news page's HTML → a NewsGraph, from everything the page says about itself: its JSON-LD (all
// scripts as one document, those that do not parse repaired), its address and language, and its standard
// metadata, each value marked with where it came from.
import type { Actor } from "../../model/actor";
import type { Article, ArticleImage } from "../../model/article";
import { reasonOf } from "../../model/describe";
import { endsBeforeStart, parseFuzzyDate } from "../../model/fuzzy-date-syntax";
import type { NewsGraph } from "../../model/news-graph";
import type { Provenance } from "../../model/provenance";
import { type NumericOrder, numericOrderOf } from "../date-forms";
import { describeNonString, extractFromPage, type InvalidJsonScript, pageOffset } from "../extract";
import { markupText, type ParsedPage, parsePage } from "../html";
import { positionsIn } from "../json-error";
import { type JsonRepairKind, repairJson } from "../json-repair";
import { comparableName } from "../jsonld/actor";
import { emptyGraph, importJsonLd } from "../jsonld/from-json-ld";
import { allocateId, idCandidates, newAllocation } from "../jsonld/ids";
import { isObject } from "../jsonld/json";
import { isLanguageTag } from "../jsonld/syntax";
import { decodeReferences, readDate, resolveUrl } from "../jsonld/values";
import { schemaOrgTerm } from "../jsonld/vocabulary";
import { type MetaField, type MetaValue, metaSources, type PageMarkup, readMarkup } from "./metadata";

/**
 * Options of {@link readPage}.
 *
 * @example
 * ```ts
 * import type { ReadPageOptions } from "newsgraph/jsonld";
 *
 * const options: ReadPageOptions = { url: "https://example.org/news/storm?ref=home", defaultLanguage: "en" };
 * ```
 */
export interface ReadPageOptions {
  /**
   * The address the page was read from, when known. It is what relative URLs resolve against (through a
   * `<base href>` if the page has one), and the article's address when the page states none of its own
   * (a canonical link or `og:url`, which win). Ignored, with a warning, unless it is an absolute http(s) URL.
   */
  url?: string;
  /**
   * The BCP 47 language of the page's articles when neither their JSON-LD nor the page states one; marked as
   * inferred. Ignored, with a warning, unless it is a well-formed tag.
   */
  defaultLanguage?: string;
}

/**
 * Something in a page that {@link readPage} did not read as written: JSON that did not parse (and each repair
 * made to it), JSON-LD not mapped onto the model (as {@link fromJsonLd} reports it), metadata it could not use.
 *
 * @example
 * ```ts
 * import type { PageWarning } from "newsgraph/jsonld";
 *
 * const warning: PageWarning = {
 *   path: "$[1]",
 *   message: "repaired at line 13, column 16: a value is missing; null put in its place",
 *   position: { offset: 901, line: 13, column: 16 },
 *   repair: "missing-value",
 * };
 * ```
 */
export interface PageWarning {
  /**
   * Where in the page: in its JSON-LD, an RFC 9535 JSONPath whose `$[N]` is the page's N-th
   * `<script type="application/ld+json">`, from 0 (`$[1]["@graph"][0].author`); in its markup, a CSS
   * selector of the element (`meta[property="article:published_time"]`); `options.url` or
   * `options.defaultLanguage` for an option; `$` for the page as a whole.
   */
  path: string;
  /** What was found, and what was done with it, in one sentence. */
  message: string;
  /** For a problem in a script's text (JSON that does not parse, a repair), where it is in the HTML. */
  position?: {
    /** The string index (UTF-16 units) in the HTML. */
    offset: number;
    /** The line, from 1. */
    line: number;
    /** The column, from 1, in characters. */
    column: number;
  };
  /** For a repair of JSON that did not parse, the kind of repair: see {@link JsonRepairKind}. */
  repair?: JsonRepairKind;
}

/**
 * What {@link readPage} returns: the graph (which passes `safeParseNewsGraph`), every warning, and what the page
 * says about itself.
 *
 * @example
 * ```ts
 * import { type PageReading, readPage } from "newsgraph/jsonld";
 *
 * const reading: PageReading = readPage("<html lang=en><title>Hello</title></html>");
 * // reading.language → "en"; reading.graph.articles → [] (no address, so no article)
 * ```
 */
export interface PageReading {
  /** The imported nodes; empty collections when the page gives nothing the model can hold. */
  graph: NewsGraph;
  /** Everything not read as written, scripts first, then the JSON-LD's, then the metadata's. */
  warnings: PageWarning[];
  /** The page's address: its canonical link, else its `og:url`, else the `url` option. */
  url?: string;
  /** The page's language: `<html lang>`, else `og:locale`, `content-language`…, else `defaultLanguage`. */
  language?: string;
  /** The id of the page's own article (the story the page is), when the graph has it. */
  mainArticle?: string;
}

export type { JsonRepairKind } from "../json-repair";

type Warn = (path: string, message: string, extra?: Pick<PageWarning, "position" | "repair">) => void;

const describe = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : describeNonString(value);

/** A value of the page with the place it was read: stated there, with the element as its origin. */
const statedAt = (at: string, note?: string): Provenance => ({
  basis: "stated",
  ...(note !== undefined && { note }),
  origin: { format: "html", at },
});

const isUrl = (text: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(text);

/** The page's addresses: its own (for the article), and the base of relative URLs. */
interface Addresses {
  /** The page's address: canonical link, og:url, or the url option. */
  page?: { url: string; provenance: Provenance };
  /** The base of relative URLs: `<base href>` against the url option, the url option, else the page's address. */
  base?: string;
}

function readAddresses(markup: PageMarkup, given: string | undefined, warn: Warn): Addresses {
  let documentBase = given;
  if (markup.base !== undefined) {
    const base = resolveUrl(markup.base.value, given);
    if (base !== undefined) documentBase = base;
    else
      warn(
        markup.base.at,
        `the <base href> ${describe(markup.base.value)} is not an http(s) URL${given === undefined ? ", or is relative and the page's url is not known" : ""}; not used`,
      );
  }
  const addresses: Addresses = {};
  // The canonical link, then og:url: the first of each that the page gives.
  const candidates = metaSources(markup, "url").map((values) => values[0]);
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    // `www.example.org/news/a` names a host, not a path: the page left out the scheme.
    const schemeless = /^www\.[^/?#\s]+\.[^/?#\s]+(?:[/?#]|$)/i.test(candidate.value);
    const url = schemeless
      ? resolveUrl(`http://${candidate.value}`, undefined)
      : resolveUrl(candidate.value, documentBase);
    if (url === undefined) {
      warn(
        candidate.at,
        `the page's address ${describe(candidate.value)} is not an absolute http(s) URL${documentBase === undefined ? " and there is no base URL to resolve it against" : ""}; passed over`,
      );
      continue;
    }
    if (addresses.page === undefined) {
      const note = `the page's address ${describe(candidate.value)} has no scheme but names a host; read as ${url}`;
      if (schemeless) warn(candidate.at, note);
      addresses.page = {
        url,
        provenance: schemeless
          ? { basis: "inferred", note, origin: { format: "html", at: candidate.at } }
          : statedAt(candidate.at),
      };
    } else if (!sameAddress(url, addresses.page.url))
      warn(
        candidate.at,
        `the og:url ${describe(url)} is not the canonical link's ${describe(addresses.page.url)}; the canonical link is taken as the page's address`,
      );
  }
  if (addresses.page === undefined && given !== undefined)
    addresses.page = {
      url: given,
      provenance: {
        basis: "inferred",
        note: "the page states no address (no canonical link or og:url); the url option, where it was read from, is taken",
      },
    };
  const base = documentBase ?? addresses.page?.url;
  if (base !== undefined) addresses.base = base;
  return addresses;
}

/** Whether two URLs name one page: the same host (but for `www.`), path (but for a final `/`) and query. */
function sameAddress(left: string, right: string): boolean {
  const key = (url: string): string | undefined => {
    try {
      const parsed = new URL(url);
      return `${parsed.hostname.replace(/^www\./, "")}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
    } catch {
      return undefined;
    }
  };
  const leftKey = key(left);
  return leftKey !== undefined && leftKey === key(right);
}

/** The page's language: the first source that gives a BCP 47 tag. */
function readLanguage(
  markup: PageMarkup,
  fallback: string | undefined,
  warn: Warn,
): { tag: string; provenance: Provenance } | undefined {
  for (const values of metaSources(markup, "language")) {
    for (const { value, at } of values) {
      // Open Graph writes locales as language_TERRITORY; content-language may list several languages.
      const locale = at.includes("og:locale") ? value.replace(/_/g, "-") : value;
      const tag = locale.split(",")[0]?.trim() ?? "";
      if (isLanguageTag(tag)) {
        const note =
          tag === value ? undefined : `${describe(value)} is read as the BCP 47 tag ${describe(tag)}`;
        return { tag, provenance: statedAt(at, note) };
      }
      warn(at, `the language ${describe(value)} is not a BCP 47 tag; passed over`);
    }
  }
  if (fallback === undefined) return undefined;
  return {
    tag: fallback,
    provenance: {
      basis: "inferred",
      note: `the page states no language; the defaultLanguage option ${describe(fallback)} is used`,
    },
  };
}

/** The page's JSON-LD documents: those that parse and those repaired, in page order, with their warnings. */
interface Scripts {
  /** The documents, in page order. */
  values: unknown[];
  /** The page's script number (`$[N]`) of each document. */
  numbers: number[];
  /** The script numbers of the documents that were repaired, with how many repairs each. */
  repaired: Map<number, number>;
}

function readScripts(html: string, page: ParsedPage, warn: Warn): Scripts {
  const { documents, findings, invalid } = extractFromPage(html, page);
  const positionAt = positionsIn(html);
  const repairedValues = new Map<number, unknown>();
  const repaired = new Map<number, number>();
  const invalidByIndex = new Map(invalid.map((script) => [script.index, script]));
  for (const finding of findings) {
    const path = finding.index === -1 ? "$" : `$[${finding.index}]`;
    const script = invalidByIndex.get(finding.index);
    const position = finding.position;
    if (script === undefined) {
      warn(path, `${finding.message}; not read`, position === undefined ? {} : { position });
      continue;
    }
    const outcome = repairJson(script.json);
    if ("reason" in outcome) {
      warn(
        path,
        `${finding.message}; not repaired, since ${outcome.reason}`,
        position === undefined ? {} : { position },
      );
      continue;
    }
    const count = outcome.repairs.length;
    warn(
      path,
      `${finding.message}; repaired (${count === 1 ? "1 repair" : `${count} repairs`}${outcome.unlocatedAfter === undefined ? "" : " and more"}), and its nodes are read as repaired`,
      position === undefined ? {} : { position },
    );
    for (const [repair, offset] of repairOffsets(html, script, outcome.repairs)) {
      const at = { offset, ...positionAt(offset) };
      warn(path, `repaired at line ${at.line}, column ${at.column}: ${repair.description}`, {
        position: at,
        repair: repair.kind,
      });
    }
    if (outcome.unlocatedAfter !== undefined) {
      const offset = pageOffset(html, script.script, outcome.unlocatedAfter);
      const at = { offset, ...positionAt(offset) };
      warn(path, `further repairs after line ${at.line}, column ${at.column} are not located`, {
        position: at,
      });
    }
    repairedValues.set(finding.index, outcome.value);
    repaired.set(finding.index, count);
  }
  const all = [
    ...documents.map((block) => ({ index: block.index, value: block.value })),
    ...[...repairedValues].map(([index, value]) => ({ index, value })),
  ].sort((left, right) => left.index - right.index);
  return { values: all.map((block) => block.value), numbers: all.map((block) => block.index), repaired };
}

/** The HTML offsets of a script's repairs, found in one walk of the script (the repairs are in order). */
function repairOffsets<Repair extends { offset: number }>(
  html: string,
  script: InvalidJsonScript,
  repairs: readonly Repair[],
): [Repair, number][] {
  // pageOffset walks from the content's start; walking from the last repair keeps the total linear.
  const found: [Repair, number][] = [];
  let textAt = 0;
  let htmlAt = script.script.contentOffset;
  for (const repair of repairs) {
    const shifted = pageOffset(html, { ...script.script, contentOffset: htmlAt }, repair.offset - textAt);
    found.push([repair, shifted]);
    textAt = repair.offset;
    htmlAt = shifted;
  }
  return found;
}

/** Rewrites `$[i]` (the i-th document read) to `$[N]` (the page's N-th ld+json script). */
function scriptPath(path: string, numbers: readonly number[]): string {
  return path.replace(/^\$\[(\d+)\]/, (whole, position: string) => {
    const number = numbers[Number(position)];
    return number === undefined ? whole : `$[${number}]`;
  });
}

/** What reading a page has found so far, for the steps that fill and make articles from its metadata. */
interface Reading {
  markup: PageMarkup;
  graph: NewsGraph;
  addresses: Addresses;
  /** Every id in the graph, so that new nodes take ids of their own. */
  ids: ReturnType<typeof newAllocation>;
  warn: Warn;
  /** The page's JSON-LD documents, for what the metadata lacks. */
  scripts: Scripts;
  /** How the page's language orders a numeric date's day and month, when it settles it. */
  order?: NumericOrder;
  /** The graph's persons and organisations by kind and normalised name, once a name has been looked up. */
  actorsByName?: Map<string, string>;
}

/** The first value of a field's sources that `read` can use; values it cannot use are reported by it. */
function firstOf<T>(
  reading: Reading,
  field: MetaField,
  read: (value: MetaValue) => T | undefined,
): { value: T; at: string } | undefined {
  for (const values of metaSources(reading.markup, field)) {
    for (const meta of values) {
      const value = read(meta);
      if (value !== undefined) return { value, at: meta.at };
    }
  }
  return undefined;
}

/** Every usable value of the first source of a field that has one, e.g. all `article:tag`s. */
function allOf<T>(
  reading: Reading,
  field: MetaField,
  read: (value: MetaValue) => T[],
): { values: T[]; at: string } | undefined {
  for (const values of metaSources(reading.markup, field)) {
    const found = values.flatMap(read);
    if (found.length > 0) return { values: found, at: values[0]?.at ?? "" };
  }
  return undefined;
}

/** A date read from a meta value, with its provenance: inferred, with the reason, when not written in ISO 8601. */
const readDateAt =
  (reading: Reading) =>
  ({ value, at }: MetaValue): { value: string; provenance: Provenance } | undefined => {
    const date = readDate({ value, path: at }, "the date", reading.warn, reading.order);
    if (date === undefined) return undefined;
    const provenance: Provenance =
      date.inferred === undefined
        ? statedAt(at)
        : { basis: "inferred", note: date.inferred, origin: { format: "html", at } };
    return { value: date.value, provenance };
  };

/**
 * A text of the page's metadata with the character references the HTML parser left in it decoded (the page
 * escaped it twice: `&amp;quot;`), reported at its element; the note, for the field's provenance, when it was.
 */
function metaText(reading: Reading, { value, at }: MetaValue): { value: string; note?: string } {
  const decoded = decodeReferences(value, 1);
  if (decoded === undefined) return { value };
  const note = `the text is ${decoded.note}`;
  reading.warn(at, note);
  return { value: decoded.text, note };
}

/** The provenance of a field read from the element at `at`: stated, or inferred where its text was decoded. */
const metaProvenance = (at: string, notes: readonly (string | undefined)[] = []): Provenance => {
  const note = [...new Set(notes.filter((each): each is string => each !== undefined))].join("; ");
  return note.length === 0 ? statedAt(at) : { basis: "inferred", note, origin: { format: "html", at } };
};

/** A name, unless the value is a URL (an `article:author` often is: a profile page, not a name). */
const nameIn =
  (reading: Reading) =>
  ({ value, at }: MetaValue): string[] => {
    if (!isUrl(value)) return [value];
    reading.warn(at, `${describe(value)} is a URL, not a name; passed over`);
    return [];
  };

// What sets a site's name apart from the headline in a <title>: "Headline | Site", "Headline – Site".
const TITLE_SEPARATOR = /^\s+[|\-–—·:]{1,2}\s+/u;

/**
 * The site's name where the page's `<title>` (or `<meta name="title">`) is the headline, a separator and a
 * name ("… | elmundo.es"). `undefined` when neither is, or when several parts follow the headline, since
 * which of them names the site is not certain ("Headline | World | Site", "Headline | Site - Tagline").
 */
function siteInTitle(
  reading: Reading,
  headline: string,
): { name: string; written: string; at: string } | undefined {
  for (const source of ["title", "meta:title"]) {
    const title = reading.markup.values.get(source)?.[0];
    if (title === undefined || !title.value.startsWith(headline)) continue;
    const rest = title.value.slice(headline.length);
    const separator = TITLE_SEPARATOR.exec(rest);
    if (separator === null) continue;
    const name = rest.slice(separator[0].length).trim();
    if (name.length === 0 || name.length > 80 || /\s[|\-–—·:]{1,2}\s/u.test(name)) continue;
    return { name, written: rest.trim(), at: title.at };
  }
  return undefined;
}

/** The id of the actor of this kind and name, made (marked with where its name was read) if the graph has none. */
function actorNamed(reading: Reading, name: string, at: string, kind: "person" | "organization"): string {
  const key = `${kind}\u0000${comparableName(name)}`;
  if (reading.actorsByName === undefined) {
    // Built once, at the first name asked for, so that many author metas cost no more than one each.
    reading.actorsByName = new Map();
    for (const actor of reading.graph.actors) {
      if (actor.kind === "state") continue;
      const actorKey = `${actor.kind === "person" ? "person" : "organization"}\u0000${comparableName(actor.name)}`;
      if (!reading.actorsByName.has(actorKey)) reading.actorsByName.set(actorKey, actor.id);
    }
  }
  const known = reading.actorsByName.get(key);
  if (known !== undefined) return known;
  const id = allocateId(idCandidates({ name, kind }, false).candidates, reading.ids);
  const common = {
    id,
    name,
    alternateNames: [],
    sameAs: [],
    memberOf: [],
    roles: [],
    provenance: statedAt(at),
  };
  const actor: Actor =
    kind === "person"
      ? { ...common, kind: "person", worksFor: [], knowsAbout: [], knowsLanguage: [] }
      : {
          ...common,
          kind: "organization",
          languages: [],
          fieldProvenance: {
            kind: {
              basis: "inferred",
              note: "the page names the organisation but not what kind it is; organization is assumed",
            },
          },
        };
  reading.graph.actors.push(actor);
  reading.actorsByName.set(key, id);
  return id;
}

function readImages(reading: Reading): { values: ArticleImage[]; at: string } | undefined {
  const images = allOf(reading, "images", ({ value, at }) => {
    const url = resolveUrl(value, reading.addresses.base);
    if (url !== undefined) return [url];
    reading.warn(
      at,
      `the image ${describe(value)} is not an absolute http(s) URL, nor one that resolves; dropped`,
    );
    return [];
  });
  if (images === undefined) return undefined;
  const values: ArticleImage[] = images.values.map((url) => ({ url }));
  const [only] = values;
  if (values.length === 1 && only !== undefined) {
    // og:image:width and og:image:height describe the og:image before them: read only when there is one.
    for (const side of ["width", "height"] as const) {
      const written = reading.markup.values.get(`meta:og:image:${side}`)?.[0]?.value;
      const size = written !== undefined && /^\d{1,6}$/.test(written) ? Number(written) : 0;
      if (size > 0) only[side] = size;
    }
  }
  return { values, at: images.at };
}

const splitKeywords = ({ value, at }: MetaValue): string[] =>
  at.includes("article:tag") || at.includes("og:article:tag")
    ? [value]
    : value.split(",").flatMap((word) => (word.trim().length > 0 ? [word.trim()] : []));

type Fields = NonNullable<Article["fieldProvenance"]>;

/** Fills the fields the page's own article leaves out with what its metadata says, marking each. */
function fillFromMarkup(reading: Reading, article: Article, madeFromMarkup = false): void {
  const provenance: Fields = { ...article.fieldProvenance };
  const text = (field: "description" | "section"): void => {
    if (article[field] !== undefined) return;
    const found = firstOf(reading, field, (meta) => metaText(reading, meta));
    if (found === undefined) return;
    article[field] = found.value.value;
    provenance[field] = metaProvenance(found.at, [found.value.note]);
  };
  text("description");
  text("section");
  if (article.keywords.length === 0) {
    const notes: (string | undefined)[] = [];
    const keywords = allOf(reading, "keywords", (meta) => {
      const { value, note } = metaText(reading, meta);
      notes.push(note);
      return splitKeywords({ ...meta, value });
    });
    if (keywords !== undefined) {
      article.keywords = keywords.values;
      provenance.keywords = metaProvenance(keywords.at, notes);
    }
  }
  if (article.images.length === 0) {
    const images = readImages(reading);
    if (images !== undefined) {
      article.images = images.values;
      provenance.images = statedAt(images.at);
    }
  }
  // A date the metadata states is taken over none, or over the bounds the JSON-LD importer inferred.
  const bounded =
    article.datePublished !== undefined &&
    provenance.datePublished?.basis === "inferred" &&
    parseFuzzyDate(article.datePublished)?.isInterval === true;
  if ((article.datePublished === undefined || bounded) && !madeFromMarkup) {
    const published = firstOf(reading, "datePublished", readDateAt(reading));
    if (published !== undefined) {
      const { value } = published.value;
      if (bounded)
        reading.warn(
          published.at,
          `the article's JSON-LD states no datePublished, only bounds (${article.datePublished}); the metadata's date is taken`,
        );
      article.datePublished = value;
      provenance.datePublished = published.value.provenance;
      if (article.dateModified !== undefined && endsBeforeStart(value, article.dateModified)) {
        reading.warn(
          published.at,
          `the article's dateModified ${article.dateModified} is before the metadata's publication date ${value}; the dateModified is dropped`,
        );
        delete article.dateModified;
        delete provenance.dateModified;
      }
    }
  }
  if (article.dateModified === undefined) {
    const modified = firstOf(reading, "dateModified", readDateAt(reading))?.value;
    if (
      modified !== undefined &&
      (article.datePublished === undefined || !endsBeforeStart(article.datePublished, modified.value))
    ) {
      article.dateModified = modified.value;
      provenance.dateModified = modified.provenance;
    }
  }
  if (article.authors.length === 0) {
    const notes: (string | undefined)[] = [];
    const authors = allOf(reading, "authors", (meta) => {
      const { value, note } = metaText(reading, meta);
      notes.push(note);
      return nameIn(reading)({ ...meta, value });
    });
    if (authors !== undefined) {
      article.authors = [
        ...new Set(authors.values.map((name) => actorNamed(reading, name, authors.at, "person"))),
      ];
      provenance.authors = metaProvenance(authors.at, notes);
    }
  }
  if (article.publisher === undefined) {
    const publisher = firstOf(reading, "publisher", (meta) => metaText(reading, meta));
    const site = publisher === undefined ? siteInTitle(reading, article.headline) : undefined;
    if (publisher !== undefined) {
      article.publisher = actorNamed(reading, publisher.value.value, publisher.at, "organization");
      provenance.publisher = metaProvenance(publisher.at, [publisher.value.note]);
    } else if (site !== undefined) {
      const note = `the page names no publisher; its ${site.at === "title" ? "<title>" : site.at} is the headline and then ${JSON.stringify(site.written)}, taken as the name of the site that publishes it`;
      reading.warn(site.at, note);
      article.publisher = actorNamed(reading, site.name, site.at, "organization");
      provenance.publisher = { basis: "inferred", note, origin: { format: "html", at: site.at } };
    }
  }
  if (Object.keys(provenance).length > 0) article.fieldProvenance = provenance;
}

/**
 * Whether a JSON-LD node is typed ClaimReview (bare, `schema:` or a schema.org IRI), in any case, as the
 * importer reads types.
 */
const isClaimReview = (node: Record<string, unknown>): boolean =>
  [node["@type"]]
    .flat()
    .some((type) => typeof type === "string" && schemaOrgTerm(type)?.toLowerCase() === "claimreview");

/**
 * The date of a fact-check published at the page's address, for a page whose only JSON-LD is its
 * ClaimReview: the page is the review, so the review's date is the article's (marked inferred). The review is
 * looked for where a page's reviews stand — at the top of a script, in an array, in `@graph` — whether or not
 * the importer could make a claim of it.
 */
function reviewDate(
  reading: Reading,
  url: string | undefined,
): { value: string; provenance: Provenance } | undefined {
  if (url === undefined) return undefined;
  const { values, numbers } = reading.scripts;
  const pending = values.map((value, index) => ({ value, path: `$[${numbers[index]}]` })).reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    const items = Array.isArray(value)
      ? { list: value, at: path }
      : isObject(value) && Array.isArray(value["@graph"])
        ? { list: value["@graph"] as unknown[], at: `${path}["@graph"]` }
        : undefined;
    if (items !== undefined)
      for (let index = items.list.length - 1; index >= 0; index--)
        pending.push({ value: items.list[index], path: `${items.at}[${index}]` });
    if (!isObject(value) || !isClaimReview(value)) continue;
    const address = typeof value.url === "string" ? resolveUrl(value.url, reading.addresses.base) : undefined;
    if (address === undefined || !sameAddress(address, url) || typeof value.datePublished !== "string")
      continue;
    const at = `${path}.datePublished`;
    const date = readDate({ value: value.datePublished, path: at }, "the review's date", () => {})?.value;
    if (date === undefined) continue;
    return {
      value: date,
      provenance: {
        basis: "inferred",
        note: "the page's metadata gives no date; the date of the ClaimReview published at the page's address is taken",
        origin: { format: "json-ld", at },
      },
    };
  }
  return undefined;
}

/**
 * The page's own article made from its metadata, when its JSON-LD has none: its address and headline are
 * required (the model requires them); `undefined`, reported, when one is missing. A page that states no date
 * gives an article without one (reported).
 */
function articleFromMarkup(
  reading: Reading,
  language: { tag: string; provenance: Provenance } | undefined,
): Article | undefined {
  const page = reading.addresses.page;
  const headline = firstOf(reading, "headline", (meta) => metaText(reading, meta));
  const published =
    firstOf(reading, "datePublished", readDateAt(reading))?.value ?? reviewDate(reading, page?.url);
  const lacking = [
    page === undefined && "an address (a canonical link, og:url or the url option)",
    headline === undefined && "a headline (og:title, twitter:title or <title>)",
  ].filter((item): item is string => item !== false);
  if (page === undefined || headline === undefined) {
    reading.warn(
      "$",
      `the page's JSON-LD describes no article of the page's own, and its metadata lacks ${lacking.join(" and ")}, which the model requires; no article is read from its metadata`,
    );
    return undefined;
  }
  if (published === undefined) {
    reading.warn(
      "$",
      "no publication date could be read from the page (article:published_time or another date meta, or a ClaimReview at the page's address): the article is read without one",
    );
  }
  const id = allocateId(
    idCandidates({ url: page.url, name: headline.value.value, kind: "article" }, true).candidates,
    reading.ids,
  );
  const provenance: Fields = {
    url: page.provenance,
    headline: metaProvenance(headline.at, [headline.value.note]),
    ...(published !== undefined && { datePublished: published.provenance }),
    genre: {
      basis: "inferred",
      note: "the page's metadata does not say what kind of article it is; news is assumed",
    },
    language: language?.provenance ?? {
      basis: "inferred",
      note: 'the page states no language; "und" (undetermined, BCP 47) is filled in because the model requires a language',
    },
  };
  const article: Article = {
    id,
    url: page.url,
    headline: headline.value.value,
    genre: "news",
    language: language?.tag ?? "und",
    ...(published !== undefined && { datePublished: published.value }),
    authors: [],
    keywords: [],
    images: [],
    about: [],
    mentions: [],
    related: [],
    corrections: [],
    updates: [],
    contributors: [],
    breadcrumb: [],
    citations: [],
    paywalledParts: [],
    provenance: {
      basis: "stated",
      note: "the page's JSON-LD describes no article of the page's own; this one is read from the page's metadata",
      origin: { format: "html", at: "head" },
    },
    fieldProvenance: provenance,
  };
  reading.graph.articles.push(article);
  fillFromMarkup(reading, article, true);
  return article;
}

/**
 * The page's own article among the imported ones: the one at one of the page's addresses (canonical link,
 * og:url, the url option), else the one whose headline is the page's title (or begins it, as in
 * "Headline | Site"), else the only one.
 */
function findMainArticle(reading: Reading, given: string | undefined): Article | undefined {
  const { graph, addresses, markup } = reading;
  const urls = [
    addresses.page?.url,
    given,
    ...metaSources(markup, "url").map((values) => {
      const written = values[0]?.value;
      return written === undefined ? undefined : resolveUrl(written, addresses.base);
    }),
  ].filter((url): url is string => url !== undefined);
  const byUrl = graph.articles.find((article) => urls.some((url) => sameAddress(article.url, url)));
  if (byUrl !== undefined) return byUrl;
  // The first title of each source: a page that repeats og:title n times costs no more than one.
  const titles = metaSources(markup, "headline").flatMap((values) =>
    values[0] === undefined ? [] : [comparableName(values[0].value)],
  );
  const byTitle =
    graph.articles.find((article) => titles.includes(comparableName(article.headline))) ??
    graph.articles.find((article) => {
      const headline = comparableName(article.headline);
      return headline.length > 0 && titles.some((title) => title.startsWith(headline));
    });
  if (byTitle !== undefined) return byTitle;
  return graph.articles.length === 1 ? graph.articles[0] : undefined;
}

type Node = NewsGraph["articles" | "actors" | "claims" | "events" | "places"][number];

/** Marks every node read from the JSON-LD with where it is written, and those of repaired scripts as such. */
function markOrigins(
  graph: NewsGraph,
  nodes: readonly Node[],
  origins: ReadonlyMap<string, string>,
  scripts: Scripts,
  language: { tag: string; provenance: Provenance } | undefined,
): void {
  for (const node of nodes) {
    const path = origins.get(node.id);
    if (path === undefined || node.provenance?.origin !== undefined) continue;
    const at = scriptPath(path, scripts.numbers);
    const number = Number(/^\$\[(\d+)\]/.exec(at)?.[1] ?? -1);
    const repairs = scripts.repaired.get(number);
    const note =
      repairs === undefined
        ? undefined
        : `read from the script $[${number}], whose JSON did not parse and was repaired (${repairs === 1 ? "1 repair" : `${repairs} repairs`}, each in the warnings)`;
    // A provenance the importer gave (a node it inferred) keeps its basis and note, and gains the place.
    const given = node.provenance;
    const notes = [given?.note, note].filter((text): text is string => text !== undefined);
    node.provenance = {
      ...given,
      basis: given?.basis ?? "stated",
      ...(notes.length > 0 && { note: notes.join("; ") }),
      origin: { format: "json-ld", at },
    };
  }
  const origin = language?.provenance.origin;
  if (origin === undefined) return;
  for (const article of graph.articles) {
    const marked = article.fieldProvenance?.language;
    if (marked?.basis === "inferred" && article.language === language?.tag) marked.origin = origin;
  }
}

function readUrlOption(url: unknown, warn: Warn): string | undefined {
  if (url === undefined) return undefined;
  if (typeof url === "string" && resolveUrl(url, undefined) === url) return url;
  warn("options.url", `expected an absolute http(s) URL, found ${describe(url)}; ignored`);
  return undefined;
}

function readLanguageOption(language: unknown, warn: Warn): string | undefined {
  if (language === undefined) return undefined;
  if (typeof language === "string" && isLanguageTag(language)) return language;
  warn("options.defaultLanguage", `expected a BCP 47 language tag, found ${describe(language)}; ignored`);
  return undefined;
}

/** How import messages name the page's parts that stand for fromJsonLd's options. */
function sourceNames(addresses: Addresses, language: { provenance: Provenance } | undefined) {
  const addressAt = addresses.page?.provenance.origin?.at;
  const languageAt = language?.provenance.origin?.at;
  return {
    address:
      addressAt === undefined
        ? "the url option (where the page was read from)"
        : `the page's address (${addressAt})`,
    noAddress: "the page states no address (no canonical link or og:url) and no url option was given",
    language: languageAt === undefined ? "the defaultLanguage option" : `the page's language (${languageAt})`,
  };
}

function read(html: string, options: ReadPageOptions, warnings: PageWarning[], warn: Warn): PageReading {
  const given = readUrlOption(options.url, warn);
  const fallbackLanguage = readLanguageOption(options.defaultLanguage, warn);
  const page = parsePage(html);
  const markup = readMarkup(page.document);
  for (const { value, at } of markup.cut)
    warn(
      at,
      `${describe(value)} is cut short by a quotation mark the page does not escape (the rest of the value reads as attributes); passed over`,
    );
  const addresses = readAddresses(markup, given, warn);
  const language = readLanguage(markup, fallbackLanguage, warn);
  const scripts = readScripts(html, page, warn);
  const imported = importJsonLd(
    scripts.values,
    {
      ...(addresses.base !== undefined && { baseUrl: addresses.base }),
      ...(language !== undefined && { defaultLanguage: language.tag }),
    },
    {
      ...(addresses.page !== undefined && { pageUrl: addresses.page.url }),
      names: sourceNames(addresses, language),
      markup: markupText,
    },
  );
  for (const warning of imported.warnings) warn(scriptPath(warning.path, scripts.numbers), warning.message);
  const { graph } = imported;
  const nodes: Node[] = [
    ...graph.articles,
    ...graph.actors,
    ...graph.claims,
    ...graph.events,
    ...graph.places,
  ];
  markOrigins(graph, nodes, imported.origins, scripts, language);
  const ids = newAllocation();
  for (const node of nodes) ids.taken.add(node.id);
  const order = language === undefined ? undefined : numericOrderOf(language.tag);
  const reading: Reading = { markup, graph, addresses, ids, warn, scripts, ...(order && { order }) };
  let main = findMainArticle(reading, given);
  if (main !== undefined) fillFromMarkup(reading, main);
  else main = articleFromMarkup(reading, language);
  return {
    graph,
    warnings,
    ...(addresses.page !== undefined && { url: addresses.page.url }),
    ...(language !== undefined && { language: language.tag }),
    ...(main !== undefined && { mainArticle: main.id }),
  };
}

/**
 * Reads a news page's HTML into a {@link NewsGraph}, using everything the page says about itself:
 *
 * - every `<script type="application/ld+json">`, read as one document (a reference from one script to a node
 *   in another resolves), as {@link fromJsonLd} reads it; a script that is not valid JSON is repaired
 *   (comments, trailing commas, a dangling `"width": ,`, raw line breaks and stray quotes in strings…), each
 *   repair reported with its line and column, and its nodes marked as read from a repaired script;
 * - the page's address — its canonical link, else `og:url`, else the `url` option — taken by an article that
 *   states none; relative URLs resolve against `<base href>`, else the `url` option, else that address;
 * - its language — `<html lang>`, else `og:locale` (`en_US` read as `en-US`), `content-language`,
 *   `<meta name="language">`, `dc.language` — for articles that state none (marked as inferred);
 * - its metadata — `og:*`, `article:*` (published_time, modified_time, author, section, tag), `twitter:*`,
 *   `<meta name="author">`, `description`, `keywords` and `news_keywords`, the date metas sites use
 *   (`pubdate`, `date`, `DC.date.issued`, `parsely-pub-date`, `sailthru.date`, itemprop `datePublished`…) and
 *   `<title>` — to fill what the page's own article leaves out, or to make that article when the JSON-LD has
 *   none (it needs an address and a headline; a page that states no date gives an article without one).
 *
 * Every node read from the JSON-LD has `provenance: { basis: "stated", origin: { format: "json-ld", at } }`,
 * `at` the JSONPath of its definition; every field taken from the metadata has a `fieldProvenance` whose
 * origin names the element (`{ format: "html", at: 'meta[property="og:title"]' }`); what is inferred says why.
 * The function never throws, never changes its input, and its graph passes `safeParseNewsGraph`; its time grows
 * linearly with the length of the page. See docs/jsonld-import.md.
 *
 * @param html - The page's HTML. Anything other than a string gives an empty graph and one warning.
 * @param options - The page's url, when known, and a default language.
 * @returns The graph, the warnings, and the page's address, language and own article.
 *
 * @example
 * ```ts
 * import { readPage } from "newsgraph/jsonld";
 *
 * const { graph, mainArticle } = readPage(`<html lang="en"><head>
 *   <link rel="canonical" href="https://example.org/news/storm">
 *   <meta property="og:title" content="Storm closes mountain pass">
 *   <meta property="article:published_time" content="2025-01-08T12:00:00+01:00">
 *   <meta name="author" content="Jane Doe">
 * </head></html>`);
 * graph.articles[0]?.headline; // "Storm closes mountain pass"
 * graph.articles[0]?.fieldProvenance?.headline; // { basis: "stated", origin: { format: "html", at: 'meta[property="og:title"]' } }
 * mainArticle; // "storm"
 * ```
 */
export function readPage(html: string, options: ReadPageOptions = {}): PageReading {
  const warnings: PageWarning[] = [];
  const warn: Warn = (path, message, extra = {}) => {
    warnings.push({ path, message, ...extra });
  };
  if (typeof html !== "string") {
    warn("$", `expected the page's HTML as a string, found ${describe(html)}; nothing is read`);
    return { graph: emptyGraph(), warnings };
  }
  try {
    return read(html, options ?? {}, warnings, warn);
  } catch (cause) {
    // Only exotic options get here (a getter that throws): report it, never rethrow.
    warn("$", `the page could not be read: ${reasonOf(cause)}; nothing was imported`);
    return { graph: emptyGraph(), warnings };
  }
}
