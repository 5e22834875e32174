import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkPublishing, PUBLISHING_RULES, type PublishingFinding } from "../../../src/jsonld/publishing";

type Json = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Json)[key]);
  }
  return value;
}

/** Checks a frozen copy, so any attempt to write to the input fails the test. */
function check(document: unknown): PublishingFinding[] {
  return checkPublishing(deepFreeze(document));
}

const rules = (document: unknown): string[] => check(document).map((finding) => finding.rule);

function only(document: unknown, rule: string): PublishingFinding {
  const found = check(document).filter((finding) => finding.rule === rule);
  expect(found).toHaveLength(1);
  return found[0] as PublishingFinding;
}

const person = { "@type": "Person", name: "Jane Doe", url: "https://example.org/people/jane" };

const article = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "North Korean troops reported in Kursk",
  author: [person],
  datePublished: "2024-11-05T08:00:00+03:00",
  dateModified: "2024-11-06T09:20:00Z",
  image: ["https://example.org/photos/16x9.jpg"],
  ...overrides,
});

const claimReview = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://example.org/fact-checks/kursk",
  claimReviewed: "No foreign troops are fighting in Kursk",
  author: { "@type": "Organization", name: "Example Checks", url: "https://example.org" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Speaker" } },
  datePublished: "2024-11-07",
  reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
  ...overrides,
});

const place = (overrides: Json = {}): Json => ({
  "@type": "Place",
  name: "Kursk Oblast",
  address: { "@type": "PostalAddress", addressRegion: "Kursk Oblast", addressCountry: "RU" },
  ...overrides,
});

const event = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "Event",
  name: "Incursion into Kursk Oblast",
  startDate: "2024-08-06T05:00:00+03:00",
  location: place(),
  ...overrides,
});

describe("checkPublishing on complete documents", () => {
  test("a complete NewsArticle has no findings", () => {
    expect(check(article())).toEqual([]);
  });

  test("a complete ClaimReview has no findings", () => {
    expect(check(claimReview())).toEqual([]);
  });

  test("a complete Event has no findings", () => {
    expect(check(event())).toEqual([]);
  });

  test("a @graph whose nodes refer to each other by @id has no findings", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        article({ "@context": undefined, author: { "@id": "#jane" }, image: { "@id": "#photo" } }),
        { "@id": "#jane", ...person },
        { "@id": "#photo", "@type": "ImageObject", contentUrl: "https://example.org/photo.jpg" },
        claimReview({ "@context": undefined, reviewRating: { "@id": "#rating" } }),
        { "@id": "#rating", "@type": "Rating", alternateName: "False" },
        event({ "@context": undefined, location: { "@id": "#kursk" } }),
        { "@id": "#kursk", ...place() },
      ],
    };
    expect(check(JSON.parse(JSON.stringify(graph)))).toEqual([]);
  });

  test("a top-level array of nodes is checked node by node", () => {
    expect(rules([article(), claimReview({ url: undefined })])).toEqual(["claim-review/url"]);
  });

  test("the documented example gives the documented finding", () => {
    const findings = check({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "The moon is made of cheese",
      url: "https://example.org/fact-checks/moon",
      author: { "@type": "Organization", name: "Example Checks" },
      itemReviewed: { "@type": "Claim" },
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "claim-review/rating-name",
        path: "$.reviewRating.alternateName",
        message: expect.any(String),
      },
    ]);
  });

  test("every finding names one of the exported rule ids", () => {
    const findings = check([{ "@type": "NewsArticle" }, { "@type": "ClaimReview" }, { "@type": "Event" }, 5]);
    expect(findings.length).toBeGreaterThan(10);
    for (const finding of findings) expect(PUBLISHING_RULES).toContain(finding.rule);
  });
});

