// newsgraph/page: a flat description of an article's page gives the same validated JSON-LD as a graph does,
// and bad input the model's own errors, at paths in the page's terms.
import { describe, expect, test } from "vitest";
import { NewsGraphError, type NewsGraphIssue } from "../../src/index";
import { articleJsonLd, checkPublishing } from "../../src/jsonld/index";
import { type ArticlePageInput, articlePageGraph, articlePageJsonLd } from "../../src/page/index";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";

const page: ArticlePageInput = {
  url: "https://example.org/news/harbour-bridge-reopens",
  headline: "Harbour bridge reopens after repairs",
  description: "The bridge closed in January after an inspection found corroded cables.",
  language: "en",
  datePublished: "2025-03-14T07:30:00+00:00",
  dateModified: "2025-03-14T11:05:00+00:00",
  authors: [
    {
      name: "Ana Ruiz",
      url: "https://example.org/staff/ana-ruiz",
      image: "https://example.org/staff/ana-ruiz.jpg",
      jobTitle: "Harbour correspondent",
    },
  ],
  contributors: [{ name: "Sam Lee", url: "https://example.org/staff/sam-lee", role: "photographer" }],
  publisher: {
    name: "The Example Herald",
    url: "https://example.org/",
    logo: { url: "https://example.org/logo.png", width: 512, height: 512 },
    languages: ["en"],
    policies: { ethicsPolicy: "https://example.org/about/ethics" },
  },
  section: "Harbour",
  breadcrumb: [{ name: "News", url: "https://example.org/news" }],
  keywords: ["bridge", "harbour"],
  images: [
    "https://example.org/img/bridge-16x9.jpg",
    {
      url: "https://example.org/img/bridge-4x3.jpg",
      width: 1200,
      height: 900,
      creator: { name: "Sam Lee", url: "https://example.org/staff/sam-lee", image: undefined },
    },
  ],
  isAccessibleForFree: false,
  paywalledParts: [".paywall"],
};

/** The issues a page gets; fails the test when it is accepted. */
function issuesOf(input: unknown): readonly NewsGraphIssue[] {
  try {
    articlePageJsonLd(input as ArticlePageInput);
  } catch (error) {
    expect(error).toBeInstanceOf(NewsGraphError);
    return (error as NewsGraphError).issues;
  }
  throw new Error("expected the page to be refused");
}

describe("articlePageJsonLd", () => {
  test("gives what articleJsonLd gives for the graph the page describes", () => {
    const jsonLd = articlePageJsonLd(page);
    expect(jsonLd).toEqual(articleJsonLd(articlePageGraph(page), "article"));
    expect(jsonLd["@graph"].map((node) => node["@id"])).toEqual([
      "https://example.org/news/harbour-bridge-reopens",
      "https://example.org/news/harbour-bridge-reopens#webpage",
      "https://example.org/staff/ana-ruiz#person",
      "https://example.org/staff/sam-lee#person",
      "https://example.org/#organization",
      "https://example.org/#website",
    ]);
  });

  test("describes a person named twice once, by their page: the photographer who is also the creator", () => {
    const graph = articlePageGraph({
      ...page,
      images: [
        {
          url: "https://example.org/a.jpg",
          creator: { name: "Sam Lee", url: "https://example.org/staff/sam-lee" },
        },
      ],
    });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ana Ruiz", "Sam Lee", "The Example Herald"]);
    expect(graph.articles[0]?.contributors).toEqual([{ actor: "person-2", role: "photographer" }]);
    expect(graph.articles[0]?.images[0]?.creator).toBe("person-2");
  });

  test("passes schema.org conformance and Google's rules without a finding", () => {
    const jsonLd = articlePageJsonLd(page);
    expect(checkSchemaOrgConformance(jsonLd).errors).toEqual([]);
    expect(checkPublishing(jsonLd)).toEqual([]);
  });

  test("fills the genre in as news, and accepts a page with nothing but what the model requires", () => {
    const jsonLd = articlePageJsonLd({
      url: "https://example.org/a",
      headline: "A",
      language: "en",
      datePublished: "2025-03-14",
    });
    expect(jsonLd["@graph"][0]).toMatchObject({ "@type": "NewsArticle", headline: "A" });
  });

  test("refuses a bad page with every problem at its path in the page's terms", () => {
    const issues = issuesOf({
      ...page,
      url: "ftp://example.org/a",
      authors: [{ name: "Ana Ruiz", url: "not a url", twitter: "@ana" }],
      publisher: { name: "The Example Herald", url: "https://example.org/", logo: "logo.png" },
      images: [42, { url: "https://example.org/b.jpg", widht: 10 }],
    });
    expect(issues.map(({ path, code }) => [path.join("."), code])).toEqual([
      ["url", "invalid_url"],
      ["authors.0.url", "invalid_url"],
      ["authors.0.twitter", "unrecognized_keys"],
      ["publisher.logo", "invalid_url"],
      ["images.0", "invalid_type"],
      ["images.1.widht", "unrecognized_keys"],
    ]);
    expect(issues[4]?.message).toBe(
      'expected a URL or an image object such as { "url": "https://example.org/a.jpg", "width": 1200, "height": 675 }, found a number',
    );
    expect(issues[5]?.message).toMatch(
      /^unknown field "widht"; expected only "url", "width", "height", "caption"/,
    );
  });

  test("reports the graph's rules at the page's paths: dates out of order, a paywall that is open", () => {
    // The shape is checked first: the graph's rules are checked once it holds.
    const issues = issuesOf({ ...page, dateModified: "2025-03-10", isAccessibleForFree: true });
    expect(issues).toEqual([
      {
        path: ["isAccessibleForFree"],
        code: "inconsistent_paywall",
        message:
          "expected isAccessibleForFree false, since paywalledParts names parts of the page that only subscribers can read, found true",
      },
    ]);
    expect(issuesOf({ ...page, dateModified: "2025-03-10" })).toEqual([
      {
        path: ["dateModified"],
        code: "end_before_start",
        message:
          'dateModified "2025-03-10" is before datePublished "2025-03-14T07:30:00+00:00"; expected it on or after',
      },
    ]);
  });

  test("refuses one page described for two people, naming where it was first", () => {
    const issues = issuesOf({
      ...page,
      contributors: [{ name: "Someone Else", url: "https://example.org/staff/ana-ruiz#bio" }],
    });
    expect(issues).toEqual([
      {
        path: ["contributors", 0, "url"],
        code: "duplicate_url",
        message:
          'the url "https://example.org/staff/ana-ruiz#bio" is already the url of authors[0], described otherwise; expected each person at their own address, or one person described alike',
      },
    ]);
  });

  test("refuses what is no page at all, and never changes its input", () => {
    expect(issuesOf(null)[0]).toMatchObject({ path: [], code: "invalid_type" });
    const frozen = Object.freeze(structuredClone(page));
    expect(() => articlePageJsonLd(frozen)).not.toThrow();
    expect(frozen).toEqual(page);
  });
});
