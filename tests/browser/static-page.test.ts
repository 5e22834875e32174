// Opens the example static page in headless Chromium and reads its JSON-LD back from the DOM, the way a
// crawler that runs pages does. Also shows that a hostile headline runs nothing and comes back exact.
//
// Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it), or another Chromium named by
// CHROMIUM_PATH. Without one the test fails, saying how to install it: it is never skipped.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPage } from "../../examples/static-page/page";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples/index";
import { type NewsGraph, parseNewsGraph } from "../../src/index";
import { articleJsonLd } from "../../src/jsonld/index";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const root = resolve(import.meta.dirname, "../..");
const HOSTILE_HEADLINE = "</script><script>window.__pwned = 1</script>";
const HOSTILE_STATEMENT = "<!--<script>window.__pwned = 2</script>--> & \u2028 </SCRIPT >";

const hasChromium = existsSync(CHROMIUM);

/** What the page shows once loaded: its ld+json blocks parsed in the page, and what else ran or failed. */
interface Observed {
  jsonLd: unknown[];
  scripts: number;
  pwned: unknown;
  title: string;
  headline: string | null | undefined;
  consoleErrors: string[];
  requests: string[];
}

async function observe(context: BrowserContext, file: string): Promise<Observed> {
  const page: Page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const seen = await page.evaluate(() => ({
      jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (script) =>
        JSON.parse(script.textContent ?? ""),
      ),
      scripts: document.querySelectorAll("script").length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
      headline: document.querySelector("h1")?.textContent,
    }));
    return { ...seen, consoleErrors, requests };
  } finally {
    await page.close();
  }
}

function withHostileText(graph: NewsGraph): NewsGraph {
  const copy = structuredClone(graph);
  const article = copy.articles.find((candidate) => candidate.id === KURSK_ARTICLE_ID);
  if (article === undefined) throw new Error(`the example graph has no article ${KURSK_ARTICLE_ID}`);
  article.headline = HOSTILE_HEADLINE;
  // What the article is about is named on its page (a claim without a review is not written there).
  const about = copy.events.find((candidate) => candidate.id === article.about[0]);
  if (about === undefined) throw new Error("the example article is about no event");
  about.name = HOSTILE_STATEMENT;
  return parseNewsGraph(copy);
}

describe("the static page in headless Chromium", () => {
  const graph = parseNewsGraph(northKoreanTroopsInKursk);
  let dir = "";
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!hasChromium) {
      throw new Error(
        `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`,
      );
    }
    dir = mkdtempSync(join(tmpdir(), "newsgraph-static-page-"));
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  const browser = (): BrowserContext => {
    if (context === undefined) throw new Error("Chromium did not start");
    return context;
  };

  it("reads back, from the page build.ts writes, exactly the JSON-LD the serializer produced", async () => {
    const out = join(dir, "site");
    const tsx = join(root, "node_modules/.bin/tsx");
    const built = spawnSync(tsx, ["examples/static-page/build.ts", out], { cwd: root, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const file = join(out, "index.html");
    expect(readFileSync(file, "utf8")).toContain('<script type="application/ld+json">');

    const seen = await observe(browser(), file);
    expect(seen.jsonLd).toEqual([articleJsonLd(graph, KURSK_ARTICLE_ID)]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(file).href]);
    const headline = graph.articles.find((article) => article.id === KURSK_ARTICLE_ID)?.headline;
    expect(seen.title).toBe(headline);
    expect(seen.headline).toBe(headline);
  }, 60_000);

  it("runs nothing from a headline or a name that tries to close the script element", async () => {
    const hostile = withHostileText(graph);
    const file = join(dir, "hostile.html");
    writeFileSync(file, renderPage(hostile, KURSK_ARTICLE_ID));

    const seen = await observe(browser(), file);
    expect(seen.pwned).toBeUndefined();
    expect(seen.scripts).toBe(1);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.jsonLd).toEqual([articleJsonLd(hostile, KURSK_ARTICLE_ID)]);
    const [page] = seen.jsonLd as { "@graph": { "@type"?: string; headline?: string; name?: string }[] }[];
    expect(page?.["@graph"][0]?.headline).toBe(HOSTILE_HEADLINE);
    expect(
      page?.["@graph"].some((node) => node["@type"] === "Thing" && node.name === HOSTILE_STATEMENT),
    ).toBe(true);
    expect(seen.title).toBe(HOSTILE_HEADLINE);
    expect(seen.headline).toBe(HOSTILE_HEADLINE);
  }, 60_000);
});
