// How well newsgraph reads real pages: the corpus in tests/fixtures/pages/ read with the page reader, beside
// metascraper (the page-metadata reader many sites use), and measured against the values checked by hand in
// expected.json. The figures of the JSON-LD importer alone (fromJsonLd on the page's documents, as pages were
// read before the page reader) are printed beside them for comparison.
//
//   npm run corpus             the figures, as text
//   npm run corpus -- --json   the figures and every page's details, as JSON
//
// `importPage` is the one step that reads a page, and every figure follows from it.
import metascraperRules from "metascraper";
import metascraperAuthor from "metascraper-author";
import metascraperDate from "metascraper-date";
import metascraperLang from "metascraper-lang";
import metascraperPublisher from "metascraper-publisher";
import metascraperTitle from "metascraper-title";
import metascraperUrl from "metascraper-url";
import type { Article, NewsGraph } from "../src/index";
import { extractJsonLd, fromJsonLd, type PageWarning, readPage } from "../src/jsonld/index";
import { safeParseNewsGraph } from "../src/validate/parse";
import {
  articleNodesRead,
  characterReferences,
  duplicateActors,
  normalizeName,
  pageDocuments,
} from "../tests/corpus/measures";
import {
  type ArticleNode,
  articleNodes,
  type ExpectedPage,
  expectedPages,
  isSchemaOrgKey,
  pageFiles,
  readPage as readStoredPage,
} from "../tests/corpus/pages";

/** What reading one page gives: the graph, the warnings, and the page's own article. */
interface PageImport {
  graph: NewsGraph;
  warnings: PageWarning[];
  mainArticle?: string;
  language?: string;
}

/** Reads a page with the page reader, given the page's url when one is known. */
function importPage(html: string, url?: string): PageImport {
  return readPage(html, url === undefined ? {} : { url });
}

/** How pages were read before the page reader: the parsed documents given to one fromJsonLd call. */
function importDocumentsOnly(html: string, url?: string): number {
  const documents = extractJsonLd(html).documents.map((document) => document.value);
  return fromJsonLd(documents, url === undefined ? {} : { baseUrl: url }).graph.articles.length;
}

interface Metadata {
  headline: string | undefined;
  /** An ISO date-time or date. */
  date: string | undefined;
  authors: string[];
  publisher: string | undefined;
  language: string | undefined;
}

const metascraper = metascraperRules([
  metascraperTitle(),
  metascraperDate(),
  metascraperAuthor(),
  metascraperPublisher(),
  metascraperLang(),
  metascraperUrl(),
]);

const isHttpUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

// metascraper needs a url it accepts; pages without one (or with one it refuses) get a stand-in.
const STAND_IN_URL = "https://example.com/";

async function readWithMetascraper(html: string, url: string | null): Promise<Metadata> {
  let found: Awaited<ReturnType<typeof metascraper>>;
  try {
    found = await metascraper({ html, url: isHttpUrl(url) ? url : STAND_IN_URL });
  } catch {
    found = await metascraper({ html, url: STAND_IN_URL });
  }
  return {
    headline: found.title ?? undefined,
    date: found.date ?? undefined,
    authors: found.author ? [found.author] : [],
    publisher: found.publisher ?? undefined,
    language: found.lang ?? undefined,
  };
}

/** The main article of a reading: the one the page reader names as the page's own. */
function mainArticle(reading: PageImport): Article | undefined {
  return reading.graph.articles.find((article) => article.id === reading.mainArticle);
}

function actorName(graph: NewsGraph, id: string | undefined): string | undefined {
  return graph.actors.find((actor) => actor.id === id)?.name;
}

function newsgraphMetadata(reading: PageImport): Metadata {
  const { graph } = reading;
  const article = mainArticle(reading);
  // Without an article (a page with no headline, say), the page reader still gives the page's language.
  if (article === undefined)
    return {
      headline: undefined,
      date: undefined,
      authors: [],
      publisher: undefined,
      language: reading.language,
    };
  return {
    headline: article.headline,
    date: article.datePublished,
    authors: article.authors.flatMap((id) => actorName(graph, id) ?? []),
    publisher: actorName(graph, article.publisher),
    language: article.language === "und" ? undefined : article.language,
  };
}

