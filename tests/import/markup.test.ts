// A body or description that a page writes as HTML markup: readPage renders it as plain text (the model's
// `text` is plain text, and evidence offsets index into it); fromJsonLd, which parses no HTML, drops it; both
// say so. newsgraph's own text that merely looks like a tag is written so that it reads back as text.
import { describe, expect, test } from "vitest";
import { markupText } from "../../src/import/html";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { toJsonLd } from "../../src/jsonld/graph";
import { readPage } from "../../src/jsonld/index";
import type { NewsGraph } from "../../src/model/news-graph";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { hostilePages } from "../adversarial/hostile-inputs";
import { article, importValid, inferred, lines } from "./import-support";

const RENDERED =
  "read as plain text: blocks on lines of their own, paragraphs separated by a blank line, scripts and styles left out";

const body =
  '<p class="texto">Em busca de uma solu&ccedil;&atilde;o.</p>\n<p class="texto">Segundo  par&aacute;grafo.</p>';

const page = (json: Record<string, unknown>): string =>
  `<html lang="pt"><head><script type="application/ld+json">${JSON.stringify(article(json)).replace(/</g, "\\u003c")}</script></head></html>`;

describe("markupText renders HTML markup as the plain text a reader sees", () => {
  test("paragraphs separated by a blank line, references decoded, white space collapsed", () => {
    expect(markupText(body)).toEqual({ text: "Em busca de uma solução.\n\nSegundo parágrafo." });
  });

  test("<br> a line break, list items and table rows on lines of their own, cells apart", () => {
    expect(
      markupText(
        "<div>one<br>two <br/> three</div><ul><li>a</li> <li>b</li></ul><table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>",
      ).text,
    ).toBe("one\ntwo\nthree\n\na\nb\n\n1 2\n3");
  });

  test("scripts, styles, templates, noscript, embedded documents and hidden elements left out", () => {
    expect(
      markupText(
        "<p>kept</p><script>var x = '<p>no</p>';</script><style>p { color: red }</style><template><p>no</p></template><noscript>no</noscript><iframe>no</iframe><svg><text>no</text></svg><p hidden>no</p><p>also kept</p>",
      ).text,
    ).toBe("kept\n\nalso kept");
  });

  test("white space inside <pre> kept as written", () => {
    expect(markupText("<p>code:</p><pre>  let x;\n    x = 1;</pre>").text).toBe(
      "code:\n\n  let x;\n    x = 1;",
    );
  });

  test("markup nested deeper than the parser's bound is read up to there, and says so", () => {
    const read = markupText(`<p>first</p>${"<div>".repeat(600)}deep`);
    expect(read).toEqual({
      text: "first",
      stopped: "its elements nest more than 512 deep, so it is read only up to there",
    });
  });
});

describe("readPage renders a body or description written as HTML markup", () => {
  test("an articleBody of <p> elements becomes plain text, reported and marked", () => {
    const reading = readPage(page({ articleBody: body }));
    const note = `the source writes HTML markup (<p>), ${RENDERED}`;
    expect(reading.graph.articles[0]).toMatchObject({
      text: "Em busca de uma solução.\n\nSegundo parágrafo.",
      fieldProvenance: { text: inferred(note) },
    });
    expect(reading.warnings.map(({ path, message }) => `${path}: ${message}`)).toContain(
      `$[0].articleBody: the articleBody: ${note}`,
    );
  });

  test("markup the page escaped once more (&lt;p&gt;) is decoded, then rendered", () => {
    const escaped = body
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
    const reading = readPage(page({ description: escaped }));
    expect(reading.graph.articles[0]).toMatchObject({
      description: "Em busca de uma solução.\n\nSegundo parágrafo.",
      fieldProvenance: {
        description: inferred(
          `the source writes HTML markup (<p>), itself escaped with character references, ${RENDERED}`,
        ),
      },
    });
  });

  test("text in the markup escaped twice is decoded again, and the note says so", () => {
    const reading = readPage(page({ articleBody: "<p>enth&amp;uuml;llen</p>" }));
    expect(reading.graph.articles[0]).toMatchObject({
      text: "enthüllen",
      fieldProvenance: {
        text: inferred(
          `the source writes HTML markup (<p>), ${RENDERED}; the text escaped twice, they are decoded again: "ü" (uuml)`,
        ),
      },
    });
  });

  test("markup that holds no text is ignored, reported", () => {
    const reading = readPage(page({ articleBody: "<p> </p><script>track()</script>" }));
    expect(reading.graph.articles[0]?.text).toBeUndefined();
    expect(reading.warnings.map(({ message }) => message)).toContain(
      "the articleBody: the source writes HTML markup (<p>) that holds no text; ignored",
    );
  });

  test("a headline is no prose field: a tag in it is kept as written", () => {
    const reading = readPage(page({ headline: "Why <p> matters" }));
    expect(reading.graph.articles[0]?.headline).toBe("Why <p> matters");
  });
});

