// The corpus of real pages checked on its own terms: every page has its source and its expectations, no page
// keeps article text, and every expected value is there in its page as expected.json says. What an importer
// makes of the pages is measured by `npm run corpus`, not asserted here.
import { readFileSync } from "node:fs";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import {
  articleNodes,
  attribute,
  type ExpectedPage,
  elements,
  expectedPages,
  isJsonLdScript,
  jsonLdScripts,
  PAGES_DIR,
  pageFiles,
  parsePage,
  readPage,
  textOf,
} from "./pages";

type Element = ReturnType<typeof elements>[number];

const files = pageFiles();
const expected = expectedPages();

/** The rows of SOURCES.md's page table: file, repository, path, commit, licence. */
function sourceRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(`${PAGES_DIR}SOURCES.md`, "utf8").split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const file = /^`([^`]+\.html)`$/.exec(cells[1] ?? "")?.[1];
    if (file !== undefined) rows.set(file, cells.slice(1, -1));
  }
  return rows;
}

/** SOURCES.md's repository table: repository name → full commit. */
function repositoryCommits(): Map<string, string> {
  const commits = new Map<string, string>();
  for (const match of readFileSync(`${PAGES_DIR}SOURCES.md`, "utf8").matchAll(
    /^\| \[([^\]]+)\]\([^)]+\) \| `([0-9a-f]{40})` \| ([^|]+) \|$/gm,
  )) {
    commits.set(match[1] as string, match[2] as string);
  }
  return commits;
}

const normalize = (text: string): string => decodeHTML(text).replace(/\s+/g, " ").trim();

/** Every string a page states: attribute values, element text, and the string literals of its ld+json. */
function statements(page: Element[]): { jsonLd: Set<string>; markup: Set<string>; title: Set<string> } {
  const jsonLd = new Set<string>();
  const markup = new Set<string>();
  const title = new Set<string>();
  for (const element of page) {
    for (const attr of element.attrs) markup.add(normalize(attr.value));
    if (element.tagName === "title") title.add(normalize(textOf(element)));
    if (!isJsonLdScript(element)) continue;
    // String literals as written, so that scripts that do not parse are read too.
    for (const literal of textOf(element).matchAll(/"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g)) {
      const raw = literal[1] ?? literal[2] ?? "";
      let text = raw;
      try {
        text = JSON.parse(`"${raw}"`) as string;
      } catch {
        // Not a JSON string literal (a single-quoted one): keep it as written.
      }
      jsonLd.add(normalize(text));
    }
  }
  return { jsonLd, markup, title };
}

function firstCanonical(all: Element[]): string | undefined {
  const canonical = all.find(
    (element) =>
      element.tagName === "link" &&
      attribute(element, "rel")?.toLowerCase().split(/\s+/).includes("canonical"),
  );
  if (canonical !== undefined) return attribute(canonical, "href");
  const ogUrl = all.find(
    (element) => element.tagName === "meta" && attribute(element, "property") === "og:url",
  );
  return ogUrl === undefined ? undefined : attribute(ogUrl, "content");
}

const HEAD_ITEMS = new Set(["meta", "link", "title", "base"]);

describe("the corpus of real pages", () => {
  it("has at least 120 pages", () => {
    expect(files.length).toBeGreaterThanOrEqual(120);
  });

  it("lists every page in SOURCES.md and in expected.json, and nothing else", () => {
    expect([...sourceRows().keys()].sort()).toEqual(files);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it("gives each page's repository, path, commit and licence in SOURCES.md", () => {
    const commits = repositoryCommits();
    for (const [file, [, repository, path, commit, licence]] of sourceRows()) {
      expect(commits.get(repository ?? ""), `${file}: repository`).toBeDefined();
      expect(commits.get(repository ?? "")?.startsWith(commit?.replaceAll("`", "") ?? "-"), file).toBe(true);
      expect(path, file).toMatch(/^`[^`]+`/);
      expect(licence, file).toMatch(/^(MIT|Apache-2\.0|MIT or Apache-2\.0)$/);
    }
  });

  it.each(files)("%s is UTF-8 and holds metadata only: head items, ld+json, body meta and link", (file) => {
    const bytes = readFileSync(`${PAGES_DIR}${file}`);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    const document = parsePage(readPage(file));
    const html = document.childNodes.find((node) => node.nodeName === "html");
    expect(html).toBeDefined();
    for (const node of elements(document)) {
      if (node.tagName === "html" || node.tagName === "head" || node.tagName === "body") continue;
      const place = node.parentNode?.nodeName;
      const allowed =
        isJsonLdScript(node) ||
        (place === "head" && HEAD_ITEMS.has(node.tagName)) ||
        (place === "body" && (node.tagName === "meta" || node.tagName === "link"));
      expect(allowed, `${file}: <${node.tagName}> in <${place}>`).toBe(true);
    }
    // No text but whitespace outside <title> and the ld+json scripts: no article text, no comments.
    for (const node of elements(document)) {
      if (node.tagName === "title" || isJsonLdScript(node)) continue;
      for (const child of node.childNodes) {
        if ("value" in child) expect(child.value.trim(), `${file}: text in <${node.tagName}>`).toBe("");
        expect(child.nodeName, `${file}: a comment`).not.toBe("#comment");
      }
    }
  });

  it.each(files)("%s: every expected value is stated in the page", (file) => {
    const html = readPage(file);
    const page = expected[file] as ExpectedPage;
    const all = elements(parsePage(html));
    const { jsonLd, markup, title } = statements(all);
    const anywhere = new Set([...jsonLd, ...markup, ...title]);

    expect(page.url ?? undefined, "url").toBe(firstCanonical(all));

    if (page.headline !== null) {
      const source = page.from.headline;
      const where = source === "json-ld" ? jsonLd : source === "title" ? title : markup;
      expect(where.has(normalize(page.headline)), `headline from ${source}: ${page.headline}`).toBe(true);
    }

    if (page.datePublished !== null) {
      const { value, date } = page.datePublished;
      expect(html.includes(value), `date as written: ${value}`).toBe(true);
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), "a real calendar date").toBe(date);
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) expect(date, "the date as written").toBe(value.slice(0, 10));
    }

    for (const author of page.authors) expect(anywhere.has(normalize(author)), `author ${author}`).toBe(true);
    if (page.publisher !== null) {
      // Stated as a value, or as the name that ends a title after the headline ("Headline - Site").
      const name = normalize(page.publisher);
      const ending = [...title, ...markup].some(
        (value) =>
          page.headline !== null && value.startsWith(normalize(page.headline)) && value.endsWith(` ${name}`),
      );
      expect(anywhere.has(name) || ending, "publisher").toBe(true);
    }
    if (page.language !== null) expect(anywhere.has(page.language), "language").toBe(true);
  });

  it.each(files)("%s: the article count agrees with the page's JSON-LD", (file) => {
    const scripts = jsonLdScripts(readPage(file));
    const parsed = scripts.filter((script) => "value" in script).map((script) => script.value);
    const count = (expected[file] as ExpectedPage).articleNodes;
    const found = articleNodes(parsed).length;
    // Scripts that do not parse may hold more article nodes, which only a reader of the text finds.
    if (parsed.length === scripts.length) expect(count).toBe(found);
    else expect(count).toBeGreaterThanOrEqual(found);
  });
});