describe("paths", () => {
  test("a path is a JSONPath with bracket notation for keys that are not plain names", () => {
    const finding = only(
      { "@graph": [article({ author: [{ "@type": "Person", name: "Jane", url: "/jane" }] })] },
      "article/author-url",
    );
    expect(finding.path).toBe('$["@graph"][0].author[0].url');
  });

  test("a problem in a node reached by reference is reported where that node is defined", () => {
    const finding = only(
      {
        "@graph": [
          article({ author: { "@id": "#jane" } }),
          { "@id": "#jane", "@type": "Person", name: "Jane" },
        ],
      },
      "article/author-url",
    );
    expect(finding.path).toBe('$["@graph"][1].url');
    expect(finding.severity).toBe("warning");
  });

  test("a node referred to by several articles is reported once", () => {
    const jane = { "@id": "#jane", "@type": "Person", name: "Jane" };
    const findings = check({
      "@graph": [
        article({ "@id": "#a", author: { "@id": "#jane" } }),
        article({ "@id": "#b", author: { "@id": "#jane" } }),
        jane,
      ],
    });
    expect(findings.filter((finding) => finding.rule === "article/author-url")).toHaveLength(1);
  });
});

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

  test("article/author: a missing author is a warning", () => {
    expect(only(article({ author: undefined }), "article/author")).toMatchObject({
      severity: "warning",
      path: "$.author",
    });
  });

  test("article/author-type: an author given as plain text is a warning", () => {
    expect(only(article({ author: "Jane Doe" }), "article/author-type").path).toBe("$.author");
  });

  test("article/author-type: an author node without @type is a warning", () => {
    const untyped = { name: "Jane", url: "https://example.org/jane" };
    expect(only(article({ author: untyped }), "article/author-type").path).toBe('$.author["@type"]');
    expect(rules(article({ author: { ...untyped, "@type": "Organization" } }))).toEqual([]);
  });

  test("article/author-name: an author without a name is a warning", () => {
    const finding = only(
      article({ author: [{ "@type": "Person", url: "https://x.org/a" }] }),
      "article/author-name",
    );
    expect(finding).toMatchObject({ severity: "warning", path: "$.author[0].name" });
  });

  test("article/author-url: a missing author url is a warning", () => {
    const finding = only(article({ author: [{ "@type": "Person", name: "Jane" }] }), "article/author-url");
    expect(finding.severity).toBe("warning");
  });

  test("article/author-url: an author url that is not absolute is an error", () => {
    const author = [{ "@type": "Person", name: "Jane", url: "profile/jane" }];
    expect(only(article({ author }), "article/author-url").severity).toBe("error");
    expect(
      only(article({ author: [{ ...person, url: "javascript:alert(1)" }] }), "article/author-url").severity,
    ).toBe("error");
  });

  test("article/author-url: an author url given as an @id reference is accepted", () => {
    expect(rules(article({ author: [{ ...person, url: { "@id": "https://example.org/jane" } }] }))).toEqual(
      [],
    );
  });

  test("article/author-*: every author of several is checked", () => {
    const findings = check(article({ author: [person, { "@type": "Person", name: "John" }] }));
    expect(findings.map((finding) => finding.path)).toEqual(["$.author[1].url"]);
  });

  test("article/date-published and article/date-modified: missing dates are warnings", () => {
    expect(only(article({ datePublished: undefined }), "article/date-published").severity).toBe("warning");
    expect(only(article({ dateModified: undefined }), "article/date-modified").severity).toBe("warning");
  });

  test("article/image: a missing image is a warning", () => {
    expect(only(article({ image: undefined }), "article/image").severity).toBe("warning");
  });

  test("article/image-url: a relative image url is an error", () => {
    const finding = only(article({ image: ["https://example.org/a.jpg", "/b.jpg"] }), "article/image-url");
    expect(finding).toMatchObject({ severity: "error", path: "$.image[1]" });
  });

  test("article/image-url: an ImageObject is read through its url or contentUrl", () => {
    expect(rules(article({ image: { "@type": "ImageObject", url: "https://example.org/a.jpg" } }))).toEqual(
      [],
    );
    expect(
      rules(article({ image: { "@type": "ImageObject", contentUrl: "https://example.org/a.jpg" } })),
    ).toEqual([]);
    expect(only(article({ image: { "@type": "ImageObject", url: "a.jpg" } }), "article/image-url").path).toBe(
      "$.image.url",
    );
  });

  test("article/image-url: an ImageObject with neither url nor contentUrl is an error", () => {
    expect(
      only(article({ image: { "@type": "ImageObject", caption: "x" } }), "article/image-url").severity,
    ).toBe("error");
  });

  test("article/image-url: an image given as an @id that is an absolute URL is accepted", () => {
    expect(rules(article({ image: { "@id": "https://example.org/a.jpg" } }))).toEqual([]);
    expect(only(article({ image: { "@id": "#img" } }), "article/image-url").severity).toBe("error");
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
        { "@id": "#a", datePublished: "2024-01-01", dateModified: "2024-01-02" },
      ],
    };
    expect(rules(doc)).toEqual([]);
  });
});

