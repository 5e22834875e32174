// The Article rules (Google's Article structured data documentation).
import { describe, expect, test } from "vitest";
import { article, only, person, rules } from "./support";

describe("Article rules", () => {
  test("article/headline: a missing headline is a warning", () => {
    const finding = only(article({ headline: undefined }), "article/headline");
    expect(finding).toMatchObject({ severity: "warning", path: "$.headline" });
  });

  test("article/headline: a headline that is not text is an error", () => {
    expect(only(article({ headline: 42 }), "article/headline").severity).toBe("error");
  });

  test("article/headline-length: a headline over 110 characters is a warning, 110 is fine", () => {
    expect(only(article({ headline: "x".repeat(111) }), "article/headline-length").severity).toBe("warning");
    expect(rules(article({ headline: "x".repeat(110) }))).toEqual([]);
  });

  test("article/headline-length: characters are counted as code points, not UTF-16 units", () => {
    expect(rules(article({ headline: "📰".repeat(110) }))).toEqual([]);
  });

  test("article/date-published and article/date-modified: missing dates are warnings", () => {
    expect(only(article({ datePublished: undefined }), "article/date-published").severity).toBe("warning");
    expect(only(article({ dateModified: undefined }), "article/date-modified").severity).toBe("warning");
  });

  test("the Article rules apply to subtypes and to types written as IRIs or in arrays", () => {
    for (const type of [
      "Article",
      "AnalysisNewsArticle",
      "OpinionNewsArticle",
      "BlogPosting",
      "ScholarlyArticle",
      "https://schema.org/ReportageNewsArticle",
      "http://schema.org/TechArticle",
      "schema:SatiricalArticle",
      ["Thing", "BackgroundNewsArticle"],
    ]) {
      expect(rules(article({ "@type": type, headline: undefined }))).toEqual(["article/headline"]);
    }
  });

  test("nodes of other types are not held to the Article rules", () => {
    expect(rules({ "@type": "WebPage", name: "x" })).toEqual([]);
    expect(rules({ "@type": "CreativeWork" })).toEqual([]);
  });

  test("two node objects with the same @id are read as one node", () => {
    const doc = {
      "@graph": [
        { "@id": "#a", "@type": "NewsArticle", headline: "Split in two" },
        { "@id": "#a", author: person, image: "https://example.org/a.jpg" },
        { "@id": "#a", datePublished: "2024-01-01T08:00:00Z", dateModified: "2024-01-02T08:00:00Z" },
      ],
    };
    expect(rules(doc)).toEqual([]);
  });
});
