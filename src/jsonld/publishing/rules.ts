// The ids of the publishing rules, and the shape of a finding.

/**
 * The stable ids of the rules {@link checkPublishing} applies, for filtering findings.
 *
 * Sources (Google Search Central's structured-data guides, https://developers.google.com/search/docs/appearance/
 * structured-data/ and the page named; docs/jsonld.md's table gives each rule's page):
 * - `article/*`: "Article (Article, NewsArticle, BlogPosting) structured data" (`article`), with its author
 *   markup best practices and image guidelines.
 * - `publisher/*`: the article's publisher, held to "Organization (Organization) structured data"
 *   (`organization`: url, logo of at least 112 × 112 pixels).
 * - `claim-review/*`: "Fact check (ClaimReview) structured data" (`factcheck`).
 * - `event/*`: "Event (Event) structured data" (`event`).
 * - `breadcrumb/*`: "Breadcrumb (BreadcrumbList) structured data" (`breadcrumb`).
 * - `paywall/*`: "Subscription and paywalled content structured data" (`paywalled-content`).
 * - `date/*`: the date properties of the Article, Fact check and Event pages (ISO 8601; how precise each
 *   page wants a date; time zones).
 * - `document/*`, `reference/*`: newsgraph's own, about input the other rules cannot read.
 *
 * @example
 * ```ts
 * import { checkPublishing, PUBLISHING_RULES } from "newsgraph/jsonld";
 *
 * declare const doc: unknown; // a JSON-LD document
 * const errorsOnly = checkPublishing(doc).filter((finding) => finding.rule !== "article/headline-length");
 * PUBLISHING_RULES.includes("event/location"); // true
 * ```
 */
export const PUBLISHING_RULES = [
  "document/shape",
  "document/unreadable",
  "document/depth",
  "reference/unresolved",
  "date/format",
  "date/precision",
  "date/time-zone",
  "article/headline",
  "article/headline-length",
  "article/author",
  "article/author-type",
  "article/author-name",
  "article/author-url",
  "article/date-published",
  "article/date-modified",
  "article/image",
  "article/image-url",
  "article/image-size",
  "article/image-ratios",
  "publisher/type",
  "publisher/name",
  "publisher/url",
  "publisher/logo",
  "publisher/logo-url",
  "publisher/logo-size",
  "claim-review/claim-reviewed",
  "claim-review/claim-reviewed-length",
  "claim-review/rating",
  "claim-review/rating-name",
  "claim-review/rating-number",
  "claim-review/rating-scale",
  "claim-review/url",
  "claim-review/author",
  "claim-review/date-published",
  "claim-review/item-reviewed",
  "claim-review/claim-author",
  "claim-review/claim-date-published",
  "claim-review/claim-appearance",
  "event/name",
  "event/start-date",
  "event/location",
  "event/location-address",
  "event/location-url",
  "breadcrumb/item-list",
  "breadcrumb/position",
  "breadcrumb/name",
  "breadcrumb/item",
  "paywall/has-part",
  "paywall/css-selector",
] as const;

/**
 * One of {@link PUBLISHING_RULES}.
 *
 * @example
 * ```ts
 * import type { PublishingRule } from "newsgraph/jsonld";
 *
 * const rule: PublishingRule = "claim-review/rating-scale";
 * ```
 */
export type PublishingRule = (typeof PUBLISHING_RULES)[number];

/**
 * One problem {@link checkPublishing} found.
 *
 * Severity follows Google's wording: `"error"` for a property Google marks *required* that is missing or
 * less precise than it must be (an Event's `startDate` of "2024-06"), and for any value that is present but
 * invalid (not ISO 8601, not a crawlable absolute URL, a rating outside its scale, a paywalled section
 * without a class selector); `"warning"` for a *recommended* property that is missing or imprecise, for
 * Google's advice (time zones, image sizes and aspect ratios, length of headlines and claims), and for `@id`
 * references the document does not define and nesting too deep to read (which cannot be checked).
 *
 * @example
 * ```ts
 * import type { PublishingFinding } from "newsgraph/jsonld";
 *
 * const finding: PublishingFinding = {
 *   severity: "warning",
 *   path: '$["@graph"][0].author[0].url',
 *   rule: "article/author-url",
 *   message: "the author of the NewsArticle has no url; Google recommends a link to a page that identifies the author",
 * };
 * ```
 */
export interface PublishingFinding {
  /** `"error"`: Google would not use the markup as is. `"warning"`: it would, but less well. */
  severity: "error" | "warning";
  /**
   * Where the problem is, as an RFC 9535 JSONPath query that selects the value in the input:
   * `$` is the document, `.name` a member with a plain name, `["@graph"]` any other member, `[0]` an array
   * element. A missing property's path names the property it should be at. For a node reached by an `@id`
   * reference, the path is where that node is defined.
   */
  path: string;
  /** A stable id from {@link PUBLISHING_RULES}. */
  rule: PublishingRule;
  /** What was found and what Google expects, in one sentence. */
  message: string;
}
