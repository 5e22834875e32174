import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { FuzzyDate } from "./fuzzy-date";
import { HttpUrl } from "./http-url";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { Quantity } from "./quantity";
import { newsgraphRegistry } from "./registry";
import { TextSpan } from "./text-span";
import { claimActs, claimRelations, quoteTypes, workTypes } from "./vocabulary";

/**
 * Schema of one of {@link claimActs}.
 *
 * @example
 * ```ts
 * import { ClaimAct } from "newsgraph";
 *
 * ClaimAct.parse("estimates");
 * ```
 */
export const ClaimAct: z.ZodEnum<{ [K in (typeof claimActs)[number]]: K }> = z.enum(claimActs);
/**
 * One of {@link claimActs}.
 *
 * @example
 * ```ts
 * import { ClaimAct } from "newsgraph";
 *
 * const act: ClaimAct = "warns";
 * ```
 */
export type ClaimAct = z.output<typeof ClaimAct>;

/**
 * Schema of one of {@link quoteTypes}.
 *
 * @example
 * ```ts
 * import { QuoteType } from "newsgraph";
 *
 * QuoteType.parse("mixed");
 * ```
 */
export const QuoteType: z.ZodEnum<{ [K in (typeof quoteTypes)[number]]: K }> = z.enum(quoteTypes);
/**
 * One of {@link quoteTypes}.
 *
 * @example
 * ```ts
 * import { QuoteType } from "newsgraph";
 *
 * const type: QuoteType = "direct";
 * ```
 */
export type QuoteType = z.output<typeof QuoteType>;

/**
 * Schema of one of {@link claimRelations}.
 *
 * @example
 * ```ts
 * import { ClaimRelation } from "newsgraph";
 *
 * ClaimRelation.parse("denies");
 * ```
 */
export const ClaimRelation: z.ZodEnum<{ [K in (typeof claimRelations)[number]]: K }> = z.enum(claimRelations);
/**
 * One of {@link claimRelations}.
 *
 * @example
 * ```ts
 * import { ClaimRelation } from "newsgraph";
 *
 * const relation: ClaimRelation = "disputes";
 * ```
 */
export type ClaimRelation = z.output<typeof ClaimRelation>;

const claimResponseShape = {
  /** Id of the claim responded to. */
  claim: NodeId,
  /** How this claim relates to it. */
  relation: ClaimRelation,
};

/**
 * A link from a claim to a claim it supports, disputes, denies or qualifies.
 * @example
 * ```ts
 * import { ClaimResponse } from "newsgraph";
 *
 * ClaimResponse.parse({ claim: "claim-nato-confirms-deployment", relation: "denies" });
 * ```
 */
export const ClaimResponse: z.ZodObject<typeof claimResponseShape, z.core.$strict> =
  z.strictObject(claimResponseShape);
newsgraphRegistry.add(ClaimResponse, {
  id: "ClaimResponse",
  description: "A link to a claim this claim supports, disputes, denies or qualifies.",
});
/**
 * A response link.
 *
 * @example
 * ```ts
 * import { ClaimResponse } from "newsgraph";
 *
 * const link: ClaimResponse = { claim: "c1", relation: "denies" };
 * ```
 */
export interface ClaimResponse extends z.output<typeof ClaimResponse> {}

// zod's number already refuses NaN and ±Infinity (as invalid_type).
const finite = z.number();

const ratingShape = {
  /** The rating given. */
  value: finite,
  /** The best rating on the scale. */
  best: finite,
  /** The worst rating on the scale. */
  worst: finite,
};

/**
 * A numeric rating on a scale from `worst` to `best`.
 * @example
 * ```ts
 * import { Rating } from "newsgraph";
 *
 * Rating.parse({ value: 1, worst: 1, best: 5 });
 * ```
 */
export const Rating: z.ZodObject<typeof ratingShape, z.core.$strict> = z
  .strictObject(ratingShape)
  .check((ctx) => {
    const { value, best, worst } = ctx.value;
    if (worst >= best) {
      reportIssue(ctx, "invalid_quantity", `expected worst (${worst}) to be below best, found best ${best}`, [
        "best",
      ]);
    } else if (value < worst || value > best) {
      reportIssue(ctx, "invalid_quantity", `expected a value from ${worst} to ${best}, found ${value}`, [
        "value",
      ]);
    }
  });
