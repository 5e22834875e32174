// readPage: a page's HTML read whole — its JSON-LD scripts as one document (repaired where they do not parse),
// its address and language, and its metadata — with every value marked with where in the page it was read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/jsonld/index";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { hostilePages } from "../adversarial/hostile-inputs";
import { runs } from "../properties/support/runs";

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const metaPage = `<!doctype html><html lang="en-GB"><head>
  <title>Storm closes mountain pass | Example News</title>
  <link rel="canonical" href="https://example.org/news/storm">
  <meta property="og:title" content="Storm closes mountain pass">
  <meta property="og:site_name" content="Example News">
  <meta property="og:description" content="Snow and wind shut the road.">
  <meta property="og:image" content="/images/storm.jpg">
  <meta property="og:image:width" content="1200">
  <meta property="article:published_time" content="2025-01-08T12:00:00+01:00">
  <meta property="article:modified_time" content="2025-01-08T15:30:00+01:00">
  <meta property="article:author" content="https://example.org/authors/jane-doe">
  <meta name="author" content="Jane Doe">
  <meta property="article:section" content="Weather">
  <meta property="article:tag" content="storms">
  <meta property="article:tag" content="roads, mountains">
</head><body></body></html>`;

const newsArticle = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "https://example.org/news/storm#article",
  url: "https://example.org/news/storm",
  headline: "Storm closes mountain pass",
  datePublished: "2025-01-08T12:00:00+01:00",
};

