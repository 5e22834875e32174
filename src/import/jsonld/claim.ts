// Claim (and the ClaimReviews of it) → Claim with its review.
import type { Claim, ClaimAppearance, ClaimResponse, ClaimReview, Rating, WorkType } from "../../model/claim";
import type { Quantity } from "../../model/quantity";
import { workTypes } from "../../model/vocabulary";
import { type Entry, isReference } from "./document";
import {
  aOrAn,
  entryAt,
  type Handler,
  type Importer,
  pathOf,
  peekText,
  reference,
  resolveIri,
  take,
  takeNumber,
  takeOne,
  takeText,
  typingOf,
  valueNode,
} from "./importer";
import { describe, isObject, sameJson } from "./json";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { readQuantity } from "./quantity";
import { readDate, readText, readUrl } from "./values";

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
  const mark = marker(inferred, "statement");
  let statement = takeText(importer, entry, "text", "the claim's text", mark)?.value;
  if (statement === undefined) {
    // With a text, the name is left unread and so reported as not mapped.
    statement = takeText(importer, entry, "name", "the claim's name", mark)?.value;
    if (statement !== undefined) {
      const note = "the claim has no text; its name is taken as the statement";
      importer.warn(pathOf(entry, "text"), note);
      infer(inferred, "statement", note);
    }
  }
  for (const review of importer.reviews.get(entry) ?? []) {
    for (const located of take(review, "claimReviewed")) {
      const reviewed = readText(located, "the claimReviewed", importer.warn, mark);
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
  const value = takeNumber(importer, rating, "ratingValue");
  let best = takeNumber(importer, rating, "bestRating");
  let worst = takeNumber(importer, rating, "worstRating");
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
      const text = takeText(importer, rating, name, `the rating's ${name}`, marker(inferred, "review"));
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
  else if ((importer.pageUrl ?? importer.baseUrl) !== undefined) {
    const note = `the review's url is not stated; ${importer.names.address} is taken as its address`;
    importer.warn(pathOf(review, "url"), note);
    infer(inferred, "review", note);
    url = importer.pageUrl ?? importer.baseUrl;
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

function readQuote(importer: Importer, entry: Entry, inferred: Inferred): string | undefined {
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
    const text = takeText(importer, found, "text", "the quotation's text", marker(inferred, "quote"))?.value;
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

const WORK_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(workTypes);

/**
 * A work outside the graph that a claim appears in, from the node that describes it: its url, type, name
 * (or headline), author and datePublished; the rest of the node is reported as not mapped.
 */
function readWork(importer: Importer, work: Entry, inferred: Inferred): ClaimAppearance | undefined {
  work.read = "read";
  const appearance: ClaimAppearance = {};
  const urlAt = takeOne(importer, work, "url");
  const url = urlAt && readUrl(urlAt, "the work's url", importer.urlBase, importer.warn);
  if (url !== undefined) appearance.url = url;
  const type = [...work.types].find((name) => WORK_TYPES.has(name));
  if (type !== undefined) appearance.type = type as WorkType;
  else if (work.types.size > 0)
    importer.warn(
      `${work.path}["@type"]`,
      `the work's type ${[...work.types].join(", ")} is not one the model keeps for a work a claim appears in; it is kept as a work of no stated type`,
    );
  const name =
    takeText(importer, work, "name", "the work's name", marker(inferred, "appearances")) ??
    takeText(importer, work, "headline", "the work's headline", marker(inferred, "appearances"));
  if (name !== undefined) appearance.name = name.value;
  const authorAt = takeOne(importer, work, "author");
  const author =
    authorAt &&
    reference(importer, authorAt, {
      what: "the work's author",
      kinds: ["actor"],
      assume: "Person",
      names: true,
    });
  if (author !== undefined) appearance.author = author.id;
  const dateAt = takeOne(importer, work, "datePublished");
  const date = dateAt && readDate(dateAt, "the work's datePublished", importer.warn);
  if (date !== undefined) appearance.datePublished = date.value;
  if (date?.inferred !== undefined) infer(inferred, "appearances", date.inferred);
  if (Object.keys(appearance).length === 0) {
    importer.warn(
      work.path,
      "the work says nothing the model keeps (url, type, name, author, datePublished); dropped",
    );
    return undefined;
  }
  return appearance;
}

/**
 * Whether an appearance is an article of the document: a node given in its own right (at the top, or with an
 * `@id`) or written in place with a headline, that can be imported. Anything else is a work outside the graph:
 * newsgraph writes those in place, with a `name`.
 */
function isArticleNode(importer: Importer, entry: Entry): boolean {
  const typing = typingOf(importer, entry);
  return (
    typing?.family === "article" &&
    (entry.topLevel || entry.iri !== undefined || entry.properties.has("headline")) &&
    importer.handlers.article.missing(importer, entry, typing) === undefined
  );
}

/**
 * The works a claim appears in (`appearance`, and `firstAppearance`, which marks the first): articles of the
 * document by reference, and the works outside it that are described in place, or named by a URL or an
 * `@id` that no node of the document has.
 */
function readAppearances(importer: Importer, entry: Entry, inferred: Inferred): ClaimAppearance[] {
  const appearances: ClaimAppearance[] = [];
  const add = (appearance: ClaimAppearance, first: boolean): void => {
    const known =
      appearance.article === undefined
        ? undefined
        : appearances.find((item) => item.article === appearance.article);
    if (known !== undefined) {
      if (first) known.first = true;
    } else appearances.push(first ? { ...appearance, first: true } : appearance);
  };
  // In the order written, so that the appearances keep their order.
  const names = [...entry.properties.keys()].filter(
    (name) => name === "appearance" || name === "firstAppearance",
  );
  for (const name of names) {
    const first = name === "firstAppearance";
    for (const located of take(entry, name)) {
      const { value } = located;
      const iri =
        typeof value === "string" ? value : isObject(value) && isReference(value) ? value["@id"] : undefined;
      const named =
        typeof iri === "string" ? importer.document.byIri.get(resolveIri(importer, iri)) : undefined;
      if (typeof iri === "string" && named === undefined) {
        // A work that the document names but does not describe.
        const url = readUrl(
          { value: iri, path: located.path },
          `the ${name}`,
          importer.urlBase,
          importer.warn,
        );
        if (url !== undefined) add({ url }, first);
        continue;
      }
      const found = named ?? entryAt(importer, located);
      if (found === undefined || found === "dangling") {
        importer.warn(
          located.path,
          `expected a work or an { "@id" } reference for the ${name}, found ${describe(value)}; dropped`,
        );
        continue;
      }
      if (isArticleNode(importer, found)) {
        const article = reference(importer, located, { what: `the ${name}`, kinds: ["article"] });
        if (article !== undefined) add({ article: article.id }, first);
        continue;
      }
      const typing = typingOf(importer, found);
      if (typing !== null && typing.family !== "article" && !WORK_TYPES.has(typing.type)) {
        importer.warn(located.path, `the ${name} cannot be ${aOrAn(typing.type)}; dropped`);
        if (found.read === false) found.read = "reported";
        continue;
      }
      const work = readWork(importer, found, inferred);
      if (work !== undefined) add(work, first);
    }
  }
  return appearances;
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
    const made = importer.madeClaims.get(entry);
    if (made !== undefined) {
      infer(inferred, "claimant", made);
      infer(inferred, "appearances", made);
    }
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
      (located) =>
        readQuantity(importer, located, "the claim's mentions", marker(inferred, "quantities")) ?? [],
    );
    const appearances = readAppearances(importer, entry, inferred);
    const quote = readQuote(importer, entry, inferred);
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
      appearances,
      responds,
      ...(review && { review }),
      ...fieldProvenance<Claim["fieldProvenance"]>(inferred),
    };
    importer.collections.claims.push(claim);
  },
};
