// The JSON-LD that articleJsonLd and toJsonLd write, node by node: every schema.org type they emit, with
// the properties they fill. The types are newsgraph's own, so a user's type checker loads nothing else,
// in every module mode; each is a valid schema-dts type (tests/jsonld/graph.test-d.ts), and the real
// output is type-checked against them (tests/jsonld/output-types.test.ts). A property that has no value
// is left out, never written as null or [].

/**
 * A reference to another node of the same `@graph`, by its `@id`.
 *
 * @example
 * ```ts
 * import type { JsonLdReference } from "newsgraph/jsonld";
 *
 * const author: JsonLdReference = { "@id": "https://example.org/kursk#jane-doe" };
 * ```
 */
export interface JsonLdReference {
  /** The IRI of the node referred to. */
  "@id": string;
}

/**
 * What {@link articleJsonLd} and {@link toJsonLd} return: one schema.org `@graph` whose nodes refer to one
 * another by `@id`, each node once.
 *
 * @example
 * ```ts
 * import type { NewsGraph } from "newsgraph";
 * import { articleJsonLd, type JsonLdGraph } from "newsgraph/jsonld";
 *
 * declare const graph: NewsGraph;
 * const page: JsonLdGraph = articleJsonLd(graph, "kursk-opinion");
 * const article = page["@graph"][0]; // the article, as the NewsArticle subtype of its genre
 * ```
 */
export interface JsonLdGraph {
  /** Always the schema.org vocabulary. */
  "@context": "https://schema.org";
  /** The nodes: for one page the article first, then what it refers to, in the order first referred to. */
  "@graph": readonly JsonLdNode[];
}

/**
 * One top-level node of a {@link JsonLdGraph}. Tell them apart by `@type`: TypeScript then knows the node's
 * properties, and a type newsgraph never writes fails to compile.
 *
 * @example
 * ```ts
 * import type { JsonLdNode } from "newsgraph/jsonld";
 *
 * function label(node: JsonLdNode): string {
 *   if (node["@type"] === "Claim") return node.text;
 *   if (node["@type"] === "ClaimReview") return node.reviewRating.alternateName;
 *   if (node["@type"] === "WebPage") return node.url;
 *   return "headline" in node ? node.headline : node.name;
 * }
 * ```
 */
export type JsonLdNode =
  | JsonLdNewsArticle
  | JsonLdWebPage
  | JsonLdWebSite
  | JsonLdPerson
  | JsonLdOrganization
  | JsonLdClaim
  | JsonLdClaimReview
  | JsonLdEvent
  | JsonLdPlace
  | JsonLdThing;

/**
 * An article, as the schema.org NewsArticle subtype of its genre, or as the type of its form (see `@type`).
 *
 * @example
 * ```ts
 * import type { JsonLdNewsArticle } from "newsgraph/jsonld";
 *
 * const article: JsonLdNewsArticle = {
 *   "@type": "OpinionNewsArticle",
 *   "@id": "https://example.org/kursk",
 *   url: "https://example.org/kursk",
 *   mainEntityOfPage: { "@id": "https://example.org/kursk#webpage" },
 *   headline: "North Korean troops in Kursk",
 *   inLanguage: "en",
 * };
 * ```
 */
