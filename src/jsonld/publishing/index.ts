import { wordSet } from "../word-set";

/**
 * The stable ids of the rules {@link checkPublishing} applies, for filtering findings.
 *
 * Sources (Google Search Central structured-data documentation; each rule's wording is cited beside it):
 * - `article/*`: "Article (Article, NewsArticle, BlogPosting) structured data",
 *   https://developers.google.com/search/docs/appearance/structured-data/article
 * - `claim-review/*`: "Fact check (ClaimReview) structured data",
 *   https://developers.google.com/search/docs/appearance/structured-data/factcheck
 * - `event/*`: "Event (Event) structured data",
 *   https://developers.google.com/search/docs/appearance/structured-data/event
 * - `date/*`: the date properties of all three pages (ISO 8601, time zone recommended).
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
  "reference/unresolved",
  "date/format",
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
  "claim-review/claim-reviewed",
  "claim-review/claim-reviewed-length",
  "claim-review/rating",
  "claim-review/rating-name",
  "claim-review/rating-number",
  "claim-review/rating-scale",
  "claim-review/url",
  "claim-review/author",
  "claim-review/item-reviewed",
  "event/name",
  "event/start-date",
  "event/location",
  "event/location-address",
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
 * Severity follows Google's wording: `"error"` for a property Google marks *required* that is missing, and
 * for any value that is present but invalid (not ISO 8601, not an absolute URL, a rating outside its
 * scale); `"warning"` for a *recommended* property that is missing, for Google's advice (time zones,
 * length of headlines and claims) and for `@id` references the document does not define (which cannot be
 * checked).
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

type JsonObject = Record<string, unknown>;
interface Located {
  value: unknown;
  path: string;
}
interface Graph {
  nodes: { node: JsonObject; path: string }[];
  byId: Map<string, { node: JsonObject; path: string }[]>;
}
type Report = (
  severity: PublishingFinding["severity"],
  path: string,
  rule: PublishingRule,
  message: string,
) => void;

// schema.org 30.0: Article and all its subclasses; Event and all its subclasses (a test keeps these in step
// with the vocabulary). The rules apply to the subtypes too.
const ARTICLE_TYPES = /* @__PURE__ */ wordSet(
  "Article AdvertiserContentArticle NewsArticle AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle " +
    "OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle Report SatiricalArticle ScholarlyArticle " +
    "MedicalScholarlyArticle SocialMediaPosting BlogPosting LiveBlogPosting DiscussionForumPosting TechArticle " +
    "APIReference",
);
const EVENT_TYPES = /* @__PURE__ */ wordSet(
  "Event BusinessEvent ChildrensEvent ComedyEvent ConferenceEvent CourseInstance DanceEvent DeliveryEvent " +
    "EducationEvent EventSeries ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent " +
    "PerformingArtsEvent PublicationEvent BroadcastEvent OnDemandEvent SaleEvent ScreeningEvent SocialEvent " +
    "SportsEvent TheaterEvent VisualArtsEvent UserInteraction UserBlocks UserCheckins UserComments UserDownloads " +
    "UserLikes UserPageVisits UserPlays UserPlusOnes UserTweets",
);
const NOT_A_PLACE = new Set(["VirtualLocation", "PostalAddress"]);

// Article docs: long headlines may be truncated; 110 characters is the limit Google's older Article docs set.
const HEADLINE_LIMIT = 110;
// Fact check docs: "Try to keep this less than 75 characters".
const CLAIM_LIMIT = 75;

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

const member = (path: string, key: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null;

const own = (node: JsonObject, key: string): unknown => (Object.hasOwn(node, key) ? node[key] : undefined);

const idOf = (node: JsonObject): string | undefined => {
  const id = own(node, "@id");
  return typeof id === "string" ? id : undefined;
};

const isReference = (node: JsonObject): boolean => idOf(node) !== undefined && Object.keys(node).length === 1;

const typeName = (type: string): string => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, "");

