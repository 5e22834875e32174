// Every page of the corpus read with readPage, with no options, against what expected.json says the page states
// (checked by hand): the page's address, its main article's headline, date, authors, publisher and language,
// and the article nodes its JSON-LD holds; then the corpus's summary figures against the targets for reading
// real pages. Where the reading still differs from the page, KNOWN_GAPS says so and why, and the test checks
// that it does differ, so that a gap closed is taken off the list.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/index";
import { type PageReading, readPage } from "../../src/jsonld/index";
import { safeParseNewsGraph } from "../../src/validate/parse";
import {
  articleNodesRead,
  characterReferences,
  duplicateActors,
  normalizeName,
  pageDocuments,
} from "./measures";
import {
  articleNodes,
  type ExpectedPage,
  expectedPages,
  pageFiles,
  readPage as readStoredPage,
} from "./pages";

type Field = "url" | "headline" | "date" | "authors" | "publisher" | "language" | "articleNodes";
const FIELDS: Field[] = ["url", "headline", "date", "authors", "publisher", "language", "articleNodes"];

/** Where the reading differs from what the page states, and why; each is measured in the report too. */
const KNOWN_GAPS: Record<string, Partial<Record<Field, string>>> = {
  "africacheck-2020-mayor-covid-vaccine.html": {
    date: "the NewsArticle states no datePublished; the importer bounds it by its dateModified (../2021-01-08…), and the page's ClaimReview date is not taken over it",
  },
  "eluniversal-2022-senator-biden.html": {
    authors:
      "its one script, which names the author, cannot be repaired (a quote jsonrepair cannot place), and the metadata names none",
    articleNodes: "likewise: the script's NewsArticle is not read",
  },
  "npr-2020-fork-the-government.html": {
    authors: "one Person whose name is an array of two names: the importer takes the first",
  },
  "torcedores-2019-neymar-model.html": {
    articleNodes: "a NewsArticle named only by mainEntityOfPage's @id, without headline, is not imported",
  },
};

/**
 * Text that still holds a character reference after the importer decoded it once, as HTML does: the page
 * escaped it twice (`&amp;uuml;`), or it is HTML markup (an articleBody of <p> elements).
 */
const ESCAPED_TWICE = [
  "correiobraziliense-2022-pacheco-fux-truce.html",
  "listindiario-2020-big-leaguers-lidom.html",
  "moneycontrol-2020-goldman-gdp-forecast.html",
  "motorsport-total-2022-alfa-romeo-c42.html",
  "pixnet-blog-maple-leaves-camp.html",
];

const expected = expectedPages();

interface Read {
  file: string;
  page: ExpectedPage;
  reading: PageReading;
  nodesRead: number;
}

const pages: Read[] = pageFiles().map((file) => {
  const html = readStoredPage(file);
  const page = expected[file];
  if (page === undefined) throw new Error(`${file} has no entry in expected.json`);
  const reading = readPage(html);
  return {
    file,
    page,
    reading,
    nodesRead: articleNodesRead(reading, articleNodes(pageDocuments(html))).length,
  };
});

const mainArticle = (reading: PageReading): Article | undefined =>
  reading.graph.articles.find((article) => article.id === reading.mainArticle);

const nameOf = (reading: PageReading, id: string | undefined): string | undefined =>
  reading.graph.actors.find((actor) => actor.id === id)?.name;

/** What the reading gives for each field, compared as a reader would: names normalised, tags by case. */
function found({ reading, nodesRead }: Read): Record<Field, unknown> {
  const article = mainArticle(reading);
  const language = article === undefined ? reading.language : article.language;
  return {
    url: reading.url ?? null,
    headline: article === undefined ? null : normalizeName(article.headline),
    date: article?.datePublished?.slice(0, 10) ?? null,
    authors: (article?.authors ?? []).map((id) => normalizeName(nameOf(reading, id) ?? id)),
    publisher:
      article?.publisher === undefined ? null : normalizeName(nameOf(reading, article.publisher) ?? ""),
    language: language === undefined || language === "und" ? null : language.toLowerCase(),
    articleNodes: nodesRead,
  };
}

/** What the page states, in the same terms. */
function stated({ page }: Read): Record<Field, unknown> {
  return {
    // A canonical link that is not absolute cannot be the address of a page read without its url, unless it
    // names a host without a scheme (`www.example.org/news/a`), read as http.
    url:
      page.url === null
        ? null
        : /^https?:\/\//i.test(page.url)
          ? page.url
          : /^www\./i.test(page.url)
            ? `http://${page.url}`
            : null,
    headline: page.headline !== null ? normalizeName(page.headline) : null,
    date: page.datePublished?.date ?? null,
    authors: page.authors.map(normalizeName),
    publisher: page.publisher !== null ? normalizeName(page.publisher) : null,
    language: page.language?.replace(/_/g, "-").toLowerCase() ?? null,
    articleNodes: page.articleNodes,
  };
}

describe("the corpus read with readPage", () => {
  it.each(pages.map((read) => [read.file, read] as const))("%s", (file, read) => {
    const gaps = KNOWN_GAPS[file] ?? {};
    const [ours, theirs] = [found(read), stated(read)];
    for (const field of FIELDS) {
      if (gaps[field] === undefined) expect(ours[field], field).toEqual(theirs[field]);
      else
        expect(ours[field], `${field} is listed as a known gap: ${gaps[field]}`).not.toEqual(theirs[field]);
    }
    expect(safeParseNewsGraph(read.reading.graph).success).toBe(true);
  });

  it("lists known gaps of pages in the corpus only", () => {
    expect(Object.keys(KNOWN_GAPS).filter((file) => expected[file] === undefined)).toEqual([]);
  });
});

describe("the corpus's summary figures", () => {
  it("reads at least 95% of the article nodes present, with no options", () => {
    const present = pages.reduce((sum, { page }) => sum + page.articleNodes, 0);
    const read = pages.reduce((sum, { nodesRead }) => sum + nodesRead, 0);
    expect(read / present).toBeGreaterThanOrEqual(0.95);
  });

  it("gives no graph that fails safeParseNewsGraph", () => {
    const invalid = pages.filter(({ reading }) => !safeParseNewsGraph(reading.graph).success);
    expect(invalid.map(({ file }) => file)).toEqual([]);
  });

  it("gives no duplicate actors", () => {
    const duplicated = pages.filter(({ reading }) => duplicateActors(reading.graph) > 0);
    expect(duplicated.map(({ file }) => file)).toEqual([]);
  });

  it("leaves no HTML character reference in a text field but in text the page escaped twice", () => {
    const left = pages.filter(({ reading }) => characterReferences(reading.graph).length > 0);
    expect(left.map(({ file }) => file)).toEqual(ESCAPED_TWICE);
  });

  it("knows the language wherever the page states one", () => {
    const unknown = pages.filter((read) => read.page.language !== null && found(read).language === null);
    expect(unknown.map(({ file }) => file)).toEqual([]);
  });
});