describe("the types the rules apply to", () => {
  const vocabulary: { types: Record<string, { supertypes: string[] }> } = JSON.parse(
    readFileSync(new URL("../../support/schemaorg/vocabulary.json", import.meta.url), "utf8"),
  );
  const subtypesOf = (root: string): string[] =>
    Object.keys(vocabulary.types).filter((type) => {
      const pending = [type];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (next === root) return true;
        pending.push(...(vocabulary.types[next]?.supertypes ?? []));
      }
      return false;
    });

  test("every schema.org 30.0 subtype of Article is held to the Article rules", () => {
    const articles = subtypesOf("Article");
    expect(articles.length).toBe(19);
    for (const type of articles) expect(rules({ "@type": type })).toContain("article/headline");
  });

  test("every schema.org 30.0 subtype of Event is held to the Event rules", () => {
    const events = subtypesOf("Event");
    expect(events.length).toBe(36);
    for (const type of events) expect(rules({ "@type": type })).toContain("event/name");
  });

  test("other CreativeWorks and Things are not", () => {
    const covered = new Set([...subtypesOf("Article"), ...subtypesOf("Event"), "ClaimReview"]);
    const others = Object.keys(vocabulary.types).filter((type) => !covered.has(type));
    for (const type of others) expect(rules({ "@type": type })).toEqual([]);
  });
});

describe("date rules", () => {
  test("date/format: a date that is not ISO 8601 is an error", () => {
    for (const date of [
      "05/01/2024",
      "2024-1-5",
      "2024-01-05 08:00",
      "yesterday",
      "2024-13-01",
      "2024-02-30",
    ]) {
      expect(only(article({ datePublished: date }), "date/format")).toMatchObject({
        severity: "error",
        path: "$.datePublished",
      });
    }
    expect(only(article({ dateModified: 1704441600 }), "date/format").path).toBe("$.dateModified");
  });

  test("date/format: valid dates and date-times pass", () => {
    for (const date of [
      "2024-01-05",
      "2024-02-29",
      "2024-01-05T08:00Z",
      "2024-01-05T08:00:00+08:00",
      "2024-01-05T08:00:00.123-0500",
      "2024-01-05T23:59:60Z",
    ]) {
      expect(rules(article({ datePublished: date }))).toEqual([]);
    }
    expect(rules(article({ datePublished: { "@value": "2024-01-05", "@type": "Date" } }))).toEqual([]);
  });

  test("date/format: 29 February only exists in leap years", () => {
    expect(rules(article({ datePublished: "2023-02-29" }))).toEqual(["date/format"]);
    expect(rules(article({ datePublished: "2000-02-29" }))).toEqual([]);
    expect(rules(article({ datePublished: "1900-02-29" }))).toEqual(["date/format"]);
  });

  test("date/time-zone: a date-time without a time zone is a warning; a date alone is fine", () => {
    expect(only(article({ dateModified: "2024-01-05T08:00:00" }), "date/time-zone").severity).toBe("warning");
    expect(rules(article({ dateModified: "2024-01-05" }))).toEqual([]);
  });
});

