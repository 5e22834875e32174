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
 *   return "headline" in node ? node.headline : node.name;
 * }
 * ```
 */
export type JsonLdNode =
  | JsonLdNewsArticle
  | JsonLdPerson
  | JsonLdOrganization
  | JsonLdClaim
  | JsonLdClaimReview
  | JsonLdEvent
  | JsonLdPlace;

/**
 * An article, as the schema.org NewsArticle subtype of its genre.
 *
 * @example
 * ```ts
 * import type { JsonLdNewsArticle } from "newsgraph/jsonld";
 *
 * const article: JsonLdNewsArticle = {
 *   "@type": "OpinionNewsArticle",
 *   "@id": "https://example.org/kursk",
 *   url: "https://example.org/kursk",
 *   mainEntityOfPage: "https://example.org/kursk",
 *   headline: "North Korean troops in Kursk",
 *   inLanguage: "en",
 * };
 * ```
 */
export interface JsonLdNewsArticle {
  /** NewsArticle, or its subtype for the genre: analysis, opinion, reportage, background, review, ask-public. */
  "@type":
    | "NewsArticle"
    | "AnalysisNewsArticle"
    | "OpinionNewsArticle"
    | "ReportageNewsArticle"
    | "BackgroundNewsArticle"
    | "ReviewNewsArticle"
    | "AskPublicNewsArticle";
  /** The article's url. */
  "@id": string;
  /** The article's url. */
  url: string;
  /** The url, or a WebPage that also carries the article's "read also" links. */
  mainEntityOfPage: string | JsonLdWebPage;
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
  /** The publisher. */
  publisher?: JsonLdReference;
  /** The section of the site. */
  articleSection?: string;
  /** The keywords. */
  keywords?: string[];
  /** The images. */
  image?: JsonLdImageObject[];
  /** The name of the dateline's place. */
  dateline?: string;
  /** The dateline's place. */
  locationCreated?: JsonLdReference;
  /** The actors, events and places it is about. */
  about?: JsonLdReference[];
  /** The actors, events and places it mentions. */
  mentions?: JsonLdReference[];
  /** Whether it can be read without a subscription. */
  isAccessibleForFree?: boolean;
  /** The corrections made to it. */
  correction?: JsonLdCorrectionComment[];
}

/**
 * The page an article is the main entity of, when it has "read also" links.
 *
 * @example
 * ```ts
 * import type { JsonLdWebPage } from "newsgraph/jsonld";
 *
 * const page: JsonLdWebPage = {
 *   "@type": "WebPage",
 *   url: "https://example.org/kursk",
 *   relatedLink: ["https://example.org/north-korea"],
 * };
 * ```
 */
export interface JsonLdWebPage {
  /** Always WebPage. */
  "@type": "WebPage";
  /** The article's url. */
  url: string;
  /** The urls of the "read also" links. */
  relatedLink: string[];
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
  /** The base URL and the actor's id as its fragment. */
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
  /** The claimant. */
  author: JsonLdReference;
  /** When the claim was made. */
  datePublished?: string;
  /** What it is about, and the claims it responds to. */
  about?: JsonLdReference[];
  /** The figures it states. */
  mentions?: JsonLdQuantitativeValue[];
  /** The articles it appears in. */
  appearance?: JsonLdReference[];
  /** The claimant's own words, when the article quotes them. */
  isBasedOn?: JsonLdQuotation;
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