const text = (value: unknown): string | undefined => {
  const literal = isObject(value) && Object.hasOwn(value, "@value") ? own(value, "@value") : value;
  return typeof literal === "string" && literal.trim() !== "" ? literal : undefined;
};

const isAbsoluteUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && value === value.trim();
  } catch {
    return false;
  }
};

const length = (value: string): number => [...value].length;

const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : isObject(value)
        ? "an object"
        : `a ${typeof value}`;

/** A value as it appears in a message: strings quoted, numbers and booleans as written, others described. */
const show = (value: unknown): string =>
  typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : describe(value);

function collect(document: unknown): Graph {
  const graph: Graph = { nodes: [], byId: new Map() };
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: string): void => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value[index], `${path}[${index}]`);
      return;
    }
    if (Object.hasOwn(value, "@value")) return;
    const located = { node: value, path };
    graph.nodes.push(located);
    const id = idOf(value);
    if (id !== undefined && !isReference(value)) {
      const same = graph.byId.get(id);
      if (same === undefined) graph.byId.set(id, [located]);
      else same.push(located);
    }
    for (const key of Object.keys(value)) if (key !== "@context") visit(value[key], member(path, key));
  };
  visit(document, "$");
  return graph;
}

/** The definitions of a node: itself, plus every other node object in the document with the same `@id`. */
function definitions(graph: Graph, node: JsonObject, path: string): { node: JsonObject; path: string }[] {
  const id = idOf(node);
  const others = id === undefined ? [] : (graph.byId.get(id) ?? []);
  return others.some((other) => other.node === node) ? others : [{ node, path }, ...others];
}

/** All values of a property across a node's definitions, arrays flattened, each with its path. */
function values(graph: Graph, node: JsonObject, path: string, key: string): Located[] {
  return definitions(graph, node, path).flatMap((definition) => {
    const value = own(definition.node, key);
    const at = member(definition.path, key);
    if (value === undefined || value === null) return [];
    return Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: `${at}[${index}]` }))
      : [{ value, path: at }];
  });
}

function types(graph: Graph, node: JsonObject, path: string): Set<string> {
  return new Set(
    values(graph, node, path, "@type")
      .map(({ value }) => value)
      .filter((type): type is string => typeof type === "string")
      .map(typeName),
  );
}

type Resolved = { node: JsonObject; path: string } | { unresolved: string } | undefined;

/**
 * The node a value stands for: a nested node as is, an `{ "@id" }` reference followed to the node the
 * document defines (or `{ unresolved: id }`), anything else `undefined`.
 */
function resolve(graph: Graph, { value, path }: Located): Resolved {
  if (!isObject(value) || Array.isArray(value)) return undefined;
  const id = idOf(value);
  if (id === undefined || !isReference(value)) return { node: value, path };
  return graph.byId.get(id)?.[0] ?? { unresolved: id };
}

// All three pages: dates in ISO 8601; Article: "we recommend that you provide timezone information";
// a date alone (no time) needs no zone.
function checkDate(report: Report, owner: string, key: string, { value, path }: Located): void {
  const literal = isObject(value) && Object.hasOwn(value, "@value") ? own(value, "@value") : value;
  const match = typeof literal === "string" ? DATE.exec(literal) : null;
  const [, year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = match ?? [];
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const daysInMonth =
    Number(month) === 2 ? (leap ? 29 : 28) : 30 + ((Number(month) + Math.floor(Number(month) / 8)) % 2);
  const valid =
    match !== null &&
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour ?? 0) <= 23 &&
    Number(minute ?? 0) <= 59 &&
    Number(second ?? 0) <= 60 &&
    Number(zoneHour ?? 0) <= 23 &&
    Number(zoneMinute ?? 0) <= 59;
  if (!valid) {
    report(
      "error",
      path,
      "date/format",
      `${key} of the ${owner} is ${show(literal)}, not an ISO 8601 date or ` +
        "date-time (e.g. 2024-01-05 or 2024-01-05T08:00:00+08:00)",
    );
  } else if (hour !== undefined && zone === undefined) {
    report(
      "warning",
      path,
      "date/time-zone",
      `${key} of the ${owner} (${literal}) has a time but no time zone; Google recommends an offset such as ` +
        "+08:00 or Z, and otherwise assumes a time zone of its own",
    );
  }
}