describe("ClaimReview rules", () => {
  test("claim-review/claim-reviewed: a missing claimReviewed is an error", () => {
    expect(only(claimReview({ claimReviewed: undefined }), "claim-review/claim-reviewed")).toMatchObject({
      severity: "error",
      path: "$.claimReviewed",
    });
    expect(rules(claimReview({ claimReviewed: "  " }))).toEqual(["claim-review/claim-reviewed"]);
  });

  test("claim-review/claim-reviewed-length: 75 characters or more is a warning, 74 is fine", () => {
    expect(
      only(claimReview({ claimReviewed: "x".repeat(75) }), "claim-review/claim-reviewed-length").severity,
    ).toBe("warning");
    expect(rules(claimReview({ claimReviewed: "x".repeat(74) }))).toEqual([]);
  });

  test("claim-review/rating: a missing reviewRating is an error", () => {
    expect(only(claimReview({ reviewRating: undefined }), "claim-review/rating").severity).toBe("error");
  });

  test("claim-review/rating: a reviewRating given as plain text is an error", () => {
    expect(only(claimReview({ reviewRating: "False" }), "claim-review/rating").path).toBe("$.reviewRating");
  });

  test("claim-review/rating-name: a rating without alternateName is an error", () => {
    const reviewRating = { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 };
    expect(only(claimReview({ reviewRating }), "claim-review/rating-name").severity).toBe("error");
  });

  test("claim-review/rating-scale: a textual rating needs no numbers", () => {
    expect(
      rules(claimReview({ reviewRating: { "@type": "Rating", alternateName: "Mostly false" } })),
    ).toEqual([]);
  });

  test("claim-review/rating-number: numbers given as strings are read as numbers", () => {
    const reviewRating = {
      "@type": "Rating",
      alternateName: "False",
      ratingValue: "2",
      bestRating: "5",
      worstRating: "1",
    };
    expect(rules(claimReview({ reviewRating }))).toEqual([]);
  });

  test("claim-review/rating-number: a value that is not a number is an error", () => {
    const reviewRating = {
      "@type": "Rating",
      alternateName: "False",
      ratingValue: "two",
      bestRating: 5,
      worstRating: 1,
    };
    expect(only(claimReview({ reviewRating }), "claim-review/rating-number")).toMatchObject({
      severity: "error",
      path: "$.reviewRating.ratingValue",
    });
    expect(rules(claimReview({ reviewRating: { ...reviewRating, ratingValue: "2,5" } }))).toEqual([
      "claim-review/rating-number",
    ]);
  });

  test("claim-review/rating-scale: a numeric rating needs ratingValue, bestRating and worstRating", () => {
    const findings = check(
      claimReview({ reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1 } }),
    );
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ["claim-review/rating-scale", "$.reviewRating.bestRating"],
      ["claim-review/rating-scale", "$.reviewRating.worstRating"],
    ]);
  });

  test("claim-review/rating-scale: worstRating below 1 is an error", () => {
    const reviewRating = {
      "@type": "Rating",
      alternateName: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 0,
    };
    expect(only(claimReview({ reviewRating }), "claim-review/rating-scale").path).toBe(
      "$.reviewRating.worstRating",
    );
  });

  test("claim-review/rating-scale: worstRating must be below bestRating", () => {
    const reviewRating = {
      "@type": "Rating",
      alternateName: "False",
      ratingValue: 3,
      bestRating: 3,
      worstRating: 3,
    };
    expect(only(claimReview({ reviewRating }), "claim-review/rating-scale").path).toBe(
      "$.reviewRating.bestRating",
    );
  });

  test("claim-review/rating-scale: ratingValue must lie between worstRating and bestRating", () => {
    for (const ratingValue of [0.5, 6]) {
      const reviewRating = {
        "@type": "Rating",
        alternateName: "False",
        ratingValue,
        bestRating: 5,
        worstRating: 1,
      };
      expect(only(claimReview({ reviewRating }), "claim-review/rating-scale").path).toBe(
        "$.reviewRating.ratingValue",
      );
    }
    const edges = { "@type": "Rating", alternateName: "False", bestRating: 5, worstRating: 1 };
    expect(rules(claimReview({ reviewRating: { ...edges, ratingValue: 1 } }))).toEqual([]);
    expect(rules(claimReview({ reviewRating: { ...edges, ratingValue: 5 } }))).toEqual([]);
  });

  test("claim-review/url: a missing url is an error", () => {
    expect(only(claimReview({ url: undefined }), "claim-review/url").severity).toBe("error");
  });

  test("claim-review/url: a relative url is an error", () => {
    expect(only(claimReview({ url: "/fact-checks/kursk" }), "claim-review/url").path).toBe("$.url");
  });

  test("claim-review/author and claim-review/item-reviewed: missing ones are warnings", () => {
    expect(only(claimReview({ author: undefined }), "claim-review/author").severity).toBe("warning");
    expect(only(claimReview({ itemReviewed: undefined }), "claim-review/item-reviewed").severity).toBe(
      "warning",
    );
  });

  test("a ClaimReview's datePublished is held to the date rules", () => {
    expect(rules(claimReview({ datePublished: "7 Nov 2024" }))).toEqual(["date/format"]);
  });
});