/** The calendar day (YYYY-MM-DD) of a date's instant in UTC; a date without a time is its own day. */
function utcDay(date: string): string {
  const instant = /T\d{2}:\d{2}/.test(date) ? new Date(date) : undefined;
  return instant !== undefined && !Number.isNaN(instant.getTime())
    ? instant.toISOString().slice(0, 10)
    : date.slice(0, 10);
}

const primaryLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? "";

type Field = "headline" | "date" | "authors" | "publisher" | "language";
const FIELDS: Field[] = ["headline", "date", "authors", "publisher", "language"];

const has = (metadata: Metadata, field: Field): boolean =>
  field === "authors" ? metadata.authors.length > 0 : metadata[field] !== undefined;

/** Whether newsgraph and metascraper say the same (dates by calendar day, names normalised). */
function agree(ours: Metadata, theirs: Metadata, field: Field): boolean {
  switch (field) {
    case "date":
      // metascraper gives UTC instants: compare the days on which the two instants fall in UTC.
      return (
        ours.date !== undefined && theirs.date !== undefined && utcDay(theirs.date) === utcDay(ours.date)
      );
    case "authors": {
      const names = new Set(ours.authors.map(normalizeName));
      const joined = normalizeName(ours.authors.join(", "));
      return theirs.authors.some((name) => names.has(normalizeName(name)) || normalizeName(name) === joined);
    }
    case "language":
      return primaryLanguage(ours.language ?? "") === primaryLanguage(theirs.language ?? "-");
    default:
      return normalizeName(ours[field] ?? "") === normalizeName(theirs[field] ?? "-");
  }
}

const VERDICTS = ["right", "wrong", "missing", "none stated", "given where none is stated"] as const;
type Verdict = (typeof VERDICTS)[number];

/**
 * A reader's value against the page's, checked by hand. Dates are right on the calendar day the page writes,
 * languages when the tag is the page's. `coarse` is for a reader that gives only UTC instants and bare language
 * codes and one author string (metascraper): it also accepts the day of the same instant in UTC, the language's
 * primary subtag, and the authors' names joined with commas.
 */
function verdict(ours: Metadata, page: ExpectedPage, field: Field, coarse = false): Verdict {
  const stated =
    field === "date"
      ? page.datePublished?.date
      : field === "authors"
        ? page.authors.length > 0
          ? page.authors
          : undefined
        : (page[field] ?? undefined);
  if (!has(ours, field)) return stated === undefined ? "none stated" : "missing";
  if (stated === undefined) return "given where none is stated";
  switch (field) {
    case "date": {
      const sameDay = ours.date?.slice(0, 10) === stated;
      const sameUtcDay =
        coarse && page.datePublished !== null && utcDay(page.datePublished.value) === utcDay(ours.date ?? "");
      return sameDay || sameUtcDay ? "right" : "wrong";
    }
    case "authors": {
      const want = (stated as string[]).map(normalizeName).sort();
      const got = ours.authors.map(normalizeName).sort();
      // A reader that gives one author string is right when it joins the names.
      const joined = coarse && ours.authors.length === 1 && ours.authors[0] !== undefined;
      const sameJoined = joined && (stated as string[]).map(normalizeName).join(", ") === got[0];
      return JSON.stringify(want) === JSON.stringify(got) || sameJoined ? "right" : "wrong";
    }
    case "language": {
      const tag = (stated as string).toLowerCase().replace(/_/g, "-");
      const same = coarse
        ? primaryLanguage(ours.language ?? "") === primaryLanguage(tag)
        : (ours.language ?? "").toLowerCase() === tag;
      return same ? "right" : "wrong";
    }
    default:
      return normalizeName(ours[field] ?? "") === normalizeName(stated as string) ? "right" : "wrong";
  }
}

const ARRAY_IGNORED = /found an array.*; ignored/;

