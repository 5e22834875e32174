// Claim (and the ClaimReviews of it) → Claim with its review.
import type { Claim, ClaimResponse, ClaimReview, Rating } from "../../model/claim";
import type { Quantity } from "../../model/quantity";
import type { Entry } from "./document";
import {
  entryAt,
  type Handler,
  type Importer,
  pathOf,
  peekText,
  reference,
  take,
  takeOne,
  takeText,
  typingOf,
  valueNode,
} from "./importer";
import { describe, sameJson } from "./json";
import { fieldProvenance, type Inferred, infer } from "./provenance";
import { readQuantity } from "./quantity";
import { readDate, readNumber, readText, readUrl } from "./values";

/** The statement of a claim: its `text`, else its `name`, else the `claimReviewed` of a review of it. */
function statementOf(importer: Importer, entry: Entry): string | undefined {
  const reviews = importer.reviews.get(entry) ?? [];
  return (
    peekText(entry, "text") ??
    peekText(entry, "name") ??
    reviews.map((review) => peekText(review, "claimReviewed")).find((text) => text !== undefined)
  );
}

// The same sources as `statementOf`, in the same order, read and reported.
function readStatement(importer: Importer, entry: Entry, inferred: Inferred): string {
  let statement = takeText(importer, entry, "text", "the claim's text")?.value;
  if (statement === undefined) {
    // With a text, the name is left unread and so reported as not mapped.
    statement = takeText(importer, entry, "name", "the claim's name")?.value;
    if (statement !== undefined) {
      const note = "the claim has no text; its name is taken as the statement";
      importer.warn(pathOf(entry, "text"), note);
      infer(inferred, "statement", note);
    }
  }
  for (const review of importer.reviews.get(entry) ?? []) {
    for (const located of take(review, "claimReviewed")) {
      const reviewed = readText(located, "the claimReviewed", importer.warn);
      if (reviewed === undefined || reviewed === statement) continue;
      if (statement === undefined) statement = reviewed;
      else
        importer.warn(
          located.path,
          `the claimReviewed differs from the claim's statement ${describe(statement)}; not mapped`,
        );
    }
  }
  // `missing` has made sure that one of the sources holds text.
  return statement ?? "";
}

function readRating(importer: Importer, rating: Entry, inferred: Inferred): Rating | undefined {
  const number = (name: string): number | undefined => {
    const at = takeOne(importer, rating, name);
    return at && readNumber(at, `the ${name}`, importer.warn);
  };
  const value = number("ratingValue");
  let best = number("bestRating");
  let worst = number("worstRating");
  if (value === undefined) {
    if (best !== undefined || worst !== undefined)
      importer.warn(rating.path, "the rating has a scale but no ratingValue; the scale is not mapped");
    return undefined;
  }
  if (best === undefined || worst === undefined) {
    const note = `the rating scale is not fully stated; schema.org's defaults (bestRating 5, worstRating 1) fill the gap`;
    importer.warn(rating.path, note);
    infer(inferred, "review", note);
    best ??= 5;
    worst ??= 1;
  }
  if (worst >= best || value < worst || value > best) {
    importer.warn(
      rating.path,
      `the ratingValue ${value} is not on a scale from ${worst} to ${best}; the numeric rating is dropped`,
    );
    return undefined;
  }
  return { value, best, worst };
}

function readReview(importer: Importer, review: Entry, inferred: Inferred): ClaimReview | undefined {
  const reviewerAt = takeOne(importer, review, "author");
  const reviewer =
    reviewerAt &&
    reference(importer, reviewerAt, {
      what: "the review's author",
      kinds: ["actor"],
      assume: "Organization",
      names: true,
    });
  const ratingAt = takeOne(importer, review, "reviewRating");
  const rating = ratingAt && valueNode(importer, ratingAt, "rating", "Rating", "the reviewRating");
  let verdict: string | undefined;
  let numeric: Rating | undefined;
  if (rating === null && ratingAt !== undefined)
    importer.warn(ratingAt.path, `expected a Rating, found ${describe(ratingAt.value)}; dropped`);
  if (rating) {
    for (const name of ["alternateName", "name"]) {
      const text = takeText(importer, rating, name, `the rating's ${name}`);
      if (text === undefined) continue;
      if (verdict === undefined) verdict = text.value;
      else if (text.value !== verdict)
        importer.warn(text.path, `the verdict is read from the alternateName; this ${name} is not mapped`);
    }
    numeric = readRating(importer, rating, inferred);
  }
  const dateAt = takeOne(importer, review, "datePublished");
  const date = dateAt && readDate(dateAt, "the review's datePublished", importer.warn);
  if (date?.inferred !== undefined) infer(inferred, "review", date.inferred);
  let url: string | undefined;
  const urlAt = takeOne(importer, review, "url");
  if (urlAt !== undefined) url = readUrl(urlAt, "the review's url", importer.urlBase, importer.warn);
  else if (importer.baseUrl !== undefined) {
    const note = "the review's url is not stated; the baseUrl option is taken as its address";
    importer.warn(pathOf(review, "url"), note);
    infer(inferred, "review", note);
    url = importer.baseUrl;
  }
  const lacking = [
    reviewer === undefined && "an author (the reviewer)",
    verdict === undefined && "a verdict (reviewRating.alternateName)",
    url === undefined && "a url",
  ].filter((item): item is string => item !== false);
  if (reviewer === undefined || verdict === undefined || url === undefined) {
    importer.warn(
      review.path,
      `the ClaimReview is not imported: it lacks ${lacking.join(" and ")}, which the model requires`,
    );
    return undefined;
  }
  return {
    reviewer: reviewer.id,
    verdict,
    ...(numeric && { rating: numeric }),
    ...(date && { date: date.value }),
    url,
  };
}