describe("readPage: a page whose JSON-LD has no article", () => {
  const reading = readPage(metaPage);
  const [article] = reading.graph.articles;

  it("makes the page's article from its metadata, at the canonical address, in the page's language", () => {
    expect(reading.url).toBe("https://example.org/news/storm");
    expect(reading.language).toBe("en-GB");
    expect(reading.mainArticle).toBe(article?.id);
    expect(article).toMatchObject({
      url: "https://example.org/news/storm",
      headline: "Storm closes mountain pass",
      language: "en-GB",
      datePublished: "2025-01-08T12:00:00+01:00",
      dateModified: "2025-01-08T15:30:00+01:00",
      description: "Snow and wind shut the road.",
      section: "Weather",
      keywords: ["storms", "roads, mountains"],
      images: [{ url: "https://example.org/images/storm.jpg", width: 1200 }],
    });
    expect(safeParseNewsGraph(reading.graph).success).toBe(true);
  });

  it("marks each field with the element it was read from, and what it inferred with why", () => {
    const marks = article?.fieldProvenance ?? {};
    expect(marks.url).toEqual({ basis: "stated", origin: { format: "html", at: 'link[rel="canonical"]' } });
    expect(marks.headline?.origin).toEqual({ format: "html", at: 'meta[property="og:title"]' });
    expect(marks.datePublished?.origin?.at).toBe('meta[property="article:published_time"]');
    expect(marks.language?.origin?.at).toBe("html[lang]");
    expect(marks.keywords?.origin?.at).toBe('meta[property="article:tag"]');
    expect(marks.publisher?.origin?.at).toBe('meta[property="og:site_name"]');
    expect(marks.genre?.basis).toBe("inferred");
    expect(article?.provenance?.origin).toEqual({ format: "html", at: "head" });
  });

  it("takes an author's name, never a profile URL, and reports the URL it passed over", () => {
    const names = article?.authors.map((id) => reading.graph.actors.find((actor) => actor.id === id)?.name);
    expect(names).toEqual(["Jane Doe"]);
    expect(article?.fieldProvenance?.authors?.origin?.at).toBe('meta[name="author"]');
    expect(reading.warnings).toContainEqual({
      path: 'meta[property="article:author"]',
      message: '"https://example.org/authors/jane-doe" is a URL, not a name; passed over',
    });
    const publisher = reading.graph.actors.find((actor) => actor.id === article?.publisher);
    expect(publisher).toMatchObject({ kind: "organization", name: "Example News" });
  });

  it('reads <meta name="authors"> when no other source names an author', () => {
    const reading = readPage(
      metaPage.replace('<meta name="author" content="Jane Doe">', '<meta name="authors" content="Ann Lee">'),
    );
    const [id] = reading.graph.articles[0]?.authors ?? [];
    expect(reading.graph.actors.find((actor) => actor.id === id)?.name).toBe("Ann Lee");
  });

  it("makes an article without a date, and says so, when the metadata gives none", () => {
    const undated = readPage(metaPage.replace(/<meta property="article:published_time"[^>]*>/, ""));
    const [article] = undated.graph.articles;
    expect(undated.mainArticle).toBe(article?.id);
    expect(article).not.toHaveProperty("datePublished");
    expect(article?.fieldProvenance).not.toHaveProperty("datePublished");
    expect(undated.warnings.map(({ message }) => message)).toContain(
      "no publication date could be read from the page (article:published_time or another date meta, or a ClaimReview at the page's address): the article is read without one",
    );
    expect(undated.language).toBe("en-GB");
  });

  it("takes the date of a ClaimReview published at the page's address when the metadata gives none", () => {
    const review = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://example.org/check/1",
      datePublished: "2021-06-18",
      author: { "@type": "Organization", name: "Checkers" },
      claimReviewed: "Antibodies prevent reinfection",
      reviewRating: { "@type": "Rating", alternateName: "Misleading" },
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Ana" } },
    };
    const reading = readPage(
      `<html lang="en"><link rel="canonical" href="https://example.org/check/1"><title>Do antibodies?</title>${ld(review)}`,
    );
    const article = reading.graph.articles.find((each) => each.id === reading.mainArticle);
    expect(article?.datePublished).toBe("2021-06-18");
    expect(article?.fieldProvenance?.datePublished).toMatchObject({
      basis: "inferred",
      origin: { format: "json-ld", at: "$[0].datePublished" },
    });
    // Also when the review's claim names no claimant, so that the importer makes no claim of it.
    const unclaimed = { ...review, itemReviewed: { "@type": "Claim" } };
    const page = readPage(
      `<link rel="canonical" href="https://example.org/check/1"><title>Do antibodies?</title>${ld([unclaimed])}`,
    );
    expect(page.graph.claims).toEqual([]);
    expect(page.graph.articles[0]?.fieldProvenance?.datePublished?.origin?.at).toBe("$[0][0].datePublished");
    // Typed as the importer reads types: a www.schema.org IRI, or in another case.
    for (const type of ["https://www.schema.org/ClaimReview", "claimreview"]) {
      const typed = readPage(
        `<link rel="canonical" href="https://example.org/check/1"><title>Do antibodies?</title>${ld({ ...unclaimed, "@type": type })}`,
      );
      expect(typed.graph.articles[0]?.datePublished).toBe("2021-06-18");
    }
  });

  it("reads the date metas sites use besides article:published_time", () => {
    for (const tag of [
      '<meta name="pubdate" content="2025-01-08">',
      '<meta name="DC.date.issued" content="2025-01-08">',
      '<meta name="parsely-pub-date" content="2025-01-08">',
      '<meta name="sailthru.date" content="2025-01-08">',
      '<meta itemprop="datePublished" content="2025-01-08">',
      '<time itemprop="datePublished" datetime="2025-01-08">8 January</time>',
    ]) {
      const page = `<html><head><link rel="canonical" href="https://example.org/a"><title>A</title>${tag}</head></html>`;
      expect(readPage(page).graph.articles[0]?.datePublished, tag).toBe("2025-01-08");
    }
  });
});