/** Warnings that say an array was ignored while the nodes inside it were read (warned about) all the same. */
function arraysIgnoredButRead(warnings: PageWarning[]): number {
  return warnings.filter(
    (warning) =>
      ARRAY_IGNORED.test(warning.message) &&
      warnings.some((other) => other !== warning && other.path.startsWith(`${warning.path}[`)),
  ).length;
}

const within = (path: string, ancestor: string): boolean =>
  path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);

/** The last key of a JSONPath written the way the importer writes it (`.name`, `["name"]`, `[0]`). */
function lastKey(path: string): string | undefined {
  const match = /(?:\.([A-Za-z_][A-Za-z0-9_]*)|\["((?:[^"\\]|\\.)*)"\])((?:\[\d+\])*)$/.exec(path);
  return match === null ? undefined : (match[1] ?? JSON.parse(`"${match[2]}"`));
}

/** Why an article node was not imported, from the importer's warnings; undefined when it was imported. */
function lossCause(
  node: ArticleNode,
  lost: Map<string, string>,
  warnings: PageWarning[],
): string | undefined {
  const dropped = warnings.find(
    (warning) =>
      warning.path === node.path && /is not mapped; the node is dropped|not imported/.test(warning.message),
  );
  if (dropped !== undefined) {
    const message = dropped.message;
    if (/the type \S+ is not mapped/.test(message)) return `type not mapped: ${node.type}`;
    if (/no url/.test(message)) return "no url of its own, and the page's url not taken";
    if (/headline/.test(message))
      return node.node.name !== undefined ? "no headline, a name instead" : "no headline";
    return `other: ${message}`;
  }
  // A node inside one that was dropped goes with it.
  for (const [path, cause] of lost) if (within(node.path, path)) return cause;
  // Otherwise the innermost enclosing node or property the importer did not read explains it.
  const enclosing = warnings
    .filter((warning) => within(node.path, warning.path) || warning.path === node.path)
    .sort((left, right) => right.path.length - left.path.length);
  for (const warning of enclosing) {
    if (/without @type is not mapped/.test(warning.message)) {
      const key = lastKey(node.path);
      return key !== undefined && !isSchemaOrgKey(key)
        ? "nested under a key that is not a schema.org term"
        : "inside a node without @type";
    }
    const property = /^the property (\S+) of \S+ is not mapped/.exec(warning.message);
    if (property !== null) return `the value of a property that is not mapped (${property[1]})`;
    const unmapped = /^(?:a (\S+) on its own is not mapped|the type (\S+) is not mapped)/.exec(
      warning.message,
    );
    if (unmapped !== null) return `inside a node that is not mapped (${unmapped[1] ?? unmapped[2]})`;
  }
  return undefined;
}

interface PageReport {
  file: string;
  articleNodes: number;
  imported: number;
  importedWithUrl: number;
  importedBefore: number;
  importedBeforeWithUrl: number;
  invalid: boolean;
  invalidWithUrl: boolean;
  duplicateActors: number;
  characterReferences: string[];
  hasMainArticle: boolean;
  mainLanguageUnd: boolean;
  arraysIgnoredButRead: number;
  lost: Record<string, number>;
  newsgraph: Metadata;
  metascraper: Metadata;
  verdicts: Record<Field, Verdict>;
  metascraperVerdicts: Record<Field, Verdict>;
}

