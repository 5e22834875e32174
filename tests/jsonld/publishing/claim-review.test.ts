// The ClaimReview rules (Google's Fact check structured data documentation).
import { describe, expect, test } from "vitest";
import { numeralRun } from "../../adversarial/hostile-inputs";
import { check, claimReview, only, rules } from "./support";

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

  const rated = (ratingValue: string) =>
    claimReview({
      reviewRating: { "@type": "Rating", alternateName: "False", ratingValue, bestRating: 5, worstRating: 1 },
    });

  test("claim-review/rating-number: a numeral-like ratingValue of a million characters is refused, quoted in part", () => {
    const finding = only(rated(numeralRun(1_000_000)), "claim-review/rating-number");
    expect(finding.path).toBe("$.reviewRating.ratingValue");
    expect(finding.message).toBe(`ratingValue is "${"1".repeat(60)}…", not a number`);
  });

  test("claim-review/rating-number: a numeral too large to be a number, or longer than 100 characters, is not one", () => {
    expect(only(rated("1e400"), "claim-review/rating-number").message).toBe(
      'ratingValue is "1e400", not a number',
    );
    expect(only(rated(`1.${"0".repeat(99)}`), "claim-review/rating-number").path).toBe(
      "$.reviewRating.ratingValue",
    );
    expect(check(rated(`1.${"0".repeat(98)}`))).toEqual([]);
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

describe("the fact-checker: the ClaimReview's author", () => {
  test("reference/unresolved: an author that refers to an @id no node defines is a warning", () => {
    const finding = only(
      claimReview({ author: { "@id": "https://example.org/#checks" } }),
      "reference/unresolved",
    );
    expect(finding).toMatchObject({ severity: "warning", path: "$.author" });
    expect(finding.message).toContain('"https://example.org/#checks"');
  });

  test("an author defined elsewhere in the document is followed and checked", () => {
    const graph = {
      "@graph": [
        claimReview({ author: { "@id": "#checks" } }),
        { "@id": "#checks", "@type": "NewsMediaOrganization", name: "Example Checks" },
      ],
    };
    expect(rules(graph)).toEqual([]);
    const unnamed = {
      "@graph": [claimReview({ author: { "@id": "#checks" } }), { "@id": "#checks", "@type": "NGO" }],
    };
    expect(only(unnamed, "claim-review/author")).toMatchObject({ path: '$["@graph"][1].name' });
  });

  test("claim-review/author: an author that is no Person or Organization, or is text, is a warning", () => {
    expect(
      only(claimReview({ author: { "@type": "WebSite", name: "Checks" } }), "claim-review/author"),
    ).toMatchObject({
      severity: "warning",
      path: '$.author["@type"]',
    });
    expect(only(claimReview({ author: "Example Checks" }), "claim-review/author").path).toBe("$.author");
  });

  test("claim-review/date-published: a missing datePublished is a warning", () => {
    expect(only(claimReview({ datePublished: undefined }), "claim-review/date-published")).toMatchObject({
      severity: "warning",
      path: "$.datePublished",
    });
  });
});

describe("the claim reviewed: the ClaimReview's itemReviewed", () => {
  const claim = (overrides: Record<string, unknown>) => ({
    "@type": "Claim",
    author: { "@type": "Person", name: "A. Speaker" },
    datePublished: "2024-11-05",
    appearance: "https://example.net/interview",
    ...overrides,
  });

  test("claim-review/item-reviewed: an itemReviewed that is not a Claim is a warning", () => {
    expect(
      only(claimReview({ itemReviewed: claim({ "@type": "CreativeWork" }) }), "claim-review/item-reviewed"),
    ).toMatchObject({ severity: "warning", path: '$.itemReviewed["@type"]' });
    expect(only(claimReview({ itemReviewed: "a claim" }), "claim-review/item-reviewed").path).toBe(
      "$.itemReviewed",
    );
  });

  test("reference/unresolved: an itemReviewed, or a Claim's author, that no node defines is a warning", () => {
    expect(rules(claimReview({ itemReviewed: { "@id": "#nowhere" } }))).toEqual(["reference/unresolved"]);
    expect(rules(claimReview({ itemReviewed: claim({ author: { "@id": "#nobody" } }) }))).toEqual([
      "reference/unresolved",
    ]);
  });

  test("claim-review/claim-author: a Claim without an author, or with an unnamed one, is a warning", () => {
    expect(
      only(claimReview({ itemReviewed: claim({ author: undefined }) }), "claim-review/claim-author"),
    ).toMatchObject({ severity: "warning", path: "$.itemReviewed.author" });
    expect(
      only(
        claimReview({ itemReviewed: claim({ author: { "@type": "Person" } }) }),
        "claim-review/claim-author",
      ).path,
    ).toBe("$.itemReviewed.author.name");
  });

  test("claim-review/claim-date-published: a Claim without a datePublished is a warning; a month is imprecise", () => {
    expect(
      only(
        claimReview({ itemReviewed: claim({ datePublished: undefined }) }),
        "claim-review/claim-date-published",
      ).severity,
    ).toBe("warning");
    expect(
      only(claimReview({ itemReviewed: claim({ datePublished: "2024-11" }) }), "date/precision").path,
    ).toBe("$.itemReviewed.datePublished");
  });

  test("claim-review/claim-appearance: a Claim needs appearance or firstAppearance, either will do", () => {
    expect(
      only(claimReview({ itemReviewed: claim({ appearance: undefined }) }), "claim-review/claim-appearance"),
    ).toMatchObject({ severity: "warning", path: "$.itemReviewed.appearance" });
    const first = claim({
      appearance: undefined,
      firstAppearance: { "@type": "CreativeWork", url: "https://x.org/1" },
    });
    expect(rules(claimReview({ itemReviewed: first }))).toEqual([]);
  });

  test("a fact check in the shape of Google's documented example has no findings", () => {
    const factCheck = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://example.org/checks/no-troops",
      claimReviewed: "North Korea has sent no troops to Russia",
      datePublished: "2024-10-30",
      author: { "@type": "Organization", name: "Example Checks", url: "https://example.org/" },
      itemReviewed: {
        "@type": "Claim",
        author: {
          "@type": "Person",
          name: "A. Spokesperson",
          sameAs: "https://example.net/people/spokesperson",
        },
        datePublished: "2024-10-25",
        appearance: {
          "@type": "OpinionNewsArticle",
          url: "https://example.net/news/no-troops",
          headline: "No troops, says the ministry",
          datePublished: "2024-10-25",
          author: { "@type": "Person", name: "A. Columnist" },
        },
      },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: "False",
      },
    };
    expect(rules(factCheck)).toEqual([]);
  });
});