describe("readPage: what sites get wrong in their metadata", () => {
  const at = (reading: ReturnType<typeof readPage>, path: string) =>
    reading.warnings.filter((warning) => warning.path === path).map(({ message }) => message);

  it("reads a numeric date day first or month first as the page's language writes them, marked inferred", () => {
    const page = (lang: string) =>
      `<html lang="${lang}"><link rel="canonical" href="https://example.org/a"><title>A</title><meta property="article:published_time" content="10/05/2022 05:22 pm"></html>`;
    const spanish = readPage(page("es")).graph.articles[0];
    expect(spanish?.datePublished).toBe("2022-05-10");
    expect(spanish?.fieldProvenance?.datePublished).toMatchObject({
      basis: "inferred",
      note: expect.stringMatching(
        /read day first, since the page is in es, whose numeric dates put the day first$/,
      ),
      origin: { format: "html", at: 'meta[property="article:published_time"]' },
    });
    expect(readPage(page("en-US")).graph.articles[0]?.datePublished).toBe("2022-10-05");
    const english = readPage(page("en"));
    expect(english.graph.articles[0]?.datePublished).toBeUndefined();
    expect(at(english, 'meta[property="article:published_time"]')).toEqual([
      'the date: "10/05/2022 05:22 pm" can be read day first or month first; the order is not guessed; dropped',
    ]);
  });

  it("passes over a value an unescaped quotation mark cuts short, and reads the next source", () => {
    const reading = readPage(
      '<link rel="canonical" href="https://example.org/a"><title>Senator calls Biden "unfit"</title><meta property="og:title" content="Senator calls Biden "unfit"">',
    );
    expect(reading.graph.articles[0]?.headline).toBe('Senator calls Biden "unfit"');
    expect(reading.graph.articles[0]?.fieldProvenance?.headline?.origin?.at).toBe("title");
    expect(at(reading, 'meta[property="og:title"]')).toEqual([
      '"Senator calls Biden" is cut short by a quotation mark the page does not escape (the rest of the value reads as attributes); passed over',
    ]);
  });

  it("reads an address without a scheme that names a host as http, marked inferred; a relative path stays unread", () => {
    const reading = readPage(
      '<meta property="og:url" content="www.example.es/news/2012/a.html"><meta property="og:title" content="A">',
    );
    const note =
      'the page\'s address "www.example.es/news/2012/a.html" has no scheme but names a host; read as http://www.example.es/news/2012/a.html';
    expect(reading.url).toBe("http://www.example.es/news/2012/a.html");
    expect(reading.graph.articles[0]?.fieldProvenance?.url).toEqual({
      basis: "inferred",
      note,
      origin: { format: "html", at: 'meta[property="og:url"]' },
    });
    expect(at(reading, 'meta[property="og:url"]')).toEqual([note]);
    expect(
      readPage('<meta property="og:url" content="news/a.html"><meta property="og:title" content="A">').url,
    ).toBeUndefined();
  });

  it("takes the site's name that ends the <title> after the headline as the publisher, only when it is alone", () => {
    const page = (title: string) =>
      `<link rel="canonical" href="https://example.org/a"><meta property="og:title" content="Storm closes pass"><title>${title}</title>`;
    const reading = readPage(page("Storm closes pass | example.es"));
    const [article] = reading.graph.articles;
    expect(reading.graph.actors.find((actor) => actor.id === article?.publisher)?.name).toBe("example.es");
    expect(article?.fieldProvenance?.publisher).toMatchObject({ basis: "inferred", origin: { at: "title" } });
    // <meta name="title"> is read the same way when the <title> does not settle it.
    const meta = readPage(
      `${page("Storm closes pass | Example - Finest news")}<meta name="title" content="Storm closes pass - Example">`,
    );
    const publisher = meta.graph.articles[0]?.publisher;
    expect(meta.graph.actors.find((actor) => actor.id === publisher)?.name).toBe("Example");
    expect(meta.graph.articles[0]?.fieldProvenance?.publisher?.origin?.at).toBe('meta[name="title"]');
    for (const title of [
      "Storm closes pass | World | Example",
      "Storm closes pass - Example - Finest news",
      "Storm closes pass",
      "Other | Example",
    ])
      expect(readPage(page(title)).graph.articles[0]?.publisher, title).toBeUndefined();
  });

  it("dates a JSON-LD article that states no date, or only bounds, from the metadata, dropping a dateModified before it", () => {
    const { datePublished: _, ...undated } = newsArticle;
    const reading = readPage(
      `<meta property="article:published_time" content="2025-01-08T12:00:00+01:00">${ld({ ...undated, dateModified: "2025-01-01" })}`,
    );
    const [article] = reading.graph.articles;
    expect(article?.datePublished).toBe("2025-01-08T12:00:00+01:00");
    expect(article?.dateModified).toBeUndefined();
    expect(article?.fieldProvenance?.datePublished?.origin?.at).toBe(
      'meta[property="article:published_time"]',
    );
    expect(at(reading, 'meta[property="article:published_time"]')).toEqual([
      "the article's JSON-LD states no datePublished, only bounds (../2025-01-01); the metadata's date is taken",
      "the article's dateModified 2025-01-01 is before the metadata's publication date 2025-01-08T12:00:00+01:00; the dateModified is dropped",
    ]);
    const unbounded = readPage(
      `<meta property="article:published_time" content="2025-01-08T12:00:00+01:00">${ld(undated)}`,
    );
    expect(unbounded.graph.articles[0]?.datePublished).toBe("2025-01-08T12:00:00+01:00");
  });
});

