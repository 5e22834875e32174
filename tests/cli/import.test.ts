import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { run, scratch } from "./support";

const { dir, file } = scratch("newsgraph-cli-import-");
const fixtures = new URL("../fixtures/jsonld-import/", import.meta.url);
const fixture = (name: string): string => new URL(name, fixtures).pathname;

describe("newsgraph import", () => {
  it("prints the graph of a JSON-LD file as JSON and exits 0", () => {
    const result = run(["import", fixture("news-article-google-shape.json")]);
    expect(result.status).toBe(0);
    const graph = JSON.parse(result.out);
    expect(safeParseNewsGraph(graph).success).toBe(true);
    expect(graph.articles[0].id).toBe("harbour-ferry-resumes");
    expect(graph.actors).toHaveLength(3);
  });

  it("prints each warning on its own line on stderr, as warning: PATH: message, and still exits 0", () => {
    const result = run(["import", fixture("dangling-reference.json")]);
    expect(result.status).toBe(0);
    expect(result.err.split("\n")).toEqual([
      'warning: $["@graph"][0].url: the url is not stated; the @id (without its fragment) is taken as the article\'s address',
      'warning: $["@graph"][0].inLanguage: the language is not stated; "und" (undetermined, BCP 47) is filled in because the model requires a language',
      'warning: $["@graph"][0].author[0]: no node in the document has the @id "#nobody"; the reference is dropped',
    ]);
  });

  it("reads every ld+json script of an HTML page, numbering warnings by the page's scripts", () => {
    const result = run(["import", fixture("html-page-with-jsonld.html")]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).articles[0].url).toBe(
      "https://example.org/local/2025/11/flood-barrier-approved",
    );
    const warnings = result.err.split("\n");
    expect(warnings[0]).toMatch(/^warning: \$\[2\]: block 2 at offset \d+ is not valid JSON/);
    expect(warnings).toContain(
      "warning: $[1]: the BreadcrumbList stands beside the article without a link to it; the document has one article, so it is taken as the breadcrumb of its page",
    );
  });

  it("treats standard input that starts with < as HTML", () => {
    const html = readFileSync(fixture("html-page-with-jsonld.html"), "utf8");
    const result = run(["import", "-"], html);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).articles).toHaveLength(1);
  });

  it("passes --base-url and --language on to the importer", () => {
    const result = run([
      "import",
      fixture("author-as-string.json"),
      "--base-url",
      "https://example.org/news/storm",
      "--language",
      "en",
    ]);
    expect(result.status).toBe(0);
    const [article] = JSON.parse(result.out).articles;
    expect(article).toMatchObject({ url: "https://example.org/news/storm", language: "en" });
    expect(article.fieldProvenance.language.basis).toBe("inferred");
  });

  it("exits 1 when nothing could be imported, and says why", () => {
    const result = run(["import", fixture("author-as-string.json")]);
    expect(result.status).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toMatch(/warning: \$: NewsArticle not imported: it has no url/);
    expect(result.err).toMatch(/author-as-string\.json: nothing could be imported$/);
  });

  it("exits 1 on input that is not JSON, and on a page without a script that parses", () => {
    const notJson = run(["import", file("broken.json", "{ nope")]);
    expect(notJson.status).toBe(1);
    expect(notJson.err).toMatch(/broken\.json: not valid JSON/);
    const page = run(["import", file("empty.html", "<p>no scripts</p>")]);
    expect(page.status).toBe(1);
    expect(page.err.split("\n")).toEqual([
      "warning: $: the page's JSON-LD describes no article of the page's own, and its metadata lacks an address (a canonical link, og:url or the url option) and a headline (og:title, twitter:title or <title>), which the model requires; no article is read from its metadata",
      `${join(dir, "empty.html")}: nothing could be imported`,
    ]);
  });

  it("reads a page without JSON-LD from its metadata, each field marked with the element it came from", () => {
    const page = file(
      "meta-only.html",
      `<html lang="de"><head><link rel="canonical" href="/politik/wahl">
      <meta property="og:title" content="Wahl verschoben">
      <meta name="DC.date.issued" content="2025-03-02">
      <meta name="author" content="Erika Muster"></head></html>`,
    );
    const result = run(["import", page, "--base-url", "https://example.de/start"]);
    expect(result.status).toBe(0);
    const [article] = JSON.parse(result.out).articles;
    expect(article).toMatchObject({
      url: "https://example.de/politik/wahl",
      headline: "Wahl verschoben",
      language: "de",
      datePublished: "2025-03-02",
    });
    expect(article.fieldProvenance.datePublished.origin).toEqual({
      format: "html",
      at: 'meta[name="DC.date.issued"]',
    });
  });

  it("repairs a page's script that does not parse and warns of each repair with its line and column", () => {
    const page = file(
      "broken-script.html",
      '<html lang="en"><script type="application/ld+json">\n{"@type": "NewsArticle", "url": "https://example.org/a",\n "headline": "A", "datePublished": "2025-01-08",}\n</script></html>',
    );
    const result = run(["import", page]);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/^warning: \$\[0\]: repaired at line 3, column 48: a trailing comma removed/m);
    expect(JSON.parse(result.out).articles[0].provenance.note).toMatch(/was repaired \(1 repair/);
  });

  it("escapes what a page's metadata puts in a warning, as it escapes all input", () => {
    const page = file("bidi.html", '<html lang="en\u202egb"><title>x</title></html>');
    const result = run(["import", page]);
    expect(result.err.split("\n")[0]).toBe(
      'warning: html[lang]: the language "en\\u202egb" is not a BCP 47 tag; passed over',
    );
  });

  it("exits 2 without exactly one FILE, or when the file cannot be read", () => {
    expect(run(["import"]).status).toBe(2);
    expect(run(["import", "a.json", "b.json"]).status).toBe(2);
    const missing = run(["import", join(dir, "missing.json")]);
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/cannot read .*missing\.json: no such file/);
  });

  it("is described in --help", () => {
    const help = run(["--help"]).out;
    expect(help).toMatch(/newsgraph import FILE \[--base-url URL\] \[--language TAG\]/);
    expect(help).toMatch(/warning: PATH: message/);
  });
});