function readQuote(importer: Importer, entry: Entry): string | undefined {
  let quote: string | undefined;
  for (const located of take(entry, "isBasedOn")) {
    const found = entryAt(importer, located);
    const typing = found === undefined || found === "dangling" ? null : typingOf(importer, found);
    if (found === undefined || found === "dangling" || typing?.family !== "quotation") {
      if (found !== "dangling")
        importer.warn(located.path, "the claim isBasedOn something other than a Quotation; not mapped");
      continue;
    }
    found.read = "read";
    const text = takeText(importer, found, "text", "the quotation's text")?.value;
    if (text === undefined) continue;
    const author = found.properties.get("author");
    const claimant = entry.properties.get("author");
    if (author !== undefined && claimant !== undefined && sameJson(author.value, claimant.value))
      author.consumed = true;
    if (quote === undefined) quote = text;
    else importer.warn(located.path, "only one quotation is kept; this one is not mapped");
  }
  return quote;
}

/** Maps Claim nodes, with the ClaimReviews of them, onto claims. @internal */
export const claimHandler: Handler = {
  idSources: (importer, entry) => {
    const statement = statementOf(importer, entry);
    return { name: statement === undefined ? undefined : `claim ${statement}` };
  },
  missing: (importer, entry) => {
    if (statementOf(importer, entry) === undefined) {
      return "it has no text (nor name, nor a review's claimReviewed), which the model requires as the statement";
    }
    const at = takeOne(importer, entry, "author");
    if (at === undefined) return "it has no author, and the model requires a claimant (who makes the claim)";
    const claimant = reference(importer, at, {
      what: "the claim's author",
      kinds: ["actor"],
      assume: "Person",
      names: true,
    });
    if (claimant === undefined) return "its author could not be imported, and the model requires a claimant";
    importer.claimants.set(entry, claimant.id);
    return undefined;
  },
  map: (importer, entry, _typing, id) => {
    const inferred: Inferred = {};
    const claimant = importer.claimants.get(entry) ?? "";
    const statement = readStatement(importer, entry, inferred);
    const actNote =
      'schema.org does not say what the claimant does in making a claim; the act "asserts" is assumed';
    importer.warn(entry.path, actNote);
    infer(inferred, "act", actNote);
    const dateAt = takeOne(importer, entry, "datePublished");
    const date = dateAt && readDate(dateAt, "the claim's datePublished", importer.warn);
    if (date?.inferred !== undefined) infer(inferred, "date", date.inferred);
    const about: string[] = [];
    const responds: ClaimResponse[] = [];
    for (const located of take(entry, "about")) {
      const subject = reference(importer, located, {
        what: "the claim's about",
        kinds: ["actor", "event", "place", "claim"],
      });
      if (subject === undefined) continue;
      if (subject.kind !== "claim") {
        about.push(subject.id);
      } else if (subject.id === id) {
        importer.warn(located.path, "the claim is about itself; not mapped");
      } else responds.push({ claim: subject.id, relation: "qualifies" });
    }
    if (responds.length > 0) {
      const note =
        'a claim about another claim is taken to respond to it; schema.org does not say how, so "qualifies" is assumed';
      importer.warn(pathOf(entry, "about"), note);
      infer(inferred, "responds", note);
    }
    const quantities: Quantity[] = take(entry, "mentions").flatMap(
      (located) => readQuantity(importer, located, "the claim's mentions") ?? [],
    );
    for (const name of ["appearance", "firstAppearance"]) {
      for (const located of take(entry, name)) {
        const article = reference(importer, located, { what: `the ${name}`, kinds: ["article"] });
        if (article !== undefined) {
          importer.warn(
            located.path,
            `the ${name} is imported as an article, but the link is not kept: the model ties claims to articles only through evidence spans (offsets in the article's text), which the JSON-LD does not give`,
          );
        }
      }
    }
    const quote = readQuote(importer, entry);
    let review: ClaimReview | undefined;
    for (const reviewEntry of importer.reviews.get(entry) ?? []) {
      const read = readReview(importer, reviewEntry, inferred);
      if (read === undefined) continue;
      if (review === undefined) review = read;
      else
        importer.warn(
          reviewEntry.path,
          "the model keeps one review per claim; this further ClaimReview is not mapped",
        );
    }
    const claim: Claim = {
      id,
      claimant,
      statement,
      act: "asserts",
      ...(date && { date: date.value }),
      about,
      quantities,
      ...(quote && { quote }),
      evidence: [],
      responds,
      ...(review && { review }),
      ...fieldProvenance<Claim["fieldProvenance"]>(inferred),
    };
    importer.collections.claims.push(claim);
  },
};