describe("readPage: the page's address and language", () => {
  it("takes the canonical link over og:url, and reports when they differ", () => {
    const reading = readPage(
      '<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://m.example.org/b">',
    );
    expect(reading.url).toBe("https://example.org/a");
    expect(reading.warnings[0]?.path).toBe('meta[property="og:url"]');
  });

  it("takes the url option when the page states no address, marked as inferred", () => {
    const reading = readPage(
      '<meta property="og:title" content="A"><meta name="date" content="2025-01-08">',
      { url: "https://example.org/read-from" },
    );
    expect(reading.graph.articles[0]?.url).toBe("https://example.org/read-from");
    expect(reading.graph.articles[0]?.fieldProvenance?.url?.basis).toBe("inferred");
  });

  it("resolves a relative canonical link against <base href>, itself against the url option", () => {
    const reading = readPage('<base href="/news/"><link rel="canonical" href="storm">', {
      url: "https://example.org/index.html",
    });
    expect(reading.url).toBe("https://example.org/news/storm");
  });

  it("reads og:locale as a BCP 47 tag when the page has no lang, saying so", () => {
    const reading = readPage('<meta property="og:locale" content="pt_BR">');
    expect(reading.language).toBe("pt-BR");
  });

  it("passes over a lang that is not a tag and reports it", () => {
    const reading = readPage('<html lang="English"><meta http-equiv="content-language" content="de, en">');
    expect(reading.language).toBe("de");
    expect(reading.warnings[0]).toMatchObject({ path: "html[lang]" });
  });

  it("reports options it cannot use and reads the page without them", () => {
    const reading = readPage("<title>A</title>", { url: "/relative", defaultLanguage: "not a tag" });
    expect(reading.warnings.map((warning) => warning.path).slice(0, 2)).toEqual([
      "options.url",
      "options.defaultLanguage",
    ]);
    expect(readPage("<p></p>", { defaultLanguage: "sv" }).language).toBe("sv");
  });
});