newsgraphRegistry.add(Rating, { id: "Rating", description: "A numeric rating on a scale." });
/**
 * A rating.
 *
 * @example
 * ```ts
 * import { Rating } from "newsgraph";
 *
 * const rating: Rating = { value: 1, worst: 1, best: 5 };
 * ```
 */
export interface Rating extends z.output<typeof Rating> {}

const claimReviewShape = {
  /** Id of the actor (usually a fact-checking organisation) that reviewed the claim. */
  reviewer: NodeId,
  /** The verdict in words, as the reviewer publishes it: "False", "Misleading". */
  verdict: z.string().min(1),
  /** The verdict on a numeric scale, where the reviewer gives one. */
  rating: Rating.optional(),
  /** When the review was published. */
  date: FuzzyDate.optional(),
  /** Where the review is published. */
  url: HttpUrl,
};

/**
 * A fact-check verdict on a claim (→ schema.org ClaimReview).
 * @example
 * ```ts
 * import { ClaimReview } from "newsgraph";
 *
 * ClaimReview.parse({ reviewer: "example-factcheck", verdict: "Accurate", url: "https://example.org/check/1" });
 * ```
 */
export const ClaimReview: z.ZodObject<typeof claimReviewShape, z.core.$strict> =
  z.strictObject(claimReviewShape);
newsgraphRegistry.add(ClaimReview, { id: "ClaimReview", description: "A fact-check verdict on a claim." });
/**
 * A fact-check verdict.
 *
 * @example
 * ```ts
 * import { ClaimReview } from "newsgraph";
 *
 * const review: ClaimReview = { reviewer: "checker", verdict: "False", url: "https://example.org/c" };
 * ```
 */
export interface ClaimReview extends z.output<typeof ClaimReview> {}

/**
 * Schema of one of {@link workTypes}.
 *
 * @example
 * ```ts
 * import { WorkType } from "newsgraph";
 *
 * WorkType.parse("VideoObject");
 * ```
 */
export const WorkType: z.ZodEnum<{ [K in (typeof workTypes)[number]]: K }> = z.enum(workTypes);
/**
 * One of {@link workTypes}.
 *
 * @example
 * ```ts
 * import { WorkType } from "newsgraph";
 *
 * const type: WorkType = "SocialMediaPosting";
 * ```
 */
export type WorkType = z.output<typeof WorkType>;

const claimAppearanceShape = {
  /** Id of the article of the graph the claim appears in. */
  article: NodeId.optional(),
  /** The address of a work outside the graph it appears in: a post, a video, a page. */
  url: HttpUrl.optional(),
  /** What kind of work that is, by its schema.org type; `CreativeWork` when the source does not say. */
  type: WorkType.optional(),
  /** The work's title, as published. */
  name: z.string().min(1).optional(),
  /** Id of the actor who made the work. */
  author: NodeId.optional(),
  /** When the work was published. */
  datePublished: FuzzyDate.optional(),
  /** Whether this is where the claim first appeared (→ `firstAppearance`). */
  first: z.boolean().optional(),
};

const WORK_FIELDS = ["url", "type", "name", "author", "datePublished"] as const;

/**
 * A work a claim appears in (→ schema.org `appearance`, or `firstAppearance`): an article of the graph, by
 * its id, or a work outside the graph, by what the source says of it (its url, type, title, author, date).
 * Evidence spans say where in an article's text a claim is; an appearance says only that it is in the work.
 * @example
 * ```ts
 * import { ClaimAppearance } from "newsgraph";
 *
 * ClaimAppearance.parse({ url: "https://example.org/posts/1", type: "SocialMediaPosting", author: "ana" });
 * ```
 */