async function reportPage(file: string, page: ExpectedPage): Promise<PageReport> {
  const html = readStoredPage(file);
  const plain = importPage(html);
  const withUrl = isHttpUrl(page.url) ? importPage(html, page.url) : plain;
  const documents = pageDocuments(html);
  const nodes = articleNodes(documents);
  const read = new Set(articleNodesRead(plain, nodes));

  const lostPaths = new Map<string, string>();
  const lost: Record<string, number> = {};
  const count = (cause: string, by = 1): void => {
    lost[cause] = (lost[cause] ?? 0) + by;
  };
  for (const node of nodes) {
    if (read.has(node)) continue;
    const cause = lossCause(node, lostPaths, plain.warnings);
    if (cause === undefined) continue;
    lostPaths.set(node.path, cause);
    count(cause);
  }
  // Article nodes in scripts that cannot be repaired are counted by hand in expected.json, not found above.
  if (page.articleNodes > nodes.length)
    count("in a script that is not valid JSON, and not repaired", page.articleNodes - nodes.length);
  const explained = Object.values(lost).reduce((sum, n) => sum + n, 0);
  const unexplained = page.articleNodes - read.size - explained;
  if (unexplained !== 0)
    count("not accounted for (read, or found lost, more or fewer than present)", unexplained);

  const ours = newsgraphMetadata(plain);
  const theirs = await readWithMetascraper(html, page.url);
  const main = mainArticle(plain);
  const verdicts = (metadata: Metadata, coarse: boolean) =>
    Object.fromEntries(FIELDS.map((field) => [field, verdict(metadata, page, field, coarse)])) as Record<
      Field,
      Verdict
    >;
  return {
    file,
    articleNodes: page.articleNodes,
    imported: read.size,
    importedWithUrl: articleNodesRead(withUrl, nodes).length,
    importedBefore: importDocumentsOnly(html),
    importedBeforeWithUrl: isHttpUrl(page.url)
      ? importDocumentsOnly(html, page.url)
      : importDocumentsOnly(html),
    invalid: !safeParseNewsGraph(plain.graph).success,
    invalidWithUrl: !safeParseNewsGraph(withUrl.graph).success,
    duplicateActors: duplicateActors(plain.graph),
    characterReferences: characterReferences(plain.graph),
    hasMainArticle: main !== undefined,
    mainLanguageUnd: main?.language === "und",
    arraysIgnoredButRead: arraysIgnoredButRead(plain.warnings),
    lost,
    newsgraph: ours,
    metascraper: theirs,
    verdicts: verdicts(ours, false),
    metascraperVerdicts: verdicts(theirs, true),
  };
}

const sum = (pages: PageReport[], value: (page: PageReport) => number): number =>
  pages.reduce((total, page) => total + value(page), 0);
const percent = (part: number, whole: number): string =>
  whole === 0 ? "-" : `${Math.round((100 * part) / whole)}%`;

/** One field's figures: how many pages each reader gives it on, how often they agree, and their verdicts. */
interface FieldFigures {
  newsgraph: number;
  metascraper: number;
  both: number;
  agree: number;
  againstExpected: Record<string, number>;
  metascraperAgainstExpected: Record<string, number>;
}

function summarize(pages: PageReport[], expected: Record<string, ExpectedPage>) {
  const present = sum(pages, (page) => page.articleNodes);
  const lost: Record<string, number> = {};
  for (const page of pages)
    for (const [cause, n] of Object.entries(page.lost)) lost[cause] = (lost[cause] ?? 0) + n;
  const und = pages.filter((page) => page.mainLanguageUnd);
  const fields = Object.fromEntries(
    FIELDS.map((field) => {
      const both = pages.filter((page) => has(page.newsgraph, field) && has(page.metascraper, field));
      const tally = (verdictOf: (page: PageReport) => Verdict): Record<string, number> => {
        const counts: Record<string, number> = {};
        for (const page of pages) counts[verdictOf(page)] = (counts[verdictOf(page)] ?? 0) + 1;
        return counts;
      };
      return [
        field,
        {
          newsgraph: pages.filter((page) => has(page.newsgraph, field)).length,
          metascraper: pages.filter((page) => has(page.metascraper, field)).length,
          both: both.length,
          agree: both.filter((page) => agree(page.newsgraph, page.metascraper, field)).length,
          againstExpected: tally((page) => page.verdicts[field]),
          metascraperAgainstExpected: tally((page) => page.metascraperVerdicts[field]),
        },
      ];
    }),
  ) as Record<Field, FieldFigures>;
  return {
    pages: pages.length,
    articleNodes: present,
    imported: sum(pages, (page) => page.imported),
    importedWithUrl: sum(pages, (page) => page.importedWithUrl),
    importedBefore: sum(pages, (page) => page.importedBefore),
    importedBeforeWithUrl: sum(pages, (page) => page.importedBeforeWithUrl),
    invalidGraphs: pages.filter((page) => page.invalid).map((page) => page.file),
    invalidGraphsWithUrl: pages.filter((page) => page.invalidWithUrl).map((page) => page.file),
    duplicateActors: sum(pages, (page) => page.duplicateActors),
    filesWithDuplicateActors: pages.filter((page) => page.duplicateActors > 0).map((page) => page.file),
    characterReferences: sum(pages, (page) => page.characterReferences.length),
    mainArticles: pages.filter((page) => page.hasMainArticle).length,
    mainArticlesUnd: und.length,
    mainArticlesUndWhereStated: und.filter((page) => expected[page.file]?.language !== null).length,
    arraysIgnoredButRead: sum(pages, (page) => page.arraysIgnoredButRead),
    lost: Object.fromEntries(Object.entries(lost).sort(([, a], [, b]) => b - a)),
    fields,
  };
}

