// The static page example without a browser: what build.ts writes, and what the template escapes.
// tests/browser/static-page.test.ts opens the same page in Chromium.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeHtml, renderPage } from "../../examples/static-page/page";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples/index";
import { parseNewsGraph } from "../../src/index";
import { articleJsonLd, extractJsonLd } from "../../src/jsonld/index";

const root = resolve(import.meta.dirname, "../..");
const out = mkdtempSync(join(tmpdir(), "newsgraph-static-build-"));
const graph = parseNewsGraph(northKoreanTroopsInKursk);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("examples/static-page", () => {
  it("build.ts writes index.html into the directory it is given and says where", () => {
    const built = spawnSync(join(root, "node_modules/.bin/tsx"), ["examples/static-page/build.ts", out], {
      cwd: root,
      encoding: "utf8",
    });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^wrote .*index\.html\n$/);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toBe(renderPage(graph, KURSK_ARTICLE_ID));
  }, 60_000);

  it("puts exactly one JSON-LD block in <head>, equal to articleJsonLd's output", () => {
    const html = renderPage(graph, KURSK_ARTICLE_ID);
    const { documents, findings } = extractJsonLd(html);
    expect(findings).toEqual([]);
    expect(documents.map((block) => block.value)).toEqual([articleJsonLd(graph, KURSK_ARTICLE_ID)]);
    expect(documents[0]?.offset).toBeLessThan(html.indexOf("</head>"));
  });

  it("lists in the body every claim with evidence in the article", () => {
    const html = renderPage(graph, KURSK_ARTICLE_ID);
    const claims = graph.claims.filter((claim) =>
      claim.evidence.some((span) => span.article === KURSK_ARTICLE_ID),
    );
    expect(html.match(/<li>/g)).toHaveLength(claims.length);
  });

  it("escapes text for HTML, attributes included", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
  });

  it("refuses an article id the graph does not have", () => {
    expect(() => renderPage(graph, "no-such-article")).toThrow('no article has the id "no-such-article"');
  });
});