export interface JsonLdNewsArticle {
  /**
   * NewsArticle, or its subtype for the genre (analysis, opinion, reportage, background, review, ask-public);
   * for an article of another form (a blog post, a live blog…), the form's type, followed by the genre's
   * subtype unless the genre is news.
   */
  "@type": JsonLdGenreType | JsonLdFormType | [JsonLdFormType, Exclude<JsonLdGenreType, "NewsArticle">];
  /** The article's url. */
  "@id": string;
  /** The article's url. */
  url: string;
  /** Its {@link JsonLdWebPage}: the article's url without a fragment, and `#webpage`. */
  mainEntityOfPage: JsonLdReference;
  /** The headline, as written. */
  headline: string;
  /** The secondary headline. */
  alternativeHeadline?: string;
  /** The standfirst or summary. */
  description?: string;
  /** The BCP 47 language tag. */
  inLanguage: string;
  /** When it was published, with the precision and offset the data gives; absent for a qualified date. */
  datePublished?: string;
  /** When it was last changed, as `datePublished`. */
  dateModified?: string;
  /** The authors. */
  author?: JsonLdReference[];
  /** The contributors in the role `editor` who are people. */
  editor?: JsonLdReference[];
  /** The contributors in the role `translator`. */
  translator?: JsonLdReference[];
  /** Every other contributor: with its role as a {@link JsonLdContributorRole}, or alone when it has none. */
  contributor?: (JsonLdReference | JsonLdContributorRole)[];
  /** The publisher. */
  publisher?: JsonLdReference;
  /** The section of the site. */
  articleSection?: string;
  /** The keywords. */
  keywords?: string[];
  /** The images. */
  image?: JsonLdImageObject[];
  /** The name of the dateline's place; a NewsArticle's property, so absent for a form of no genre. */
  dateline?: string;
  /** The dateline's place. */
  locationCreated?: JsonLdReference;
  /** The actors, events and places it is about. */
  about?: JsonLdReference[];
  /** The actors, events and places it mentions. */
  mentions?: JsonLdReference[];
  /** Whether it can be read without a subscription. */
  isAccessibleForFree?: boolean;
  /** The works it cites. */
  citation?: JsonLdCitation[];
  /** How the story was reported: its methods and sources. */
  backstory?: string;
  /** The parts of the page that are not free, when `isAccessibleForFree` is false. */
  hasPart?: JsonLdWebPageElement[];
  /** The corrections made to it. */
  correction?: JsonLdCorrectionComment[];
  /** A live blog's updates, each an article of the graph. */
  liveBlogUpdate?: JsonLdReference[];
}

/**
 * The schema.org type of an article's genre: NewsArticle or one of its subtypes.
 *
 * @example
 * ```ts
 * import type { JsonLdGenreType } from "newsgraph/jsonld";
 *
 * const type: JsonLdGenreType = "AnalysisNewsArticle";
 * ```
 */
export type JsonLdGenreType =
  | "NewsArticle"
  | "AnalysisNewsArticle"
  | "OpinionNewsArticle"
  | "ReportageNewsArticle"
  | "BackgroundNewsArticle"
  | "ReviewNewsArticle"
  | "AskPublicNewsArticle";

/**
 * The schema.org type of an article's form, when it has one: Article, a posting or another Article subtype.
 *
 * @example
 * ```ts
 * import type { JsonLdFormType } from "newsgraph/jsonld";
 *
 * const type: JsonLdFormType = "LiveBlogPosting";
 * ```
 */
export type JsonLdFormType =
  | "Article"
  | "BlogPosting"
  | "LiveBlogPosting"
  | "SocialMediaPosting"
  | "DiscussionForumPosting"
  | "Report"
  | "ScholarlyArticle"
  | "TechArticle"
  | "SatiricalArticle"
  | "AdvertiserContentArticle";

/**
 * A contributor to an article in a role that schema.org has no property for: a photographer, a producer, a
 * fact-checker… (an editor that is an organisation too, since schema.org's `editor` takes a person).
 *
 * @example
 * ```ts
 * import type { JsonLdContributorRole } from "newsgraph/jsonld";
 *
 * const photographer: JsonLdContributorRole = {
 *   "@type": "Role",
 *   contributor: { "@id": "https://example.org/staff/li-wei#person" },
 *   roleName: "photographer",
 * };
 * ```
 */
export interface JsonLdContributorRole {
  /** Always Role. */
  "@type": "Role";
  /** The contributor. */
  contributor: JsonLdReference;
  /** The role, from the model's vocabulary: `photographer`, `producer`, `fact-checker`… */
  roleName: string;
}

/**
 * A work an article cites, by its title, its url or both.
 *
 * @example
 * ```ts
 * import type { JsonLdCitation } from "newsgraph/jsonld";
 *
 * const source: JsonLdCitation = {
 *   "@type": "CreativeWork",
 *   name: "Harbour authority annual report",
 *   url: "https://example.org/reports/harbour-2024",
 * };
 * ```
 */
export interface JsonLdCitation {
  /** Always CreativeWork. */
  "@type": "CreativeWork";
  /** The title. */
  name?: string;
  /** Where it is. */
  url?: string;
}