describe("Event rules", () => {
  test("event/name: a missing name is an error", () => {
    expect(only(event({ name: undefined }), "event/name")).toMatchObject({
      severity: "error",
      path: "$.name",
    });
  });

  test("event/start-date: a missing startDate is an error", () => {
    expect(only(event({ startDate: undefined }), "event/start-date").severity).toBe("error");
  });

  test("event/start-date: a startDate with a time but no time zone is a warning; a date alone is fine", () => {
    expect(only(event({ startDate: "2024-08-06T05:00" }), "date/time-zone").path).toBe("$.startDate");
    expect(rules(event({ startDate: "2024-08-06" }))).toEqual([]);
    expect(rules(event({ startDate: "6 August" }))).toEqual(["date/format"]);
    expect(rules(event({ endDate: "2024-08-07T00:00:00" }))).toEqual(["date/time-zone"]);
  });

  test("event/location: a missing location is an error", () => {
    expect(only(event({ location: undefined }), "event/location")).toMatchObject({
      severity: "error",
      path: "$.location",
    });
  });

  test("event/location: a VirtualLocation alone is an error", () => {
    const location = { "@type": "VirtualLocation", url: "https://example.org/stream" };
    expect(only(event({ location }), "event/location").severity).toBe("error");
  });

  test("event/location: a PostalAddress, plain text or an untyped node in place of a Place is an error", () => {
    expect(rules(event({ location: { "@type": "PostalAddress", addressCountry: "RU" } }))).toEqual([
      "event/location",
    ]);
    expect(rules(event({ location: "Kursk" }))).toEqual(["event/location"]);
    expect(rules(event({ location: { name: "Kursk", address: "Kursk" } }))).toEqual(["event/location"]);
  });

  test("event/location: a Place beside a VirtualLocation is accepted", () => {
    const location = [place(), { "@type": "VirtualLocation", url: "https://example.org/stream" }];
    expect(rules(event({ location }))).toEqual([]);
  });

  test("event/location: a subtype of Place and a Place reached by reference are accepted", () => {
    expect(rules(event({ location: place({ "@type": "City" }) }))).toEqual([]);
    const graph = { "@graph": [event({ location: { "@id": "#venue" } }), { "@id": "#venue", ...place() }] };
    expect(rules(graph)).toEqual([]);
  });

  test("event/location: a reference to a VirtualLocation elsewhere in the document is an error", () => {
    const graph = {
      "@graph": [event({ location: { "@id": "#stream" } }), { "@id": "#stream", "@type": "VirtualLocation" }],
    };
    expect(only(graph, "event/location").message).toContain("VirtualLocation");
  });

  test("event/location-address: a Place without an address is an error", () => {
    expect(only(event({ location: place({ address: undefined }) }), "event/location-address")).toMatchObject({
      severity: "error",
      path: "$.location.address",
    });
    expect(rules(event({ location: place({ address: "Red Square, Moscow" }) }))).toEqual([]);
  });

  test("the Event rules apply to subtypes of Event", () => {
    expect(rules(event({ "@type": "MusicEvent", name: undefined }))).toEqual(["event/name"]);
    expect(rules(event({ "@type": ["Event", "SportsEvent"], name: undefined }))).toEqual(["event/name"]);
  });
});

describe("references", () => {
  test("reference/unresolved: an author that the document does not define is a warning", () => {
    const finding = only(article({ author: { "@id": "https://example.org/#jane" } }), "reference/unresolved");
    expect(finding).toMatchObject({ severity: "warning", path: "$.author" });
  });

  test("reference/unresolved: an Event location or rating that is not defined is a warning, not an error", () => {
    expect(rules(event({ location: { "@id": "#nowhere" } }))).toEqual(["reference/unresolved"]);
    expect(rules(claimReview({ reviewRating: { "@id": "#nowhere" } }))).toEqual(["reference/unresolved"]);
  });

  test("a reference defined later in the document is resolved", () => {
    const doc = [article({ author: { "@id": "#jane" } }), { "@id": "#jane", ...person }];
    expect(rules(doc)).toEqual([]);
  });

  test("a reference defined in a nested node is resolved", () => {
    const doc = {
      "@graph": [
        article({ author: { "@id": "#jane" } }),
        { "@type": "WebPage", about: { "@id": "#jane", ...person } },
      ],
    };
    expect(rules(doc)).toEqual([]);
  });
});