describe("readPage: the page's JSON-LD", () => {
  it("reads every script as one document, so a reference into another script resolves", () => {
    const html = `<html lang="en">${ld({ ...newsArticle, author: { "@id": "#jane" } })}${ld({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": "#jane",
      name: "Jane Doe",
    })}`;
    const reading = readPage(html, { url: "https://example.org/news/storm" });
    const [article] = reading.graph.articles;
    const author = reading.graph.actors.find((actor) => actor.id === article?.authors[0]);
    expect(author?.name).toBe("Jane Doe");
    expect(author?.provenance?.origin).toEqual({ format: "json-ld", at: "$[1]" });
    expect(article?.provenance?.origin).toEqual({ format: "json-ld", at: "$[0]" });
  });

  it("gives an article that states no language the page's, marked with the element", () => {
    const reading = readPage(`<html lang="fr">${ld(newsArticle)}`);
    const [article] = reading.graph.articles;
    expect(article?.language).toBe("fr");
    expect(article?.fieldProvenance?.language).toMatchObject({
      basis: "inferred",
      origin: { format: "html", at: "html[lang]" },
    });
  });

  it("fills what the JSON-LD article leaves out from the metadata, and keeps what it states", () => {
    const reading = readPage(
      `<meta property="og:site_name" content="Example News"><meta property="og:title" content="Other words">${ld(newsArticle)}`,
    );
    const [article] = reading.graph.articles;
    expect(article?.headline).toBe("Storm closes mountain pass");
    expect(article?.fieldProvenance?.headline).toBeUndefined();
    expect(article?.fieldProvenance?.publisher?.origin?.at).toBe('meta[property="og:site_name"]');
  });

  it("repairs a script that does not parse, reports each repair with its place, and marks its nodes", () => {
    const broken = `<p>x</p>\n<script type="application/ld+json">{\n  "@type": "NewsArticle", // the story\n  "url": "https://example.org/a",\n  "headline": "A",\n  "datePublished": "2025-01-08",\n}</script>`;
    const reading = readPage(broken);
    const repairs = reading.warnings.filter((warning) => warning.repair !== undefined);
    expect(
      repairs.map((warning) => [warning.repair, warning.position?.line, warning.position?.column]),
    ).toEqual([
      ["comment", 3, 27],
      ["trailing-comma", 6, 32],
    ]);
    expect(reading.graph.articles[0]?.provenance?.note).toMatch(/repaired \(2 repairs/);
    expect(safeParseNewsGraph(reading.graph).success).toBe(true);
  });

  it("numbers warning paths by the page's scripts, a script that is not repaired included", () => {
    const reading = readPage(
      `<script type="application/ld+json"></script>${ld({ "@type": "Recipe", name: "x" })}`,
    );
    expect(reading.warnings.some((warning) => warning.path === "$[1]")).toBe(true);
  });
});

describe("readPage: its contracts", () => {
  it("reports HTML that is not a string and gives an empty graph", () => {
    const reading = readPage(42 as unknown as string);
    expect(reading.graph.articles).toEqual([]);
    expect(reading.warnings[0]?.message).toMatch(/found a number/);
  });

  it("reports options whose reading throws, never throwing itself", () => {
    const options = Object.defineProperty({}, "url", {
      get: () => {
        throw new Error("no");
      },
    });
    expect(readPage("<p></p>", options).warnings.at(-1)?.message).toMatch(/could not be read: no/);
  });

  it("never throws, never changes its options, and its graph is always valid", () => {
    const parts = fc.constantFrom(
      metaPage,
      ld(newsArticle),
      '<script type="application/ld+json">{"@type": "NewsArticle",, "headline": </script>',
      '<meta name="author" content="">',
      '<html lang="x-">',
      "<base href='::'>",
      '<link rel="canonical" href="javascript:alert(1)">',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(parts, fc.string()), { maxLength: 6 }), fc.webUrl(), (pieces, url) => {
        const options = Object.freeze({ url });
        const reading = readPage(pieces.join(""), options);
        expect(safeParseNewsGraph(reading.graph).success).toBe(true);
      }),
      runs(100),
    );
  });
});

describe("readPage: page-sized inputs (timed by npm run bench -- scaling)", () => {
  const size = 1_000;
  const pages = new Map(hostilePages(size).map(({ name, value }) => [name, readPage(value)]));
  const article = (name: string) => pages.get(name)?.graph.articles[0];

  it("reads n author metas as n persons, one look-up each", () => {
    expect(article("n author metas")?.authors).toHaveLength(size);
  });

  it("reads n article:tag metas as n keywords", () => {
    expect(article("n article:tag metas")?.keywords).toHaveLength(size);
  });

  it("repairs n scripts, reporting each repair", () => {
    const reading = pages.get("n scripts that need a repair");
    expect(reading?.graph.actors).toHaveLength(size);
    expect(reading?.warnings.filter((warning) => warning.repair === "trailing-comma")).toHaveLength(size);
  });

  it("resolves n references into another script to one author", () => {
    const reading = pages.get("n articles naming an author in another script");
    const fromJsonLd = reading?.graph.articles.filter(
      (each) => each.provenance?.origin?.format === "json-ld",
    );
    expect(fromJsonLd).toHaveLength(size);
    expect(new Set(fromJsonLd?.map((each) => each.authors.join()))).toEqual(new Set(["author"]));
  });
});
