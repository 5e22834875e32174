// trustIndicators: which of the Trust Project's indicators a page's JSON-LD carries, and where; information
// that checkPublishing never reports.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  checkPublishing,
  TRUST_INDICATORS,
  type TrustReport,
  trustIndicators,
} from "../../../src/jsonld/publishing";
import { deeplyNestedArticle, publishingPage } from "../../adversarial/hostile-inputs";
import { article, deepFreeze, type Json } from "./support";

const report = (document: unknown): TrustReport => trustIndicators(deepFreeze(document));

const POLICIES = {
  publishingPrinciples: "https://example.org/standards",
  ethicsPolicy: "https://example.org/ethics",
  correctionsPolicy: "https://example.org/corrections",
  diversityPolicy: "https://example.org/diversity",
  diversityStaffingReport: "https://example.org/diversity/staff-2024",
  masthead: "https://example.org/masthead",
  missionCoveragePrioritiesPolicy: "https://example.org/mission",
  noBylinesPolicy: "https://example.org/bylines",
  ownershipFundingInfo: "https://example.org/ownership",
  actionableFeedbackPolicy: "https://example.org/feedback",
  unnamedSourcesPolicy: "https://example.org/sources",
  verificationFactCheckingPolicy: "https://example.org/verification",
  foundingDate: "1998-04-01",
};

// A page in the shape newsgraph's page JSON-LD takes: the article, its WebPage, the WebSite and its publisher.
const page = (articleFields: Json = {}, publisherFields: Json = POLICIES): Json => ({
  "@context": "https://schema.org",
  "@graph": [
    {
      "@type": "ReportageNewsArticle",
      "@id": "https://example.org/world/kursk",
      headline: "Troops reported in Kursk",
      mainEntityOfPage: { "@id": "https://example.org/world/kursk#webpage" },
      author: [{ "@id": "https://example.org/people/jane-doe" }],
      backstory: "Reported from Seoul and Kyiv with two translators.",
      citation: ["https://example.net/nato-briefing"],
      dateline: "SEOUL",
      correction: [
        {
          "@type": "CorrectionComment",
          text: "An earlier version misnamed the region.",
          datePublished: "2024-10-29",
        },
      ],
      ...articleFields,
    },
    {
      "@type": "WebPage",
      "@id": "https://example.org/world/kursk#webpage",
      isPartOf: { "@id": "https://example.org/#website" },
    },
    {
      "@type": "WebSite",
      "@id": "https://example.org/#website",
      publisher: { "@id": "https://example.org/#publisher" },
    },
    {
      "@type": "NewsMediaOrganization",
      "@id": "https://example.org/#publisher",
      name: "Example News",
      ...publisherFields,
    },
    {
      "@type": "Person",
      "@id": "https://example.org/people/jane-doe",
      name: "Jane Doe",
      url: "https://example.org/people/jane-doe",
      jobTitle: "Seoul correspondent",
      knowsAbout: ["North Korea"],
      knowsLanguage: ["ko", "en"],
    },
  ],
});