describe("robustness", () => {
  test("input that is not a node object is a document/shape error", () => {
    for (const junk of [5, "x", null, undefined, true]) {
      expect(check(junk)).toEqual([
        { severity: "error", path: "$", rule: "document/shape", message: expect.stringContaining("found") },
      ]);
    }
  });

  test("an array of junk gives one document/shape error per item", () => {
    expect(check([1, null, "x", [], { "@type": "Thing" }]).map((finding) => finding.path)).toEqual([
      "$[0]",
      "$[1]",
      "$[2]",
      "$[3]",
    ]);
  });

  test("junk where values belong is reported, not thrown", () => {
    const junk = {
      "@graph": [
        { "@type": "NewsArticle", headline: null, author: [null, 5, []], image: [{}, 3], datePublished: {} },
        { "@type": 7, "@id": 8 },
        {
          "@type": "ClaimReview",
          reviewRating: [null, { ratingValue: {}, bestRating: [], worstRating: true }],
        },
        { "@type": "Event", location: [null, 1, { "@id": 5 }], startDate: [] },
      ],
    };
    const findings = check(junk);
    expect(findings.length).toBeGreaterThan(5);
  });

  test("a cycle of nested objects does not loop", () => {
    const node: Json = { "@type": "NewsArticle", headline: "Loop" };
    node.author = { "@type": "Person", name: "Jane", url: "https://x.org", knows: node };
    node.isPartOf = node;
    expect(check(node).map((finding) => finding.rule)).toEqual([
      "article/date-published",
      "article/date-modified",
      "article/image",
    ]);
  });

  test("__proto__ and constructor keys are read as data and pollute nothing", () => {
    const doc = JSON.parse(
      '{"@type":"NewsArticle","__proto__":{"headline":"inherited?"},"constructor":{"@id":"__proto__"},' +
        '"author":{"@id":"__proto__"},"@id":"__proto__"}',
    );
    const found = rules(doc);
    expect(found).toContain("article/headline");
    expect(({} as Json).headline).toBeUndefined();
  });

  test("an inherited property does not count as present", () => {
    const inherited = Object.create({ headline: "from the prototype" });
    Object.assign(inherited, article({ headline: undefined }));
    expect(rules(inherited)).toContain("article/headline");
  });

  test("a document that cannot be read is reported as document/unreadable", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys for you");
        },
      },
    );
    expect(checkPublishing(hostile)).toEqual([
      {
        severity: "error",
        path: "$",
        rule: "document/unreadable",
        message: expect.stringContaining("no keys"),
      },
    ]);
  });

  test("the input is not mutated", () => {
    const doc = { "@graph": [article({ author: { "@id": "#jane" } }), { "@id": "#jane", name: "Jane" }] };
    const before = structuredClone(doc);
    check(doc);
    expect(doc).toEqual(before);
  });

  test("any JSON value is checked without throwing, and every finding is well-formed", () => {
    const schemaLike = fc.letrec((tie) => ({
      node: fc.dictionary(
        fc.constantFrom(
          "@type",
          "@id",
          "@graph",
          "headline",
          "author",
          "image",
          "url",
          "location",
          "reviewRating",
          "ratingValue",
          "bestRating",
          "worstRating",
          "startDate",
          "datePublished",
          "name",
          "address",
          "__proto__",
        ),
        tie("value"),
      ),
      value: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(
          "NewsArticle",
          "ClaimReview",
          "Event",
          "Place",
          "VirtualLocation",
          "#a",
          "2024-01-01T00:00",
        ),
        fc.jsonValue({ maxDepth: 1 }),
        tie("node"),
        fc.array(tie("value"), { maxLength: 3 }),
      ),
    }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), schemaLike.node, fc.array(schemaLike.node)), (document) => {
        const findings = checkPublishing(document);
        for (const finding of findings) {
          expect(PUBLISHING_RULES).toContain(finding.rule);
          expect(["error", "warning"]).toContain(finding.severity);
          expect(finding.path.startsWith("$")).toBe(true);
          expect(finding.message.length).toBeGreaterThan(0);
        }
        expect(findings.some((finding) => finding.rule === "document/unreadable")).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