/**
 * A part of a paywalled article's page that is not free, named by a CSS class selector, as Google asks of
 * paywalled content.
 *
 * @example
 * ```ts
 * import type { JsonLdWebPageElement } from "newsgraph/jsonld";
 *
 * const closed: JsonLdWebPageElement = { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywall" };
 * ```
 */
export interface JsonLdWebPageElement {
  /** Always WebPageElement. */
  "@type": "WebPageElement";
  /** Always false. */
  isAccessibleForFree: false;
  /** The selector of the closed part. */
  cssSelector: string;
}

/**
 * The page an article is the main entity of: where it sits in its site, and its "read also" links.
 *
 * @example
 * ```ts
 * import type { JsonLdWebPage } from "newsgraph/jsonld";
 *
 * const page: JsonLdWebPage = {
 *   "@type": "WebPage",
 *   "@id": "https://example.org/news/bridge#webpage",
 *   url: "https://example.org/news/bridge",
 *   isPartOf: { "@id": "https://example.org/#website" },
 *   relatedLink: ["https://example.org/news/harbour"],
 * };
 * ```
 */
export interface JsonLdWebPage {
  /** Always WebPage. */
  "@type": "WebPage";
  /** The article's url without a fragment, and `#webpage`. */
  "@id": string;
  /** The article's url. */
  url: string;
  /** The {@link JsonLdWebSite} of the article's publisher. */
  isPartOf?: JsonLdReference;
  /** The section path that leads to the page. */
  breadcrumb?: JsonLdBreadcrumbList;
  /** The urls of the "read also" links. */
  relatedLink?: string[];
}

/**
 * The section path of a page, as Google's breadcrumb results read it.
 *
 * @example
 * ```ts
 * import type { JsonLdBreadcrumbList } from "newsgraph/jsonld";
 *
 * const path: JsonLdBreadcrumbList = {
 *   "@type": "BreadcrumbList",
 *   itemListElement: [{ "@type": "ListItem", position: 1, name: "News", item: { "@id": "https://example.org/news" } }],
 * };
 * ```
 */
export interface JsonLdBreadcrumbList {
  /** Always BreadcrumbList. */
  "@type": "BreadcrumbList";
  /** The sections, from the top. */
  itemListElement: JsonLdListItem[];
}

/**
 * One section of a {@link JsonLdBreadcrumbList}.
 *
 * @example
 * ```ts
 * import type { JsonLdListItem } from "newsgraph/jsonld";
 *
 * const news: JsonLdListItem = { "@type": "ListItem", position: 1, name: "News", item: { "@id": "https://example.org/news" } };
 * ```
 */
export interface JsonLdListItem {
  /** Always ListItem. */
  "@type": "ListItem";
  /** Its place in the path, from 1. */
  position: number;
  /** The section's name. */
  name: string;
  /** The section's page. */
  item: JsonLdReference;
}

/**
 * The site a news organisation publishes, at its home page.
 *
 * @example
 * ```ts
 * import type { JsonLdWebSite } from "newsgraph/jsonld";
 *
 * const site: JsonLdWebSite = {
 *   "@type": "WebSite",
 *   "@id": "https://example.org/#website",
 *   url: "https://example.org/",
 *   name: "The Example Herald",
 *   inLanguage: ["en-GB"],
 *   publisher: { "@id": "https://example.org/#organization" },
 * };
 * ```
 */
export interface JsonLdWebSite {
  /** Always WebSite. */
  "@type": "WebSite";
  /** The home page without a fragment, and `#website`. */
  "@id": string;
  /** The organisation's home page. */
  url: string;
  /** The organisation's name. */
  name: string;
  /** The BCP 47 tags of the languages it publishes in. */
  inLanguage?: string[];
  /** The organisation. */
  publisher: JsonLdReference;
}

/**
 * Something a page names without describing it: on a page, an event is named as a Thing, since a search
 * engine reads any Event as an event listing.
 *
 * @example
 * ```ts
 * import type { JsonLdThing } from "newsgraph/jsonld";
 *
 * const reopening: JsonLdThing = { "@type": "Thing", "@id": "https://example.org/news/bridge#reopening", name: "Reopening" };
 * ```
 */
export interface JsonLdThing {
  /** Always Thing. */
  "@type": "Thing";
  /** The base URL and the node's id as its fragment. */
  "@id": string;
  /** The name. */
  name: string;
}

