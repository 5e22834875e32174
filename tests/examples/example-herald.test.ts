// The illustrative publisher: valid, marked as invented throughout, every publisher field filled in; each of
// its pages passes Google's rules and schema.org without a finding. (It reads back from its JSON-LD exactly:
// tests/jsonld/import-round-trip.test.ts.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exampleHerald } from "../../src/examples";
import { articleJsonLd, checkPublishing, jsonLdScript, trustIndicators } from "../../src/jsonld/index";
import { publishingPolicies } from "../../src/model/vocabulary";
import { parseNewsGraph } from "../../src/validate/parse";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";

type Json = Record<string, unknown>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const graph = exampleHerald;
const pages = graph.articles.map((article) => ({ article, jsonLd: articleJsonLd(graph, article.id) }));
const nodesOf = (document: { "@graph": readonly unknown[] }): Json[] => document["@graph"] as Json[];

/** Every string in a value that looks like a URL. */
function urls(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") {
    if (/^https?:/.test(value)) found.push(value);
  } else if (Array.isArray(value)) for (const item of value) urls(item, found);
  else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) urls(item, found);
  return found;
}

describe("the Example Herald example", () => {
  describe("as data", () => {
    it("is valid, every default written out, and the JSON file holds exactly it", () => {
      expect(parseNewsGraph(graph)).toStrictEqual(graph);
      const shipped = JSON.parse(
        readFileSync(path.resolve(repoRoot, "examples/data/example-herald.json"), "utf8"),
      );
      expect(shipped).toStrictEqual(graph);
    });

    it("marks every node as invented, and puts every address on a domain reserved for examples", () => {
      const { articles, actors, claims, events, places } = graph;
      for (const node of [...articles, ...actors, ...claims, ...events, ...places]) {
        expect(node.provenance?.basis, node.id).toBe("inferred");
        expect(node.provenance?.note, node.id).toMatch(/^Illustrative: invented for this example\./);
      }
      for (const url of urls(graph))
        expect(new URL(url).hostname, url).toMatch(/(^|\.)example(\.(org|net|com))?$/);
    });

    it("imports no runtime code", () => {
      const source = readFileSync(path.resolve(repoRoot, "src/examples/example-herald.ts"), "utf8");
      const imports = source.split("\n").filter((line) => line.startsWith("import "));
      for (const line of imports) expect(line).toMatch(/^import type /);
    });

    it("fills in every field of a publisher, its people and its articles", () => {
      const publisher = graph.actors.find((actor) => actor.kind === "media");
      expect(publisher).toMatchObject({
        url: expect.any(String),
        logo: { url: expect.any(String), width: expect.any(Number), height: expect.any(Number) },
        foundingDate: expect.any(String),
        languages: [expect.any(String)],
      });
      expect(Object.keys(publisher?.kind === "media" ? (publisher.policies ?? {}) : {})).toEqual([
        ...publishingPolicies,
      ]);
      const people = graph.actors.filter((actor) => actor.kind === "person");
      for (const field of ["url", "image", "jobTitle", "worksFor", "knowsAbout", "knowsLanguage", "sameAs"]) {
        expect(
          people.some((person) => {
            const value = (person as unknown as Json)[field];
            return Array.isArray(value) ? value.length > 0 : value !== undefined;
          }),
          field,
        ).toBe(true);
      }
      const articles = graph.articles;
      for (const field of [
        "contributors",
        "breadcrumb",
        "citations",
        "backstory",
        "corrections",
        "paywalledParts",
        "dateline",
        "section",
        "keywords",
        "images",
        "alternativeHeadline",
        "dateModified",
      ]) {
        expect(
          articles.some((article) => {
            const value = (article as unknown as Json)[field];
            return Array.isArray(value) ? value.length > 0 : value !== undefined;
          }),
          field,
        ).toBe(true);
      }
      const images = articles.flatMap((article) => article.images);
      for (const field of [
        "caption",
        "credit",
        "creator",
        "copyrightNotice",
        "license",
        "acquireLicensePage",
      ]) {
        expect(
          images.every((image) => (image as unknown as Json)[field] !== undefined),
          field,
        ).toBe(true);
      }
      expect(new Set(articles.flatMap((article) => article.contributors.map((c) => c.role)))).toEqual(
        new Set(["editor", "photographer", "researcher", "illustrator"]),
      );
    });
  });

  describe.each(pages)("the page of $article.id", ({ article, jsonLd }) => {
    it("passes Google's documented rules without a finding, and schema.org's vocabulary", () => {
      expect(checkPublishing(jsonLd)).toEqual([]);
      expect(checkSchemaOrgConformance(jsonLd).errors).toEqual([]);
    });

    it("carries the authors' pages, the logo, a WebSite and the policy pages", () => {
      const nodes = nodesOf(jsonLd);
      const [node] = nodes;
      const authors = ((node?.author ?? []) as { "@id": string }[]).map((ref) =>
        nodes.find((n) => n["@id"] === ref["@id"]),
      );
      expect(authors.length).toBe(article.authors.length);
      for (const author of authors) expect(author?.url).toMatch(/^https:\/\/example\.org\/staff\//);
      const publisher = nodes.find((candidate) => candidate["@type"] === "NewsMediaOrganization");
      expect(publisher?.logo).toMatchObject({ "@type": "ImageObject", url: expect.any(String) });
      expect(
        publishingPolicies.filter((name) => publisher?.[name] !== undefined).length,
      ).toBeGreaterThanOrEqual(5);
      expect(nodes.filter((candidate) => candidate["@type"] === "WebSite")).toHaveLength(1);
    });

    it("carries images of at least 50,000 pixels, in the 16:9, 4:3 and 1:1 crops", () => {
      const images = nodesOf(jsonLd)[0]?.image as { width: { value: number }; height: { value: number } }[];
      const sizes = images.map(({ width, height }) => [width.value, height.value] as const);
      for (const [width, height] of sizes) expect(width * height).toBeGreaterThanOrEqual(50_000);
      expect(sizes.map(([width, height]) => (width / height).toFixed(2))).toEqual(["1.78", "1.33", "1.00"]);
    });

    it("fits in a <script> element of less than 8,000 bytes", () => {
      expect(Buffer.byteLength(jsonLdScript(jsonLd))).toBeLessThan(8_000);
    });
  });

  it("carries every trust indicator on the analysis's page, and all but the type of work on the news report's", () => {
    const missing = pages.map(({ jsonLd }) =>
      trustIndicators(jsonLd).articles.map((profile) => profile.missing),
    );
    expect(missing).toEqual([[["type-of-work"]], [[]]]);
    expect(pages.map(({ article }) => article.genre)).toEqual(["news", "analysis"]);
  });

  it("gives the publisher, its site and the shared author one @id on both pages, without options", () => {
    const [first, second] = pages.map(({ jsonLd }) => nodesOf(jsonLd));
    const shared = [
      "https://example.org/#organization",
      "https://example.org/#website",
      "https://example.org/staff/ana-ruiz#person",
    ];
    for (const id of shared) {
      const a = first?.find((node) => node["@id"] === id);
      expect(a, id).toBeDefined();
      expect(second?.find((node) => node["@id"] === id)).toEqual(a);
    }
  });
});