function printText(summary: ReturnType<typeof summarize>): void {
  const s = summary;
  const lines = [
    `Corpus: ${s.pages} pages, ${s.articleNodes} article nodes (tests/fixtures/pages/expected.json)`,
    "",
    `Article nodes read, no options:            ${s.imported} of ${s.articleNodes} (${percent(s.imported, s.articleNodes)})`,
    `Article nodes read, with the page url:     ${s.importedWithUrl} of ${s.articleNodes} (${percent(s.importedWithUrl, s.articleNodes)})`,
    "  (read: imported, or merged as a copy into an imported article with the same url or @id)",
    `  fromJsonLd alone on the page's documents: ${s.importedBefore} imported with no options, ${s.importedBeforeWithUrl} with the url as baseUrl`,
    `Graphs failing safeParseNewsGraph:         ${s.invalidGraphs.length} (with the url: ${s.invalidGraphsWithUrl.length})${s.invalidGraphs.length ? ` — ${s.invalidGraphs.join(", ")}` : ""}`,
    `Duplicate actors:                          ${s.duplicateActors} in ${s.filesWithDuplicateActors.length} files`,
    `Text fields with HTML character references: ${s.characterReferences}`,
    `Main articles with language "und":         ${s.mainArticlesUnd} of ${s.mainArticles} imported (${s.mainArticlesUndWhereStated} of those pages state a language)`,
    `Warnings that an array was ignored while its nodes were read: ${s.arraysIgnoredButRead}`,
    "",
    "Article nodes lost with no options, by cause:",
    ...Object.entries(s.lost).map(([cause, n]) => `  ${String(n).padStart(4)}  ${cause}`),
    "",
    "Per field: pages with a value (newsgraph / metascraper) and agreement where both give one:",
    ...FIELDS.map((field) => {
      const f = s.fields[field];
      return `  ${field.padEnd(9)} ${String(f.newsgraph).padStart(3)} / ${String(f.metascraper).padStart(3)}   agree ${f.agree} of ${f.both} (${percent(f.agree, f.both)})`;
    }),
    "",
    "Per field against expected.json (newsgraph | metascraper):",
    ...FIELDS.map((field) => {
      const f = s.fields[field];
      const tally = (counts: Record<string, number>): string =>
        VERDICTS.map((verdict) => `${verdict} ${counts[verdict] ?? 0}`).join(", ");
      return `  ${field.padEnd(9)} ${tally(f.againstExpected)}  |  ${tally(f.metascraperAgainstExpected)}`;
    }),
    "",
    `Files with duplicate actors: ${s.filesWithDuplicateActors.join(", ") || "none"}`,
    `Graphs failing with the url: ${s.invalidGraphsWithUrl.join(", ") || "none"}`,
  ];
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const asJson = process.argv.includes("--json");
  const expected = expectedPages();
  const pages: PageReport[] = [];
  for (const file of pageFiles()) {
    const page = expected[file];
    if (page === undefined) throw new Error(`${file} has no entry in expected.json`);
    pages.push(await reportPage(file, page));
  }
  const summary = summarize(pages, expected);
  if (asJson) console.log(JSON.stringify({ summary, pages }, null, 2));
  else printText(summary);
}

await main();