// Article: Google lists no required properties; author, author.name, author.url, datePublished,
// dateModified, headline and image are recommended.
function checkArticle(graph: Graph, report: Report, node: JsonObject, path: string, type: string): void {
  const headlines = values(graph, node, path, "headline");
  if (headlines.length === 0) {
    report(
      "warning",
      member(path, "headline"),
      "article/headline",
      `the ${type} has no headline; Google recommends one`,
    );
  }
  for (const headline of headlines) {
    const value = text(headline.value);
    if (value === undefined) {
      report(
        "error",
        headline.path,
        "article/headline",
        `the headline of the ${type} is ${describe(headline.value)}, not text`,
      );
    } else if (length(value) > HEADLINE_LIMIT) {
      report(
        "warning",
        headline.path,
        "article/headline-length",
        `the headline of the ${type} has ${length(value)} characters; Google recommends a concise title, as long ` +
          `ones may be truncated (more than ${HEADLINE_LIMIT} is flagged)`,
      );
    }
  }

  const authors = values(graph, node, path, "author");
  if (authors.length === 0) {
    report(
      "warning",
      member(path, "author"),
      "article/author",
      `the ${type} has no author; Google recommends one`,
    );
  }
  for (const author of authors) {
    const resolved = resolve(graph, author);
    if (resolved !== undefined && "unresolved" in resolved) {
      report(
        "warning",
        author.path,
        "reference/unresolved",
        `the author of the ${type} refers to ${show(resolved.unresolved)}, which this document does not ` +
          "define, so its name and url cannot be checked",
      );
      continue;
    }
    if (resolved === undefined) {
      report(
        "warning",
        author.path,
        "article/author-type",
        `the author of the ${type} is ${describe(author.value)}; Google asks for a Person or Organization ` +
          "with a name and a url",
      );
      continue;
    }
    if (types(graph, resolved.node, resolved.path).size === 0) {
      report(
        "warning",
        member(resolved.path, "@type"),
        "article/author-type",
        `the author of the ${type} has no @type; Google asks for Person or Organization`,
      );
    }
    if (!values(graph, resolved.node, resolved.path, "name").some(({ value }) => text(value) !== undefined)) {
      report(
        "warning",
        member(resolved.path, "name"),
        "article/author-name",
        `the author of the ${type} has no name; Google recommends the author's name (and only the name)`,
      );
    }
    const urls = values(graph, resolved.node, resolved.path, "url");
    if (urls.length === 0) {
      report(
        "warning",
        member(resolved.path, "url"),
        "article/author-url",
        `the author of the ${type} has no url; Google recommends a link to a page that identifies the author`,
      );
    }
    for (const url of urls) {
      const value = text(url.value) ?? (isObject(url.value) ? idOf(url.value) : undefined);
      if (value === undefined || !isAbsoluteUrl(value)) {
        report(
          "error",
          url.path,
          "article/author-url",
          `the author url of the ${type} is ${show(url.value)}, not an absolute http(s) URL`,
        );
      }
    }
  }

  for (const key of ["datePublished", "dateModified"] as const) {
    const dates = values(graph, node, path, key);
    if (dates.length === 0) {
      report(
        "warning",
        member(path, key),
        key === "datePublished" ? "article/date-published" : "article/date-modified",
        `the ${type} has no ${key}; Google recommends it, in ISO 8601 with a time zone`,
      );
    }
    for (const date of dates) checkDate(report, type, key, date);
  }

  const images = values(graph, node, path, "image");
  if (images.length === 0) {
    report(
      "warning",
      member(path, "image"),
      "article/image",
      `the ${type} has no image; Google recommends one`,
    );
  }
  for (const image of images) {
    const resolved = resolve(graph, image);
    if (resolved !== undefined && "unresolved" in resolved) {
      // An image given as { "@id": url } names the image file itself.
      if (!isAbsoluteUrl(resolved.unresolved)) {
        report(
          "error",
          image.path,
          "article/image-url",
          `the image of the ${type} refers to ${show(resolved.unresolved)}, not an absolute http(s) URL`,
        );
      }
      continue;
    }
    const urls =
      resolved === undefined
        ? [image]
        : [
            ...values(graph, resolved.node, resolved.path, "url"),
            ...values(graph, resolved.node, resolved.path, "contentUrl"),
          ];
    if (urls.length === 0) {
      report(
        "error",
        member(image.path, "url"),
        "article/image-url",
        `the image of the ${type} has neither url nor contentUrl`,
      );
    }
    for (const url of urls) {
      const value = text(url.value);
      if (value === undefined || !isAbsoluteUrl(value)) {
        report(
          "error",
          url.path,
          "article/image-url",
          `the image of the ${type} is ${show(url.value)}, not an absolute http(s) URL`,
        );
      }
    }
  }
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function numeric(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const literal = text(value)?.trim();
  return literal !== undefined && NUMBER.test(literal) ? Number(literal) : undefined;
}

// Fact check: claimReviewed, reviewRating and url are required; author and itemReviewed recommended.
// Rating: alternateName required; ratingValue, bestRating and worstRating required if the rating is
// numeric, with worstRating at least 1, worstRating < bestRating and ratingValue between the two.
function checkClaimReview(graph: Graph, report: Report, node: JsonObject, path: string): void {
  const claims = values(graph, node, path, "claimReviewed");
  if (!claims.some(({ value }) => text(value) !== undefined)) {
    report(
      "error",
      member(path, "claimReviewed"),
      "claim-review/claim-reviewed",
      "the ClaimReview has no claimReviewed text; Google requires a short summary of the claim",
    );
  }
  for (const claim of claims) {
    const value = text(claim.value);
    if (value !== undefined && length(value) >= CLAIM_LIMIT) {
      report(
        "warning",
        claim.path,
        "claim-review/claim-reviewed-length",
        `claimReviewed has ${length(value)} characters; Google recommends fewer than ${CLAIM_LIMIT}`,
      );
    }
  }

  const ratings = values(graph, node, path, "reviewRating");
  if (ratings.length === 0) {
    report(
      "error",
      member(path, "reviewRating"),
      "claim-review/rating",
      "the ClaimReview has no reviewRating; Google requires one",
    );
  }
  for (const rating of ratings) checkRating(graph, report, rating);

  const urls = values(graph, node, path, "url");
  if (urls.length === 0) {
    report(
      "error",
      member(path, "url"),
      "claim-review/url",
      "the ClaimReview has no url; Google requires the address of the page with the full fact check",
    );
  }
  for (const url of urls) {
    const value = text(url.value) ?? (isObject(url.value) ? idOf(url.value) : undefined);
    if (value === undefined || !isAbsoluteUrl(value)) {
      report(
        "error",
        url.path,
        "claim-review/url",
        `the url of the ClaimReview is ${show(url.value)}, not an absolute http(s) URL`,
      );
    }
  }

  for (const [key, rule] of [
    ["author", "claim-review/author"],
    ["itemReviewed", "claim-review/item-reviewed"],
  ] as const) {
    if (values(graph, node, path, key).length === 0) {
      report("warning", member(path, key), rule, `the ClaimReview has no ${key}; Google recommends one`);
    }
  }

  for (const date of values(graph, node, path, "datePublished"))
    checkDate(report, "ClaimReview", "datePublished", date);
}

function checkRating(graph: Graph, report: Report, rating: Located): void {
  const resolved = resolve(graph, rating);
  if (resolved !== undefined && "unresolved" in resolved) {
    report(
      "warning",
      rating.path,
      "reference/unresolved",
      `the reviewRating refers to ${show(resolved.unresolved)}, which this document does not define, so it ` +
        "cannot be checked",
    );
    return;
  }
  if (resolved === undefined) {
    report(
      "error",
      rating.path,
      "claim-review/rating",
      `the reviewRating is ${describe(rating.value)}; Google requires a Rating with an alternateName`,
    );
    return;
  }
  const { node, path } = resolved;
  if (!values(graph, node, path, "alternateName").some(({ value }) => text(value) !== undefined)) {
    report(
      "error",
      member(path, "alternateName"),
      "claim-review/rating-name",
      'the reviewRating has no alternateName; Google requires the rating as a short phrase, e.g. "Mostly false"',
    );
  }
  const scale = (["ratingValue", "bestRating", "worstRating"] as const).map((key) => {
    const [first] = values(graph, node, path, key);
    return { key, found: first, number: first === undefined ? undefined : numeric(first.value) };
  });
  if (scale.every(({ found }) => found === undefined)) return;
  for (const { key, found, number } of scale) {
    if (found === undefined) {
      report(
        "error",
        member(path, key),
        "claim-review/rating-scale",
        `the reviewRating has no ${key}; Google requires ratingValue, bestRating and worstRating for a numeric rating`,
      );
    } else if (number === undefined) {
      report(
        "error",
        found.path,
        "claim-review/rating-number",
        `${key} is ${show(found.value)}, not a number`,
      );
    }
  }
  const [value, best, worst] = scale;
  if (value?.number === undefined || best?.number === undefined || worst?.number === undefined) return;
  if (worst.number < 1) {
    report(
      "error",
      worst.found?.path ?? path,
      "claim-review/rating-scale",
      `worstRating is ${worst.number}; Google's minimum is 1`,
    );
  }
  if (worst.number >= best.number) {
    report(
      "error",
      best.found?.path ?? path,
      "claim-review/rating-scale",
      `bestRating (${best.number}) must be greater than worstRating (${worst.number})`,
    );
  } else if (value.number < worst.number || value.number > best.number) {
    report(
      "error",
      value.found?.path ?? path,
      "claim-review/rating-scale",
      `ratingValue ${value.number} is outside the scale ${worst.number}–${best.number}`,
    );
  }
}

// Event: location (a Place), location.address, name and startDate are required; a startDate with a time
// should carry a time zone. A virtual-only location or a PostalAddress in place of a Place is an error.
function checkEvent(graph: Graph, report: Report, node: JsonObject, path: string, type: string): void {
  if (!values(graph, node, path, "name").some(({ value }) => text(value) !== undefined)) {
    report("error", member(path, "name"), "event/name", `the ${type} has no name; Google requires one`);
  }
  const starts = values(graph, node, path, "startDate");
  if (starts.length === 0) {
    report(
      "error",
      member(path, "startDate"),
      "event/start-date",
      `the ${type} has no startDate; Google requires one`,
    );
  }
  for (const date of starts) checkDate(report, type, "startDate", date);
  for (const date of values(graph, node, path, "endDate")) checkDate(report, type, "endDate", date);

  const locations = values(graph, node, path, "location");
  let physical = false;
  let unknown = false;
  for (const location of locations) {
    const resolved = resolve(graph, location);
    if (resolved !== undefined && "unresolved" in resolved) {
      unknown = true;
      report(
        "warning",
        location.path,
        "reference/unresolved",
        `the location of the ${type} refers to ${show(resolved.unresolved)}, which this document does not ` +
          "define, so it cannot be checked",
      );
      continue;
    }
    if (resolved === undefined) continue;
    const placeTypes = [...types(graph, resolved.node, resolved.path)];
    if (placeTypes.length === 0 || placeTypes.some((placeType) => NOT_A_PLACE.has(placeType))) continue;
    physical = true;
    if (values(graph, resolved.node, resolved.path, "address").length === 0) {
      report(
        "error",
        member(resolved.path, "address"),
        "event/location-address",
        `the location of the ${type} has no address; Google requires the venue's address`,
      );
    }
  }
  if (!physical && !unknown) {
    report(
      "error",
      locations[0]?.path ?? member(path, "location"),
      "event/location",
      locations.length === 0
        ? `the ${type} has no location; Google requires a Place`
        : `the location of the ${type} is not a Place (found ${locations
            .map(({ value }) =>
              isObject(value) ? [...types(graph, value, "")].join("/") || "an untyped node" : describe(value),
            )
            .join(", ")}); Google requires a physical Place with an address`,
    );
  }
}

/**
 * Lints any JSON-LD document against Google Search's documented rules for Article (and all its subtypes,
 * NewsArticle, BlogPosting, …), ClaimReview and Event (and its subtypes).
 *
 * The document may be a single node, an array of nodes, a `@graph`, with nodes nested in properties and
 * `{ "@id" }` references between them; references are followed within the document, and nodes that share
 * an `@id` are read as one. Types may be written as `NewsArticle`, `schema:NewsArticle` or
 * `https://schema.org/NewsArticle`. Nothing in the input is changed, and the function never throws: input
 * that is not JSON-LD gives a `document/*` finding.
 *
 * @param document - any value, typically parsed from a `<script type="application/ld+json">` element.
 * @returns every finding, errors and warnings, in document order; empty when nothing needs attention.
 *
 * @example
 * ```ts
 * import { checkPublishing } from "newsgraph/jsonld";
 *
 * checkPublishing({
 *   "@context": "https://schema.org",
 *   "@type": "ClaimReview",
 *   claimReviewed: "The moon is made of cheese",
 *   url: "https://example.org/fact-checks/moon",
 *   author: { "@type": "Organization", name: "Example Checks" },
 *   itemReviewed: { "@type": "Claim" },
 *   reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 },
 * });
 * // [{ severity: "error", rule: "claim-review/rating-name", path: "$.reviewRating.alternateName", message: "…" }]
 * ```
 */
export function checkPublishing(document: unknown): PublishingFinding[] {
  const findings: PublishingFinding[] = [];
  const seen = new Set<string>();
  const report: Report = (severity, path, rule, message) => {
    const key = `${rule}\u0000${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ severity, path, rule, message });
  };
  try {
    const items = Array.isArray(document)
      ? document.map((item, index) => ({ item, path: `$[${index}]` }))
      : [{ item: document, path: "$" }];
    for (const { item, path } of items) {
      if (!isObject(item) || Array.isArray(item)) {
        report("error", path, "document/shape", `expected a JSON-LD node object, found ${describe(item)}`);
      }
    }
    const graph = collect(document);
    const checked = new Set<string>();
    for (const { node, path } of graph.nodes) {
      if (isReference(node)) continue;
      const id = idOf(node);
      if (id !== undefined) {
        if (checked.has(id)) continue;
        checked.add(id);
      }
      const nodeTypes = [...types(graph, node, path)];
      const article = nodeTypes.find((type) => ARTICLE_TYPES.has(type));
      const event = nodeTypes.find((type) => EVENT_TYPES.has(type));
      if (article !== undefined) checkArticle(graph, report, node, path, article);
      if (nodeTypes.includes("ClaimReview")) checkClaimReview(graph, report, node, path);
      if (event !== undefined) checkEvent(graph, report, node, path, event);
    }
  } catch (error) {
    report(
      "error",
      "$",
      "document/unreadable",
      `the document could not be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return findings;
}
