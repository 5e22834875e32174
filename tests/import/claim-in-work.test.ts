// A ClaimReview whose itemReviewed is the work the claim was made in: the shape fact-checkers publish.
import { describe, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/graph";
import { importValid, inferred, lines, schemaOrg } from "./import-support";

const review = (itemReviewed: Record<string, unknown>) => ({
  "@context": schemaOrg,
  "@type": "ClaimReview",
  url: "https://example.org/checks/1",
  claimReviewed: "Dams were destroyed in Myanmar",
  author: { "@type": "Organization", name: "Fact Desk" },
  reviewRating: { "@type": "Rating", alternateName: "False" },
  itemReviewed,
});

describe("a ClaimReview of a claim made in a work", () => {
  test("becomes a claim by the work's author, appearing in the work, with the review", () => {
    const note =
      "the itemReviewed is a work (CreativeWork) in which the claim was made: the claim reviewed is made from the ClaimReview, its statement the claimReviewed, its claimant the work's author, its appearance the work";
    const { graph, warnings } = importValid(
      review({
        "@type": "CreativeWork",
        author: { "@type": "Person", name: "A Poster", sameAs: "https://social.example/poster" },
        datePublished: "2020-07-20",
        url: "https://social.example/posts/1",
      }),
    );
    expect(graph.claims).toHaveLength(1);
    expect(graph.claims[0]).toMatchObject({
      claimant: "a-poster",
      statement: "Dams were destroyed in Myanmar",
      appearances: [
        {
          url: "https://social.example/posts/1",
          type: "CreativeWork",
          author: "a-poster",
          datePublished: "2020-07-20",
        },
      ],
      review: { reviewer: "fact-desk", verdict: "False", url: "https://example.org/checks/1" },
    });
    expect(graph.claims[0]?.fieldProvenance).toMatchObject({
      claimant: inferred(note),
      appearances: inferred(note),
    });
    expect(lines(warnings)).toContain(`$.itemReviewed: ${note}`);
  });

  test("and writes back its appearance, so that the claim reads back the same", () => {
    const { graph } = importValid(
      review({
        "@type": "VideoObject",
        author: { "@type": "Person", name: "A Poster" },
        url: "https://video.example/1",
      }),
    );
    const once = toJsonLd(graph, { baseUrl: "https://example.org/checks/1" });
    const claim = once["@graph"].find((node) => (node as { "@type": string })["@type"] === "Claim");
    expect(claim).toMatchObject({
      appearance: [
        {
          "@type": "VideoObject",
          url: "https://video.example/1",
          author: { "@id": "https://example.org/checks/1#a-poster" },
        },
      ],
    });
    const { graph: again } = importValid(once);
    expect(toJsonLd(again, { baseUrl: "https://example.org/checks/1" })).toEqual(once);
  });

  test("a work without an author gives no claimant: the review is not imported, and says why", () => {
    const { graph, warnings } = importValid(
      review({ "@type": "CreativeWork", url: "https://social.example/posts/1" }),
    );
    expect(graph.claims).toEqual([]);
    expect(lines(warnings)).toContain(
      "$.itemReviewed: ClaimReview not imported: the itemReviewed is CreativeWork, neither a Claim nor a work with an author who made the claim (the model reviews claims, and a claim needs a claimant)",
    );
  });
});
