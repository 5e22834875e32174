import type {
  ClaimReview,
  CreativeWorkLeaf,
  IdReference,
  QuotationLeaf,
  RatingLeaf,
  Claim as SchemaClaim,
} from "schema-dts";
import type { Claim, ClaimReview as ClaimReviewModel } from "../model/claim";
import { clean, type Draft, isoDate, type MappingContext } from "./mapping-context";
import { quantityValue } from "./quantity";

/**
 * A claim as a schema.org Claim: `text` (the statement), `author` (the claimant), `datePublished` (when it
 * was made), `about` (its subjects, and the claims it responds to: a claim that denies another is about
 * it), `mentions` (its figures, as QuantitativeValues), `appearance` (every article it has evidence in or
 * appears in, by reference, and the works outside the graph, in place), `firstAppearance` (the appearances
 * marked `first`) and, when the article quotes the claimant, `isBasedOn` a Quotation of those words by the
 * claimant.
 *
 * @example
 * ```ts
 * import { claimNode } from "./claim";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * claimNode({ id: "claim-putin-denies", claimant: "vladimir-putin", act: "denies",
 *   statement: "There are no North Korean troops in Russia.", about: [], quantities: [], appearances: [],
 *   evidence: [{ article: "kursk", start: 0, end: 6, exact: "denied" }],
 *   responds: [{ claim: "claim-nato-confirms", relation: "denies" }] }, context);
 * // { "@type": "Claim", "@id": "…#claim-putin-denies", text: "There are no North Korean troops in Russia.",
 * //   author: { "@id": "…#vladimir-putin" }, about: [{ "@id": "…#claim-nato-confirms" }],
 * //   appearance: [{ "@id": "https://example.org/kursk" }] }
 * ```
 */
export function claimNode(claim: Claim, context: MappingContext): SchemaClaim {
  const { ref, iri } = context;
  const author = ref(claim.claimant);
  const about = claim.about.map((id) => ref(id));
  for (const response of claim.responds) about.push(ref(response.claim));
  // Each article once, by reference only (a page's JSON-LD names the other articles a claim appears in, not
  // their nodes), where it first appeared if the claim says so. The list of @ids is as long as the articles
  // the claim appears in, so a scan of it is cheaper than a Set and its iterator.
  const appearance: (IdReference | CreativeWorkLeaf)[] = [];
  const firstAppearance: (IdReference | CreativeWorkLeaf)[] = [];
  const listed: string[] = [];
  const list = (article: string, into: (IdReference | CreativeWorkLeaf)[]): void => {
    const id = iri(article);
    if (listed.includes(id)) return;
    listed.push(id);
    into.push({ "@id": id });
  };
  for (const item of claim.appearances) {
    if (item.first === true && item.article !== undefined) list(item.article, firstAppearance);
  }
  for (const span of claim.evidence) list(span.article, appearance);
  for (const item of claim.appearances) {
    if (item.first !== true && item.article !== undefined) list(item.article, appearance);
  }
  for (const item of claim.appearances) {
    if (item.article !== undefined) continue;
    (item.first === true ? firstAppearance : appearance).push(
      clean<CreativeWorkLeaf>({
        "@type": item.type ?? "CreativeWork",
        url: item.url,
        name: item.name,
        author: item.author === undefined ? undefined : ref(item.author),
        datePublished: isoDate(item.datePublished),
      } as Draft<CreativeWorkLeaf>),
    );
  }
  return clean<SchemaClaim>({
    "@type": "Claim",
    "@id": iri(claim.id),
    text: claim.statement,
    author,
    datePublished: isoDate(claim.date),
    about,
    mentions: claim.quantities.map(quantityValue),
    appearance,
    firstAppearance,
    isBasedOn: claim.quote && clean<QuotationLeaf>({ "@type": "Quotation", text: claim.quote, author }),
  });
}

/**
 * A claim's fact-check `review` as a schema.org ClaimReview: `claimReviewed` (the statement), `itemReviewed`
 * (the Claim), `reviewRating` (a Rating whose `alternateName` is the verdict, with the numeric scale when
 * there is one), `author` (the reviewer), `datePublished` and `url`. Its `@id` is the claim's plus
 * `/review`: the review's own url can be shared by several reviews on one page.
 *
 * @example
 * ```ts
 * import type { Claim } from "newsgraph";
 * import { claimNodes } from "./claim";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const claim: Claim; // the claim "claim-x"
 * declare const context: MappingContext;
 * // claimReviewNode is not exported: claimNodes returns its node after the claim's.
 * claimNodes({ ...claim, review: { reviewer: "checker", verdict: "False", url: "https://example.org/c" } }, context)[1];
 * // { "@type": "ClaimReview", "@id": "…#claim-x/review", claimReviewed: "…", itemReviewed: { "@id": "…#claim-x" },
 * //   reviewRating: { "@type": "Rating", alternateName: "False" }, author: { "@id": "…#checker" },
 * //   url: "https://example.org/c" }
 * ```
 */
function claimReviewNode(claim: Claim, review: ClaimReviewModel, context: MappingContext): ClaimReview {
  const { rating } = review;
  const id = context.iri(claim.id);
  return clean<ClaimReview>({
    "@type": "ClaimReview",
    "@id": `${id}/review`,
    claimReviewed: claim.statement,
    itemReviewed: { "@id": id },
    reviewRating: clean<RatingLeaf>({
      "@type": "Rating",
      alternateName: review.verdict,
      ratingValue: rating?.value,
      bestRating: rating?.best,
      worstRating: rating?.worst,
    }),
    author: context.ref(review.reviewer, "card"),
    datePublished: isoDate(review.date),
    url: review.url,
  });
}

/**
 * A claim's nodes: its Claim and, when it has a `review`, the ClaimReview of it.
 *
 * @example
 * ```ts
 * import type { Claim } from "newsgraph";
 * import { claimNodes } from "./claim";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const claim: Claim; // a claim with a review
 * declare const context: MappingContext;
 * claimNodes(claim, context).map((node) => node["@type"]); // ["Claim", "ClaimReview"]
 * ```
 */
export const claimNodes = (claim: Claim, context: MappingContext): (SchemaClaim | ClaimReview)[] =>
  claim.review
    ? [claimNode(claim, context), claimReviewNode(claim, claim.review, context)]
    : [claimNode(claim, context)];