describe("trustIndicators", () => {
  test("a page that carries every indicator schema.org can say, found through the WebPage and WebSite", () => {
    const [found] = report(page()).articles;
    expect(found?.path).toBe('$["@graph"][0]');
    expect(found?.type).toBe("ReportageNewsArticle");
    expect(found?.carried).toEqual([...TRUST_INDICATORS]);
    expect(found?.missing).toEqual([]);
  });

  test("each signal says whose property it is and where its values are", () => {
    const signals = report(page()).articles[0]?.signals ?? [];
    expect(signals).toContainEqual({
      indicator: "methods",
      holder: "article",
      holderPath: '$["@graph"][0]',
      property: "backstory",
      paths: ['$["@graph"][0].backstory'],
    });
    expect(signals).toContainEqual({
      indicator: "author-expertise",
      holder: "author",
      holderPath: '$["@graph"][4]',
      property: "knowsLanguage",
      paths: ['$["@graph"][4].knowsLanguage[0]', '$["@graph"][4].knowsLanguage[1]'],
    });
    expect(signals).toContainEqual({
      indicator: "type-of-work",
      holder: "article",
      holderPath: '$["@graph"][0]',
      property: "@type",
      paths: ['$["@graph"][0]["@type"]'],
    });
    expect(signals.filter((signal) => signal.holder === "publisher")).toHaveLength(13);
  });

  test("what is missing is listed, and a signal that is not carried has no paths", () => {
    const bare = report(
      page({ backstory: undefined, dateline: undefined }, { ethicsPolicy: "https://example.org/ethics" }),
    );
    const [found] = bare.articles;
    expect(found?.missing).toEqual(["methods", "locally-sourced", "diverse-voices", "actionable-feedback"]);
    expect(found?.signals.find((signal) => signal.property === "backstory")?.paths).toEqual([]);
  });

  test("a plain NewsArticle does not say which type of work it is; a subtype, even among other types, does", () => {
    expect(report(article()).articles[0]?.missing).toContain("type-of-work");
    const typed = report(article({ "@type": ["NewsArticle", "OpinionNewsArticle"] })).articles[0];
    expect(typed?.type).toBe("OpinionNewsArticle");
    expect(typed?.signals.find((signal) => signal.indicator === "type-of-work")?.paths).toEqual([
      '$["@type"][1]',
    ]);
  });

  test("the article's own publisher comes before the site's, and every publisher is profiled once", () => {
    const own = {
      "@type": "Organization",
      name: "Wire Service",
      masthead: "https://wire.example.net/masthead",
    };
    const result = report(page({ publisher: own }));
    expect(
      result.articles[0]?.signals.filter(
        (signal) => signal.holder === "publisher" && signal.paths.length > 0,
      ),
    ).toEqual([expect.objectContaining({ property: "masthead", holderPath: '$["@graph"][0].publisher' })]);
    expect(result.publishers.map((publisher) => publisher.path)).toEqual([
      '$["@graph"][0].publisher',
      '$["@graph"][3]',
    ]);
  });

  test("a site's page without an article still reports its publisher's indicators", () => {
    const home = {
      "@type": "NewsMediaOrganization",
      name: "Example News",
      correctionsPolicy: "https://example.org/c",
    };
    const result = report(home);
    expect(result.articles).toEqual([]);
    expect(result.publishers).toEqual([
      expect.objectContaining({
        path: "$",
        type: "NewsMediaOrganization",
        carried: ["best-practices"],
        missing: ["diverse-voices", "actionable-feedback"],
      }),
    ]);
  });

  test("a page with no findings may lack every indicator: the report is information, never a finding", () => {
    const complete = article();
    expect(checkPublishing(complete)).toEqual([]);
    expect(report(complete).articles[0]?.carried).toEqual(["author-expertise"]);
    expect(report(complete).articles[0]?.missing).toHaveLength(TRUST_INDICATORS.length - 1);
  });

  test("an article cited or mentioned by the page is not the page's", () => {
    const cited = { "@type": "OpinionNewsArticle", headline: "Someone else's", backstory: "…" };
    expect(report(article({ citation: cited, about: cited })).articles).toHaveLength(1);
  });

  test("deep input, junk and a document that cannot be read give a report, never a throw", () => {
    expect(report(deeplyNestedArticle(20_000)).articles).toHaveLength(1);
    for (const junk of [null, 5, "x", [], [1, null]])
      expect(report(junk)).toEqual({ articles: [], publishers: [] });
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys");
        },
      },
    );
    expect(trustIndicators(hostile)).toEqual({ articles: [], publishers: [] });
  });

  test("a page of 10,000 nodes gives a profile for each of its 1,250 articles and its one publisher", () => {
    const result = report(publishingPage(10_000));
    expect(result.articles).toHaveLength(1_250);
    expect(result.publishers).toHaveLength(1);
  });

  test("any JSON value gives a well-formed report", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        const result = trustIndicators(document);
        for (const found of [...result.articles, ...result.publishers]) {
          expect(new Set([...found.carried, ...found.missing]).size).toBe(
            found.carried.length + found.missing.length,
          );
        }
      }),
    );
  });
});