/**
 * An image of an article.
 *
 * @example
 * ```ts
 * import type { JsonLdImageObject } from "newsgraph/jsonld";
 *
 * const image: JsonLdImageObject = {
 *   "@type": "ImageObject",
 *   url: "https://example.org/kursk.jpg",
 *   width: { "@type": "QuantitativeValue", value: 1200, unitCode: "E37" },
 * };
 * ```
 */
export interface JsonLdImageObject {
  /** Always ImageObject. */
  "@type": "ImageObject";
  /** Where the image is. */
  url: string;
  /** The width in pixels (`unitCode` "E37"). */
  width?: JsonLdQuantitativeValue;
  /** The height in pixels (`unitCode` "E37"). */
  height?: JsonLdQuantitativeValue;
  /** The caption. */
  caption?: string;
  /** Who is credited for it. */
  creditText?: string;
  /** Who made it: a person or an organisation. */
  creator?: JsonLdReference;
  /** The copyright notice. */
  copyrightNotice?: string;
  /** The url of its licence. */
  license?: string;
  /** Where a licence to use it can be had. */
  acquireLicensePage?: string;
}

/**
 * A correction made to an article.
 *
 * @example
 * ```ts
 * import type { JsonLdCorrectionComment } from "newsgraph/jsonld";
 *
 * const correction: JsonLdCorrectionComment = {
 *   "@type": "CorrectionComment",
 *   datePublished: "2024-10-29",
 *   text: "An earlier version misnamed the region.",
 * };
 * ```
 */
export interface JsonLdCorrectionComment {
  /** Always CorrectionComment. */
  "@type": "CorrectionComment";
  /** When the correction was made. */
  datePublished?: string;
  /** What was corrected. */
  text: string;
}

/**
 * A number with its unit: a claim's or an event's figure, or an image's size in pixels.
 *
 * @example
 * ```ts
 * import type { JsonLdQuantitativeValue } from "newsgraph/jsonld";
 *
 * const troops: JsonLdQuantitativeValue = {
 *   "@type": "QuantitativeValue",
 *   value: 1500,
 *   unitText: "soldiers",
 *   description: "approximately",
 * };
 * ```
 */
export interface JsonLdQuantitativeValue {
  /** Always QuantitativeValue. */
  "@type": "QuantitativeValue";
  /** The value, when the source gives one. */
  value?: number;
  /** The lower bound of a range. */
  minValue?: number;
  /** The upper bound of a range ("up to"). */
  maxValue?: number;
  /** A UN/CEFACT unit code: "E37" for pixels. */
  unitCode?: string;
  /** The unit in words: "soldiers". */
  unitText?: string;
  /** "approximately", and the figure as the source writes it. */
  description?: string;
}

/**
 * What every actor's node has, a person's or an organisation's: see {@link JsonLdPerson} and
 * {@link JsonLdOrganization} for what each adds.
 *
 * @example
 * ```ts
 * import type { JsonLdActor } from "newsgraph/jsonld";
 *
 * const names = (actors: JsonLdActor[]) => actors.map((actor) => [actor.name, ...(actor.alternateName ?? [])]);
 * ```
 */
export interface JsonLdActor {
  /** Person, or the schema.org type for an organisation's kind. */
  "@type": JsonLdPerson["@type"] | JsonLdOrganization["@type"];
  /** Its page's url and `#person` or `#organization` when it has a `url`; otherwise the base URL and the
   * actor's id as its fragment. */
  "@id": string;
  /** The name. */
  name: string;
  /** Other names. */
  alternateName?: string[];
  /** Who or what the actor is. */
  description?: string;
  /** The same actor elsewhere: Wikidata, an official site. */
  sameAs?: string[];
  /** The organisations the actor belongs to, with the role held where there is one. */
  memberOf?: (JsonLdReference | JsonLdOrganizationRole)[];
  /** A person's profile page, an organisation's home page. */
  url?: string;
}

/**
 * A person.
 *
 * @example
 * ```ts
 * import type { JsonLdPerson } from "newsgraph/jsonld";
 *
 * const person: JsonLdPerson = {
 *   "@type": "Person",
 *   "@id": "https://example.org/kursk#mark-rutte",
 *   name: "Mark Rutte",
 *   memberOf: [
 *     { "@type": "OrganizationRole", memberOf: { "@id": "https://example.org/kursk#nato" }, roleName: "Secretary General" },
 *   ],
 * };
 * ```
 */
