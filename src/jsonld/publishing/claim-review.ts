// ClaimReview (Fact check docs): claimReviewed, reviewRating and url are required; author (the fact-checker,
// a Person or Organization), datePublished and itemReviewed (a Claim) are recommended, and so are the Claim's
// author (who made the claim), datePublished (when) and appearance or firstAppearance (where). Rating:
// alternateName is required; ratingValue, bestRating and worstRating are needed for a numeric rating, with
// worstRating at least 1, worstRating < bestRating and ratingValue between the two.
import { checkAgent } from "./author";
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { checkDate } from "./date";
import { type NodeAt, types, values } from "./document";
import type { PublishingRule } from "./rules";
import { describe, type Located, length, member, numeric, show, text } from "./values";

// Fact check docs: "Try to keep this less than 75 characters".
const CLAIM_LIMIT = 75;

/** Checks a ClaimReview. @internal */
export function checkClaimReview(context: Context, at: NodeAt): void {
  const { graph, report } = context;
  if (!hasText(context, at, "claimReviewed")) {
    report({
      severity: "error",
      path: member(at.path, "claimReviewed"),
      rule: "claim-review/claim-reviewed",
      message: "the ClaimReview has no claimReviewed text; Google requires a short summary of the claim",
    });
  }
  for (const claim of values(graph, at, "claimReviewed")) {
    const value = text(claim.value);
    if (value !== undefined && length(value) >= CLAIM_LIMIT) {
      report({
        severity: "warning",
        path: claim.path,
        rule: "claim-review/claim-reviewed-length",
        message: `claimReviewed has ${length(value)} characters; Google recommends fewer than ${CLAIM_LIMIT}`,
      });
    }
  }

  const ratings = expectValues(context, at, "reviewRating", {
    severity: "error",
    rule: "claim-review/rating",
    message: "the ClaimReview has no reviewRating; Google requires one",
  });
  for (const rating of ratings) checkRating(context, rating);

  const urls = expectValues(context, at, "url", {
    severity: "error",
    rule: "claim-review/url",
    message: "the ClaimReview has no url; Google requires the address of the page with the full fact check",
  });
  for (const url of urls) checkUrl(context, url, "claim-review/url", "the url of the ClaimReview");

  checkMaker(context, at, {
    owner: "ClaimReview",
    author: "claim-review/author",
    date: "claim-review/date-published",
    who: "the fact-checker, a Person or Organization with a name",
    when: "the date the fact check was published",
  });

  const items = expectValues(context, at, "itemReviewed", {
    severity: "warning",
    rule: "claim-review/item-reviewed",
    message: "the ClaimReview has no itemReviewed; Google recommends the Claim it reviews",
  });
  for (const item of items) checkClaim(context, item);
}

/** Whose work a node is and when it was published, with the rules and words of each. */
interface Maker {
  /** How messages name the node. */
  owner: string;
  author: PublishingRule;
  date: PublishingRule;
  /** What Google recommends for the author, and for the date, in words. */
  who: string;
  when: string;
}

/** Checks the author (a Person or Organization with a name) and datePublished (a full date) of a node. */
function checkMaker(context: Context, at: NodeAt, { owner, author, date, who, when }: Maker): void {
  const authors = expectValues(context, at, "author", {
    severity: "warning",
    rule: author,
    message: `the ${owner} has no author; Google recommends ${who}`,
  });
  for (const found of authors)
    checkAgent(context, found, { type: author, name: author, what: `the author of the ${owner}` });
  const dates = expectValues(context, at, "datePublished", {
    severity: "warning",
    rule: date,
    message: `the ${owner} has no datePublished; Google recommends ${when}`,
  });
  for (const found of dates)
    checkDate(context, owner, "datePublished", found, { precision: "day", severity: "warning" });
}

/** The Claim a ClaimReview reviews: who made it, when, and where it appeared. */
function checkClaim(context: Context, item: Located): void {
  const what = "the itemReviewed of the ClaimReview";
  const claim = follow(context, item, what);
  if (claim === "unresolved") return;
  if (claim === undefined) {
    context.report({
      severity: "warning",
      path: item.path,
      rule: "claim-review/item-reviewed",
      message: `${what} is ${describe(item.value)}; Google expects a Claim`,
    });
    return;
  }
  const found = [...types(context.graph, claim)];
  if (!found.includes("Claim")) {
    context.report({
      severity: "warning",
      path: member(claim.path, "@type"),
      rule: "claim-review/item-reviewed",
      message: `${what} is ${found.length === 0 ? "untyped" : `a ${found.join("/")}`}; Google expects a Claim`,
    });
  }
  checkMaker(context, claim, {
    owner: "Claim reviewed",
    author: "claim-review/claim-author",
    date: "claim-review/claim-date-published",
    who: "who made the claim",
    when: "the date it was made",
  });
  const appearances = [
    ...values(context.graph, claim, "appearance"),
    ...values(context.graph, claim, "firstAppearance"),
  ];
  if (appearances.length === 0) {
    context.report({
      severity: "warning",
      path: member(claim.path, "appearance"),
      rule: "claim-review/claim-appearance",
      message:
        "the Claim reviewed has neither appearance nor firstAppearance; Google recommends one of them: where the claim was made",
    });
  }
}

function checkRating(context: Context, rating: Located): void {
  const { graph, report } = context;
  const resolved = follow(context, rating, "the reviewRating");
  if (resolved === "unresolved") return;
  if (resolved === undefined) {
    report({
      severity: "error",
      path: rating.path,
      rule: "claim-review/rating",
      message: `the reviewRating is ${describe(rating.value)}; Google requires a Rating with an alternateName`,
    });
    return;
  }
  if (!hasText(context, resolved, "alternateName")) {
    report({
      severity: "error",
      path: member(resolved.path, "alternateName"),
      rule: "claim-review/rating-name",
      message:
        'the reviewRating has no alternateName; Google requires the rating as a short phrase, e.g. "Mostly false"',
    });
  }
  const scale = (["ratingValue", "bestRating", "worstRating"] as const).map((key) => {
    const [first] = values(graph, resolved, key);
    return { key, found: first, number: first === undefined ? undefined : numeric(first.value) };
  });
  if (scale.every(({ found }) => found === undefined)) return;
  for (const { key, found, number } of scale) {
    if (found === undefined) {
      report({
        severity: "error",
        path: member(resolved.path, key),
        rule: "claim-review/rating-scale",
        message: `the reviewRating has no ${key}; Google requires ratingValue, bestRating and worstRating for a numeric rating`,
      });
    } else if (number === undefined) {
      report({
        severity: "error",
        path: found.path,
        rule: "claim-review/rating-number",
        message: `${key} is ${show(found.value)}, not a number`,
      });
    }
  }
  const [value, best, worst] = scale;
  if (value?.number === undefined || best?.number === undefined || worst?.number === undefined) return;
  if (worst.number < 1) {
    report({
      severity: "error",
      path: worst.found?.path ?? resolved.path,
      rule: "claim-review/rating-scale",
      message: `worstRating is ${worst.number}; Google's minimum is 1`,
    });
  }
  if (worst.number >= best.number) {
    report({
      severity: "error",
      path: best.found?.path ?? resolved.path,
      rule: "claim-review/rating-scale",
      message: `bestRating (${best.number}) must be greater than worstRating (${worst.number})`,
    });
  } else if (value.number < worst.number || value.number > best.number) {
    report({
      severity: "error",
      path: value.found?.path ?? resolved.path,
      rule: "claim-review/rating-scale",
      message: `ratingValue ${value.number} is outside the scale ${worst.number}–${best.number}`,
    });
  }
}
