import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleHerald } from "../../src/examples/index";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { ninjsErrors } from "../support/ninjs/validate";
import { run, scratch } from "./support";

const { file } = scratch("newsgraph-cli-ninjs-");
const herald = file("herald.json", exampleHerald);
const single = file("single.json", { ...exampleHerald, articles: exampleHerald.articles.slice(0, 1) });
const fixture = (name: string): string => new URL(`../fixtures/ninjs/${name}`, import.meta.url).pathname;

describe("newsgraph ninjs", () => {
  it("prints the article as a ninjs 3.1 item that validates, and exits 0", () => {
    const result = run(["ninjs", herald, "--article", "what-the-bridge-closure-cost"]);
    expect(result.status).toBe(0);
    const item = JSON.parse(result.out);
    expect(ninjsErrors(item)).toEqual([]);
    expect(item.altIds).toEqual([{ role: "newsgraph", value: "what-the-bridge-closure-cost" }]);
  });

  it("prints each warning on its own line on stderr, as warning: PATH: message", () => {
    const { err } = run(["ninjs", herald, "--article", "harbour-bridge-reopens"]);
    expect(err.split("\n")).toContain(
      "warning: articles[0]: ninjs has no place for its section, breadcrumb, citations, isAccessibleForFree and provenance; not written",
    );
    expect(err.split("\n").every((line) => line.startsWith("warning: "))).toBe(true);
  });

  it("takes the only article of a document when --article is left out", () => {
    const result = run(["ninjs", single]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).uri).toBe(exampleHerald.articles[0]?.url);
  });

  it("asks for --article when the document has several, naming them, and exits 2", () => {
    const result = run(["ninjs", herald]);
    expect(result.status).toBe(2);
    expect(result.err).toContain(
      "ninjs needs --article ID when the document has other than one article; its articles are: harbour-bridge-reopens, what-the-bridge-closure-cost",
    );
  });

  it("refuses an article the document does not have, and exits 2", () => {
    const result = run(["ninjs", herald, "--article", "nope"]);
    expect(result.status).toBe(2);
    expect(result.err).toContain('no article has the id "nope"');
  });

  it("reports an invalid document as validate does, and exits 1", () => {
    const result = run(["ninjs", file("bad.json", { format: 1, articles: [{ id: "A" }] })]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^.*bad\.json: articles\[0\]\.id: /);
  });
});

describe("newsgraph import of a ninjs item", () => {
  it("reads a JSON object with a uri and no @context as ninjs, and prints the graph", () => {
    const result = run(["import", fixture("v3-complex-text-article.json")]);
    expect(result.status).toBe(0);
    const graph = JSON.parse(result.out);
    expect(safeParseNewsGraph(graph).success).toBe(true);
    expect(graph.articles[0].headline).toBe("Engineer in charge of failed canal lock goes on trial");
    expect(result.err.split("\n")).toContain(
      `warning: $.profile: the model has no place for the item's "profile"; not read`,
    );
  });

  it("takes --base-url as the address of an item whose uri is not http(s), and --language", () => {
    const result = run([
      "import",
      fixture("v2-agency-urn.json"),
      "--base-url",
      "https://wire.example.com/a",
      "--language",
      "nb",
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).articles[0]).toMatchObject({
      url: "https://wire.example.com/a",
      language: "nb-NO",
    });
  });

  it("reads a ninjs item written by newsgraph ninjs back into the article", () => {
    const item = file("item.json", run(["ninjs", single]).out);
    const graph = JSON.parse(run(["import", item]).out);
    expect(graph.articles[0].id).toBe("harbour-bridge-reopens");
  });

  it("still reads a document with a @context as JSON-LD, even with a uri", () => {
    const result = run([
      "import",
      file("ld.json", {
        "@context": "https://schema.org",
        "@type": "Person",
        name: "Ada",
        uri: "https://x.example",
      }),
    ]);
    expect(JSON.parse(result.out).actors[0].name).toBe("Ada");
  });

  it("reads an item from standard input", () => {
    const stdin = readFileSync(fixture("v1-simple-text.json"), "utf8");
    expect(JSON.parse(run(["import", "-"], stdin).out).articles[0].headline).toBe(
      "Canal lock engineer goes on trial",
    );
  });
});

describe("what the ninjs commands print from their input", () => {
  it("escapes control and bidi characters in warnings, as the CLI does everywhere", () => {
    const item = file("hostile.json", {
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      firstCreated: "2025-01-01T00:00:00Z",
      people: [
        { name: "Ana\u202e\u001b[2J", literal: "ana" },
        { name: "Other", literal: "ana" },
      ],
    });
    const { status, err } = run(["import", item]);
    expect(status).toBe(0);
    expect(err).toContain('the first ("Ana\\u202e\\u001b[2J") is kept');
    expect([err.includes("\u001b"), err.includes("\u202e")]).toEqual([false, false]);
  });
});