describe("fromJsonLd, which parses no HTML, drops a body written as markup, reported", () => {
  test("an articleBody and a description of markup are dropped, each with a warning", () => {
    const { graph, warnings } = importValid(
      article({ articleBody: body, description: 'See <a href="https://example.org/">here</a>.' }),
    );
    expect(graph.articles[0]?.text).toBeUndefined();
    expect(graph.articles[0]?.description).toBeUndefined();
    const dropped = (tag: string, field: string) =>
      `$.${field}: the ${field}: the source writes HTML markup (<${tag}>) where plain text is expected; dropped, since fromJsonLd parses no HTML (readPage, which does, reads it as text)`;
    expect(lines(warnings)).toEqual([dropped("a", "description"), dropped("p", "articleBody")]);
  });

  test("text that merely holds a < is text: a comparison, an arrow, a single-letter tag, a tag it does not know", () => {
    for (const text of [
      "a < b and c > d",
      "x <- y",
      "if a <b and c> d",
      "<3",
      "<custom-thing>",
      "<script>",
    ]) {
      const { graph, warnings } = importValid(article({ articleBody: text }));
      expect(graph.articles[0]?.text).toBe(text);
      expect(warnings).toEqual([]);
    }
  });
});

describe("newsgraph's own text that looks like markup reads back", () => {
  test("the < of a tag is written &#60;, so that a description is text, not markup, when it is read", () => {
    const graph: NewsGraph = {
      format: 1,
      articles: [
        {
          id: "a",
          url: "https://example.org/a",
          headline: "The <p> element",
          description: "<p>Paragraphs</p> are written &lt;p&gt; in HTML, and a break <br/>.",
          genre: "news",
          language: "en",
          datePublished: "2025-01-08",
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
        },
      ],
      actors: [],
      claims: [],
      events: [],
      places: [],
    };
    const once = toJsonLd(graph);
    expect(once["@graph"][0]).toMatchObject({
      headline: "The &#60;p> element",
      description: "&#60;p>Paragraphs&#60;/p> are written &#38;lt;p&#38;gt; in HTML, and a break &#60;br/>.",
    });
    const imported = fromJsonLd(once).graph;
    expect(safeParseNewsGraph(imported).success).toBe(true);
    expect(imported.articles[0]).toMatchObject({
      headline: graph.articles[0]?.headline,
      description: graph.articles[0]?.description,
    });
    expect(toJsonLd(imported)).toEqual(once);
  });
});

describe("readPage: page-sized bodies of markup and references (timed by npm run bench -- scaling)", () => {
  const size = 1_000;
  const pages = new Map(hostilePages(size).map(({ name, value }) => [name, readPage(value)]));
  const article = (name: string) => pages.get(name)?.graph.articles[0];

  test("a body of n paragraphs gives n paragraphs, each trimmed", () => {
    const paragraphs = article("a body of n paragraphs of HTML markup")?.text?.split("\n\n");
    expect(paragraphs).toHaveLength(size);
    expect(paragraphs?.[size - 1]).toBe(`Paragraph ${size - 1}`);
  });

  test("a body of n line breaks gives n lines, each trimmed", () => {
    const lines = article("a body of n line breaks of HTML markup")?.text?.split("\n");
    expect(lines).toHaveLength(size);
    expect(lines?.[1]).toBe("line 1");
  });

  test("a description of n runs escaped once and twice keeps each lone reference and decodes the others", () => {
    const description = article("a description of n references escaped once and twice")?.description;
    expect(description).toBe("año &amp; enthüllt ".repeat(size));
  });
});

describe("readPage decodes the page's metadata where the page escaped it twice", () => {
  test("a headline, description and author in meta tags, after the HTML parser's one decoding", () => {
    const reading = readPage(`<html lang="en"><head>
      <link rel="canonical" href="https://example.org/a">
      <meta property="og:title" content="Fisch &amp;amp; Fang">
      <meta property="og:description" content="&amp;quot;Enth&amp;uuml;llt&amp;quot;, it said">
      <meta name="author" content="Jos&amp;eacute; P&amp;eacute;rez">
      <meta property="article:published_time" content="2025-01-08">
    </head></html>`);
    const [article] = reading.graph.articles;
    const note = (list: string) => `the text is escaped twice, they are decoded again: ${list}`;
    expect(article).toMatchObject({
      headline: "Fisch & Fang",
      description: '"Enthüllt", it said',
      fieldProvenance: {
        headline: {
          basis: "inferred",
          note: note('"&" (amp)'),
          origin: { format: "html", at: 'meta[property="og:title"]' },
        },
        description: { basis: "inferred", note: note('"\\"" (quot), "ü" (uuml)') },
        authors: { basis: "inferred", note: note('"é" (eacute)') },
      },
    });
    expect(reading.graph.actors.map((actor) => actor.name)).toEqual(["José Pérez"]);
    expect(reading.warnings).toContainEqual({
      path: 'meta[property="og:title"]',
      message: note('"&" (amp)'),
    });
  });
});
