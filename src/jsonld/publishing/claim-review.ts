// ClaimReview (Fact check docs): claimReviewed, reviewRating and url are required; author (the fact-checker,
// a Person or Organization), datePublished and itemReviewed (a Claim) are recommended, and so are the Claim's
// author (who made the claim), datePublished (when) and appearance or firstAppearance (where). Rating:
// alternateName is required; ratingValue, bestRating and worstRating are needed for a numeric rating, with
// worstRating at least 1, worstRating < bestRating and ratingValue between the two.
import { checkAgent } from "./author";
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { checkDate } from "./date";
import { type NodeAt, types, values } from "./document";
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

  const authors = expectValues(context, at, "author", {
    severity: "warning",
    rule: "claim-review/author",
    message:
      "the ClaimReview has no author; Google recommends the fact-checker, a Person or Organization with a name",
  });
  for (const author of authors) {
    checkAgent(context, author, {
      type: "claim-review/author",
      name: "claim-review/author",
      what: "the author of the ClaimReview",
    });
  }

  const dates = expectValues(context, at, "datePublished", {
    severity: "warning",
    rule: "claim-review/date-published",
    message: "the ClaimReview has no datePublished; Google recommends the date the fact check was published",
  });
  for (const date of dates) {
    checkDate(context, "ClaimReview", "datePublished", date, { precision: "day", severity: "warning" });
  }

  const items = expectValues(context, at, "itemReviewed", {
    severity: "warning",
    rule: "claim-review/item-reviewed",
    message: "the ClaimReview has no itemReviewed; Google recommends the Claim it reviews",
  });
  for (const item of items) checkClaim(context, item);
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
  const authors = expectValues(context, claim, "author", {
    severity: "warning",
    rule: "claim-review/claim-author",
    message: "the Claim reviewed has no author; Google recommends who made the claim",
  });
  for (const author of authors) {
    checkAgent(context, author, {
      type: "claim-review/claim-author",
      name: "claim-review/claim-author",
      what: "the author of the Claim reviewed",
    });
  }
  const dates = expectValues(context, claim, "datePublished", {
    severity: "warning",
    rule: "claim-review/claim-date-published",
    message: "the Claim reviewed has no datePublished; Google recommends the date it was made",
  });
  for (const date of dates) {
    checkDate(context, "Claim reviewed", "datePublished", date, { precision: "day", severity: "warning" });
  }
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
