// Shared by the tests of checkPublishing: a checker that freezes its input, and complete documents of each
// type (Google's documented examples, rewritten) to spoil one property at a time.
import { expect } from "vitest";
import { checkPublishing, type PublishingFinding } from "../../../src/jsonld/publishing";

export type Json = Record<string, unknown>;

/** Freezes a value and everything in it, however deep (without recursion). */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) pending.push((next as Json)[key]);
  }
  return value;
}

/** Checks a frozen copy, so any attempt to write to the input fails the test. */
export function check(document: unknown): PublishingFinding[] {
  return checkPublishing(deepFreeze(document));
}

/** The rules of the findings, in order. */
export const rules = (document: unknown): string[] => check(document).map((finding) => finding.rule);

/** The one finding of a rule; fails unless there is exactly one. */
export function only(document: unknown, rule: string): PublishingFinding {
  const found = check(document).filter((finding) => finding.rule === rule);
  expect(found).toHaveLength(1);
  return found[0] as PublishingFinding;
}

export const person = { "@type": "Person", name: "Jane Doe", url: "https://example.org/people/jane" };

export const article = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "North Korean troops reported in Kursk",
  author: [person],
  datePublished: "2024-11-05T08:00:00+03:00",
  dateModified: "2024-11-06T09:20:00Z",
  image: ["https://example.org/photos/16x9.jpg"],
  ...overrides,
});

export const claimReview = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://example.org/fact-checks/kursk",
  claimReviewed: "No foreign troops are fighting in Kursk",
  author: { "@type": "Organization", name: "Example Checks", url: "https://example.org" },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "A. Speaker" },
    datePublished: "2024-11-05",
    appearance: { "@type": "CreativeWork", url: "https://example.net/interview" },
  },
  datePublished: "2024-11-07",
  reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
  ...overrides,
});

export const place = (overrides: Json = {}): Json => ({
  "@type": "Place",
  name: "Kursk Oblast",
  address: { "@type": "PostalAddress", addressRegion: "Kursk Oblast", addressCountry: "RU" },
  ...overrides,
});

export const event = (overrides: Json = {}): Json => ({
  "@context": "https://schema.org",
  "@type": "Event",
  name: "Incursion into Kursk Oblast",
  startDate: "2024-08-06T05:00:00+03:00",
  location: place(),
  ...overrides,
});