export interface JsonLdPerson extends JsonLdActor {
  /** Always Person. */
  "@type": "Person";
  /** The country of nationality. */
  nationality?: JsonLdReference;
  /** A portrait. */
  image?: JsonLdImageObject;
  /** The title of their job: "Harbour correspondent". */
  jobTitle?: string;
  /** The organisations they work for. */
  worksFor?: JsonLdReference[];
  /** What they know about, in words. */
  knowsAbout?: string[];
  /** The BCP 47 tags of the languages they know. */
  knowsLanguage?: string[];
}

/**
 * An organisation: a government, a state (as its government), an alliance, an armed group, a news
 * medium, a party, a company, an NGO.
 *
 * @example
 * ```ts
 * import type { JsonLdOrganization } from "newsgraph/jsonld";
 *
 * const nato: JsonLdOrganization = {
 *   "@type": "Organization",
 *   "@id": "https://example.org/kursk#nato",
 *   name: "NATO",
 *   sameAs: ["https://www.wikidata.org/wiki/Q7184"],
 * };
 * ```
 */
export interface JsonLdOrganization extends JsonLdActor {
  /** The schema.org type for the actor's kind. */
  "@type":
    | "Organization"
    | "GovernmentOrganization"
    | "NewsMediaOrganization"
    | "PoliticalParty"
    | "Corporation"
    | "NGO";
  /** A state's territory. */
  areaServed?: JsonLdReference;
  /** The country an organisation is based in. */
  location?: JsonLdReference;
  /** Its logo. */
  logo?: JsonLdImageObject;
  /** When it was founded: a year, a month or a day. */
  foundingDate?: string;
  /** The page of its publishing principles. */
  publishingPrinciples?: string;
  /** The page of its ethics policy. */
  ethicsPolicy?: string;
  /** The page of its corrections policy. */
  correctionsPolicy?: string;
  /** The page of its diversity policy. */
  diversityPolicy?: string;
  /** The page of its diversity staffing report. */
  diversityStaffingReport?: string;
  /** The page of its masthead: who runs it. */
  masthead?: string;
  /** The page of its mission and coverage priorities. */
  missionCoveragePrioritiesPolicy?: string;
  /** The page of its policy on articles without bylines. */
  noBylinesPolicy?: string;
  /** The page of its ownership and funding. */
  ownershipFundingInfo?: string;
  /** The page that says how readers can act on what it publishes. */
  actionableFeedbackPolicy?: string;
  /** The page of its policy on unnamed sources. */
  unnamedSourcesPolicy?: string;
  /** The page of its verification and fact-checking standards. */
  verificationFactCheckingPolicy?: string;
}

/**
 * Membership of an organisation with the role held: "Secretary General of NATO since 2024-10-01".
 *
 * @example
 * ```ts
 * import type { JsonLdOrganizationRole } from "newsgraph/jsonld";
 *
 * const role: JsonLdOrganizationRole = {
 *   "@type": "OrganizationRole",
 *   memberOf: { "@id": "https://example.org/kursk#nato" },
 *   roleName: "Secretary General",
 *   startDate: "2024-10-01",
 * };
 * ```
 */
export interface JsonLdOrganizationRole {
  /** Always OrganizationRole. */
  "@type": "OrganizationRole";
  /** The organisation. */
  memberOf: JsonLdReference;
  /** The title held. */
  roleName?: string;
  /** Since when. */
  startDate?: string;
  /** Until when. */
  endDate?: string;
}

/**
 * A claim: who makes it, what it says and where it appears.
 *
 * @example
 * ```ts
 * import type { JsonLdClaim } from "newsgraph/jsonld";
 *
 * const claim: JsonLdClaim = {
 *   "@type": "Claim",
 *   "@id": "https://example.org/kursk#claim-nato-confirms",
 *   text: "North Korean troops are operating in Russia's Kursk region.",
 *   author: { "@id": "https://example.org/kursk#nato" },
 *   appearance: [{ "@id": "https://example.org/kursk" }],
 * };
 * ```
 */