export const ClaimAppearance: z.ZodObject<typeof claimAppearanceShape, z.core.$strict> = z
  .strictObject(claimAppearanceShape)
  .check((ctx) => {
    const work = WORK_FIELDS.filter((field) => ctx.value[field] !== undefined);
    if (ctx.value.article !== undefined && work.length > 0) {
      reportIssue(
        ctx,
        "invalid_appearance",
        `expected an article of the graph or a work outside it, found both (article and ${work.join(", ")}); the article's own fields describe it`,
        [work[0] ?? "url"],
      );
    } else if (ctx.value.article === undefined && work.length === 0) {
      reportIssue(
        ctx,
        "invalid_appearance",
        "expected an article of the graph, or a work outside it described by its url, type, name, author or datePublished, found none of them",
        [],
      );
    }
  });
newsgraphRegistry.add(ClaimAppearance, {
  id: "ClaimAppearance",
  description: "A work a claim appears in: an article of the graph, or a work outside it.",
});
/**
 * A work a claim appears in.
 *
 * @example
 * ```ts
 * import { ClaimAppearance } from "newsgraph";
 *
 * const appearance: ClaimAppearance = { article: "kursk-opinion" };
 * ```
 */
export interface ClaimAppearance extends z.output<typeof ClaimAppearance> {}

const claimFields = {
  /** Unique id of the claim in the graph. */
  id: NodeId,
  /** Id of the actor who makes the claim. */
  claimant: NodeId,
  /** The claim in plain words, as a sentence that can be true or false. */
  statement: z.string().min(1),
  /** What the claimant does in making it: asserts, denies, estimates… */
  act: ClaimAct,
  /** The reporting verb as written: "confirmed", "has denied", "pledged". */
  cue: z.string().min(1).optional(),
  /** Whether the article quotes the claimant directly, paraphrases, or mixes both. */
  quoteType: QuoteType.optional(),
  /** When the claim was made. */
  date: FuzzyDate.optional(),
  /** Ids of the events, actors and places the claim is about. */
  about: z.array(NodeId).default([]),
  /** The figures the claim states. */
  quantities: z.array(Quantity).default([]),
  /** The claimant's own words, verbatim, when the article quotes them. */
  quote: z.string().min(1).optional(),
  /** Where the claim appears in articles. */
  evidence: z.array(TextSpan).default([]),
  /**
   * The works the claim appears in, beyond its evidence: articles of the graph that hold it where no span is
   * known, and works outside the graph (the post a fact-check reviews).
   */
  appearances: z.array(ClaimAppearance).default([]),
  /** Claims this claim supports, disputes, denies or qualifies. */
  responds: z.array(ClaimResponse).default([]),
  /** Id of the actor who relays the claim, when not the claimant: a news agency, an article's author. */
  reportedBy: NodeId.optional(),
  /** A fact-check verdict on the claim. */
  review: ClaimReview.optional(),
};

const claimShape = {
  ...claimFields,
  /** How the claim as a whole came to be in the data, when not simply stated. */
  provenance: Provenance.optional(),
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(claimFields).optional(),
};

/**
 * Something an actor says is so: who claims it (`claimant`), what (`statement`), how (`act`,
 * `cue`, `quote`), where it appears (`evidence`) and how it stands to other claims (`responds`).
 *
 * @example
 * ```ts
 * import { Claim } from "newsgraph";
 *
 * const claim = Claim.parse({
 *   id: "claim-nato-confirms-troops",
 *   claimant: "nato",
 *   statement: "North Korean troops are operating in Russia's Kursk region.",
 *   act: "confirms",
 *   cue: "confirmed",
 * });
 * claim.evidence; // []
 * ```
 */
export const Claim: z.ZodObject<typeof claimShape, z.core.$strict> = z.strictObject(claimShape);
newsgraphRegistry.add(Claim, {
  id: "Claim",
  description: "Something an actor says is so, with where it appears and how it relates to other claims.",
});

/**
 * A parsed claim.
 *
 * @example
 * ```ts
 * import { Claim } from "newsgraph";
 *
 * function whoSays(claim: Claim) { return claim.claimant; }
 * ```
 */
export interface Claim extends z.output<typeof Claim> {}
/**
 * A claim as written before parsing.
 *
 * @example
 * ```ts
 * import type { ClaimInput } from "newsgraph";
 *
 * const input: ClaimInput = { id: "c", claimant: "nato", statement: "…", act: "asserts" };
 * ```
 */
export interface ClaimInput extends z.input<typeof Claim> {}

export { claimActs, claimRelations, quoteTypes, workTypes };