export interface JsonLdClaim {
  /** Always Claim. */
  "@type": "Claim";
  /** The base URL and the claim's id as its fragment. */
  "@id": string;
  /** The statement. */
  text: string;
  /** The claimant; absent where a page names the claim without describing it (a claim that a reviewed claim
   * responds to). */
  author?: JsonLdReference;
  /** When the claim was made. */
  datePublished?: string;
  /** What it is about, and the claims it responds to. */
  about?: JsonLdReference[];
  /** The figures it states. */
  mentions?: JsonLdQuantitativeValue[];
  /** The articles it appears in, by reference, and the works outside the graph, in place. */
  appearance?: (JsonLdReference | JsonLdCreativeWork)[];
  /** Where it first appeared, as `appearance`. */
  firstAppearance?: (JsonLdReference | JsonLdCreativeWork)[];
  /** The claimant's own words, when the article quotes them. */
  isBasedOn?: JsonLdQuotation;
}

/**
 * A work outside the graph that a claim appears in: a post, a video, a page.
 *
 * @example
 * ```ts
 * import type { JsonLdCreativeWork } from "newsgraph/jsonld";
 *
 * const post: JsonLdCreativeWork = {
 *   "@type": "SocialMediaPosting",
 *   url: "https://social.example/ana/1",
 *   author: { "@id": "https://example.org/kursk#ana" },
 *   datePublished: "2024-10-28",
 * };
 * ```
 */
export interface JsonLdCreativeWork {
  /** The work's schema.org type; CreativeWork when the source did not say. */
  "@type":
    | "CreativeWork"
    | "Article"
    | "NewsArticle"
    | "BlogPosting"
    | "SocialMediaPosting"
    | "DiscussionForumPosting"
    | "Comment"
    | "Message"
    | "WebPage"
    | "WebSite"
    | "MediaObject"
    | "VideoObject"
    | "AudioObject"
    | "ImageObject"
    | "Photograph"
    | "Book"
    | "Report"
    | "Movie"
    | "TVEpisode"
    | "RadioEpisode"
    | "PodcastEpisode";
  /** Its address. */
  url?: string;
  /** Its title. */
  name?: string;
  /** Who made it. */
  author?: JsonLdReference;
  /** When it was published. */
  datePublished?: string;
}

/**
 * A claimant's own words.
 *
 * @example
 * ```ts
 * import type { JsonLdQuotation } from "newsgraph/jsonld";
 *
 * const quote: JsonLdQuotation = {
 *   "@type": "Quotation",
 *   text: "significant escalation",
 *   author: { "@id": "https://example.org/kursk#mark-rutte" },
 * };
 * ```
 */
export interface JsonLdQuotation {
  /** Always Quotation. */
  "@type": "Quotation";
  /** The words, verbatim. */
  text: string;
  /** Who said them. */
  author: JsonLdReference;
}

/**
 * A fact-check of a claim. Its `@id` is the claim's with `/review` appended.
 *
 * @example
 * ```ts
 * import type { JsonLdClaimReview } from "newsgraph/jsonld";
 *
 * const review: JsonLdClaimReview = {
 *   "@type": "ClaimReview",
 *   "@id": "https://example.org/kursk#claim-troops/review",
 *   claimReviewed: "North Korean troops are in Kursk.",
 *   itemReviewed: { "@id": "https://example.org/kursk#claim-troops" },
 *   reviewRating: { "@type": "Rating", alternateName: "Accurate" },
 *   author: { "@id": "https://example.org/kursk#example-factcheck" },
 *   url: "https://factcheck.example.org/kursk",
 * };
 * ```
 */
export interface JsonLdClaimReview {
  /** Always ClaimReview. */
  "@type": "ClaimReview";
  /** The claim's `@id` and `/review`. */
  "@id": string;
  /** The claim's statement. */
  claimReviewed: string;
  /** The claim. */
  itemReviewed: JsonLdReference;
  /** The verdict. */
  reviewRating: JsonLdRating;
  /** The reviewer. */
  author: JsonLdReference;
  /** When the review was published. */
  datePublished?: string;
  /** Where the review is published. */
  url: string;
}

/**
 * A fact-check verdict: in words, and on a numeric scale where the reviewer gives one.
 *
 * @example
 * ```ts
 * import type { JsonLdRating } from "newsgraph/jsonld";
 *
 * const rating: JsonLdRating = { "@type": "Rating", alternateName: "False", ratingValue: 1, worstRating: 1, bestRating: 5 };
 * ```
 */
export interface JsonLdRating {
  /** Always Rating. */
  "@type": "Rating";
  /** The verdict in words. */
  alternateName: string;
  /** The rating given. */
  ratingValue?: number;
  /** The best rating on the scale. */
  bestRating?: number;
  /** The worst rating on the scale. */
  worstRating?: number;
}

/**
 * An event, with who took part in it as performer (agent), organizer (host), attendee (participant) or
 * contributor (mediator).
 *
 * @example
 * ```ts
 * import type { JsonLdEvent } from "newsgraph/jsonld";
 *
 * const deployment: JsonLdEvent = {
 *   "@type": "Event",
 *   "@id": "https://example.org/kursk#deployment",
 *   name: "North Korean deployment to Kursk",
 *   startDate: "2024-10",
 *   performer: [{ "@id": "https://example.org/kursk#north-korea" }],
 * };
 * ```
 */
export interface JsonLdEvent {
  /** Always Event. */
  "@type": "Event";
  /** The base URL and the event's id as its fragment. */
  "@id": string;
  /** The name. */
  name: string;
  /** What happened. */
  description?: string;
  /** When it started, with the precision the data gives; absent for a qualified date. */
  startDate?: string;
  /** When it ended, as `startDate`. */
  endDate?: string;
  /** Where. */
  location?: JsonLdReference;
  /** The event it is part of. */
  superEvent?: JsonLdReference;
  /** The agents. */
  performer?: JsonLdReference[];
  /** The hosts. */
  organizer?: JsonLdReference[];
  /** The participants. */
  attendee?: JsonLdReference[];
  /** The mediators. */
  contributor?: JsonLdReference[];
  /** The figures stated about it. */
  about?: JsonLdQuantitativeValue[];
}

/**
 * A place, as the schema.org type for its kind.
 *
 * @example
 * ```ts
 * import type { JsonLdPlace } from "newsgraph/jsonld";
 *
 * const kursk: JsonLdPlace = {
 *   "@type": "AdministrativeArea",
 *   "@id": "https://example.org/kursk#kursk-region",
 *   name: "Kursk region",
 *   containedInPlace: { "@id": "https://example.org/kursk#russia-territory" },
 *   address: { "@type": "PostalAddress", addressCountry: "RU", addressRegion: "RU-KRS" },
 * };
 * ```
 */
export interface JsonLdPlace {
  /** The schema.org type for the place's kind. */
  "@type": "Place" | "Country" | "AdministrativeArea" | "City" | "BodyOfWater" | "Continent";
  /** The base URL and the place's id as its fragment. */
  "@id": string;
  /** The name. */
  name: string;
  /** Other names. */
  alternateName?: string[];
  /** The place it lies in. */
  containedInPlace?: JsonLdReference;
  /** Its coordinates. */
  geo?: JsonLdGeoCoordinates;
  /** Its ISO 3166 country and subdivision codes. */
  address?: JsonLdPostalAddress;
  /** The same place elsewhere. */
  sameAs?: string[];
}

/**
 * A place's coordinates, in decimal degrees.
 *
 * @example
 * ```ts
 * import type { JsonLdGeoCoordinates } from "newsgraph/jsonld";
 *
 * const geo: JsonLdGeoCoordinates = { "@type": "GeoCoordinates", latitude: 51.73, longitude: 36.19 };
 * ```
 */
export interface JsonLdGeoCoordinates {
  /** Always GeoCoordinates. */
  "@type": "GeoCoordinates";
  /** North of the equator is positive. */
  latitude: number;
  /** East of Greenwich is positive. */
  longitude: number;
}

/**
 * A place's ISO 3166 codes.
 *
 * @example
 * ```ts
 * import type { JsonLdPostalAddress } from "newsgraph/jsonld";
 *
 * const address: JsonLdPostalAddress = { "@type": "PostalAddress", addressCountry: "RU", addressRegion: "RU-KRS" };
 * ```
 */
export interface JsonLdPostalAddress {
  /** Always PostalAddress. */
  "@type": "PostalAddress";
  /** The ISO 3166-1 alpha-2 country code. */
  addressCountry?: string;
  /** The ISO 3166-2 subdivision code. */
  addressRegion?: string;
}
