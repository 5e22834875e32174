// The model's enumerations as plain readonly lists, free of zod: the zod enums in the model are built
// from them, and modules that must not load zod (newsgraph/testing, the JSON-LD importer) read them here.

/**
 * The genres of article, each mapped to a schema.org NewsArticle subtype in JSON-LD
 * (`opinion` → OpinionNewsArticle, `news` → NewsArticle, …).
 *
 * @example
 * ```ts
 * import { articleGenres } from "newsgraph";
 *
 * articleGenres.includes("opinion"); // true
 * ```
 */
export const articleGenres = [
  "news",
  "analysis",
  "opinion",
  "reportage",
  "background",
  "review",
  "ask-public",
] as const;

/**
 * The forms of article besides the news article, each mapped to a schema.org subtype of Article
 * (`blog-posting` → BlogPosting, `live-blog-posting` → LiveBlogPosting, `article` → Article itself, …).
 *
 * @example
 * ```ts
 * import { articleForms } from "newsgraph";
 *
 * articleForms.includes("live-blog-posting"); // true
 * ```
 */
export const articleForms = [
  "article",
  "blog-posting",
  "live-blog-posting",
  "social-media-posting",
  "discussion-forum-posting",
  "report",
  "scholarly-article",
  "tech-article",
  "satirical-article",
  "advertiser-content-article",
] as const;

/**
 * The kinds of work outside the graph a claim can appear in, by their schema.org type names.
 *
 * @example
 * ```ts
 * import { workTypes } from "newsgraph";
 *
 * workTypes.includes("VideoObject"); // true
 * ```
 */
export const workTypes = [
  "CreativeWork",
  "Article",
  "NewsArticle",
  "BlogPosting",
  "SocialMediaPosting",
  "DiscussionForumPosting",
  "Comment",
  "Message",
  "WebPage",
  "WebSite",
  "MediaObject",
  "VideoObject",
  "AudioObject",
  "ImageObject",
  "Photograph",
  "Book",
  "Report",
  "Movie",
  "TVEpisode",
  "RadioEpisode",
  "PodcastEpisode",
] as const;

/**
 * The kinds of actor that are organisations: every kind but `person` and `state`.
 * @example
 * ```ts
 * import { organizationKinds } from "newsgraph";
 *
 * organizationKinds.includes("media"); // true
 * ```
 */
export const organizationKinds = [
  "organization",
  "government",
  "intergovernmental",
  "armed-group",
  "military",
  "media",
  "political-party",
  "company",
  "ngo",
] as const;

/**
 * The kinds of actor. `person` and `state` have fields of their own; every other kind is an
 * organisation of some sort.
 *
 * @example
 * ```ts
 * import { actorKinds } from "newsgraph";
 *
 * actorKinds.includes("intergovernmental"); // true
 * ```
 */
export const actorKinds = ["person", "state", ...organizationKinds] as const;

/**
 * The roles in which someone contributes to an article other than as its author. In JSON-LD an `editor`
 * (a person) is the article's `editor`, a `translator` its `translator`, and every other contributor a
 * `contributor` qualified by a Role whose `roleName` is the role.
 *
 * @example
 * ```ts
 * import { contributorRoles } from "newsgraph";
 *
 * contributorRoles.includes("photographer"); // true
 * ```
 */
export const contributorRoles = [
  "editor",
  "reporter",
  "photographer",
  "videographer",
  "illustrator",
  "translator",
  "producer",
  "fact-checker",
  "researcher",
] as const;

/**
 * The pages in which a news organisation states how it works: the Trust Project's "best practices"
 * indicator, named as schema.org names the properties that link to them.
 *
 * @example
 * ```ts
 * import { publishingPolicies } from "newsgraph";
 *
 * publishingPolicies.includes("correctionsPolicy"); // true
 * ```
 */
export const publishingPolicies = [
  "publishingPrinciples",
  "ethicsPolicy",
  "correctionsPolicy",
  "diversityPolicy",
  "diversityStaffingReport",
  "masthead",
  "missionCoveragePrioritiesPolicy",
  "noBylinesPolicy",
  "ownershipFundingInfo",
  "actionableFeedbackPolicy",
  "unnamedSourcesPolicy",
  "verificationFactCheckingPolicy",
] as const;

/**
 * The {@link publishingPolicies} that schema.org defines for a NewsMediaOrganization only: an actor has them
 * only when its kind is `media`.
 *
 * @example
 * ```ts
 * import { newsMediaPolicies } from "newsgraph";
 *
 * newsMediaPolicies.includes("masthead"); // true
 * ```
 */
export const newsMediaPolicies = [
  "masthead",
  "missionCoveragePrioritiesPolicy",
  "noBylinesPolicy",
  "verificationFactCheckingPolicy",
] as const satisfies readonly (typeof publishingPolicies)[number][];

/**
 * The speech acts a claim can perform: what the claimant does in making it.
 *
 * @example
 * ```ts
 * import { claimActs } from "newsgraph";
 *
 * claimActs.includes("denies"); // true
 * ```
 */
export const claimActs = [
  "asserts",
  "confirms",
  "reports",
  "denies",
  "estimates",
  "characterises",
  "warns",
  "pledges",
  "threatens",
  "predicts",
  "condemns",
  "calls-for",
  "opposes",
] as const;

/**
 * How the article renders the claim: in the claimant's own words (`direct`), paraphrased
 * (`indirect`), or paraphrase with quoted fragments (`mixed`).
 * @example
 * ```ts
 * import { quoteTypes } from "newsgraph";
 *
 * quoteTypes; // ["direct", "indirect", "mixed"]
 * ```
 */
export const quoteTypes = ["direct", "indirect", "mixed"] as const;

/**
 * How one claim relates to another it responds to.
 * @example
 * ```ts
 * import { claimRelations } from "newsgraph";
 *
 * claimRelations; // ["supports", "disputes", "denies", "qualifies"]
 * ```
 */
export const claimRelations = ["supports", "disputes", "denies", "qualifies"] as const;

/**
 * The kinds of event.
 * @example
 * ```ts
 * import { eventKinds } from "newsgraph";
 *
 * eventKinds.includes("arms-transfer"); // true
 * ```
 */
export const eventKinds = [
  "deployment",
  "statement",
  "press-conference",
  "agreement",
  "arms-transfer",
  "armed-conflict",
  "attack",
  "meeting",
  "negotiation",
  "ceasefire",
  "election",
  "protest",
  "sanction",
  "other",
] as const;

/**
 * The roles an actor can play in an event.
 * @example
 * ```ts
 * import { participantRoles } from "newsgraph";
 *
 * participantRoles.includes("recipient"); // true
 * ```
 */
export const participantRoles = ["agent", "target", "recipient", "participant", "host", "mediator"] as const;

/**
 * What the claims about an event say of it.
 * @example
 * ```ts
 * import { eventStatuses } from "newsgraph";
 *
 * eventStatuses; // ["reported", "confirmed", "denied", "disputed"]
 * ```
 */
export const eventStatuses = ["reported", "confirmed", "denied", "disputed"] as const;

/**
 * The kinds of place.
 * @example
 * ```ts
 * import { placeKinds } from "newsgraph";
 *
 * placeKinds.includes("region"); // true
 * ```
 */
export const placeKinds = [
  "country",
  "region",
  "city",
  "site",
  "area",
  "body-of-water",
  "continent",
] as const;

/**
 * Where a value comes from: `stated` in the source, `inferred` by whoever wrote the data, or taken
 * from an `external` reference.
 *
 * @example
 * ```ts
 * import { provenanceBases } from "newsgraph";
 *
 * provenanceBases; // ["stated", "inferred", "external"]
 * ```
 */
export const provenanceBases = ["stated", "inferred", "external"] as const;

/**
 * The officially assigned ISO 3166-1 alpha-2 country codes (249).
 *
 * @example
 * ```ts
 * import { countryCodes } from "newsgraph";
 *
 * countryCodes.includes("KP"); // true
 * ```
 */
export const countryCodes = [
  "AD",
  "AE",
  "AF",
  "AG",
  "AI",
  "AL",
  "AM",
  "AO",
  "AQ",
  "AR",
  "AS",
  "AT",
  "AU",
  "AW",
  "AX",
  "AZ",
  "BA",
  "BB",
  "BD",
  "BE",
  "BF",
  "BG",
  "BH",
  "BI",
  "BJ",
  "BL",
  "BM",
  "BN",
  "BO",
  "BQ",
  "BR",
  "BS",
  "BT",
  "BV",
  "BW",
  "BY",
  "BZ",
  "CA",
  "CC",
  "CD",
  "CF",
  "CG",
  "CH",
  "CI",
  "CK",
  "CL",
  "CM",
  "CN",
  "CO",
  "CR",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "CZ",
  "DE",
  "DJ",
  "DK",
  "DM",
  "DO",
  "DZ",
  "EC",
  "EE",
  "EG",
  "EH",
  "ER",
  "ES",
  "ET",
  "FI",
  "FJ",
  "FK",
  "FM",
  "FO",
  "FR",
  "GA",
  "GB",
  "GD",
  "GE",
  "GF",
  "GG",
  "GH",
  "GI",
  "GL",
  "GM",
  "GN",
  "GP",
  "GQ",
  "GR",
  "GS",
  "GT",
  "GU",
  "GW",
  "GY",
  "HK",
  "HM",
  "HN",
  "HR",
  "HT",
  "HU",
  "ID",
  "IE",
  "IL",
  "IM",
  "IN",
  "IO",
  "IQ",
  "IR",
  "IS",
  "IT",
  "JE",
  "JM",
  "JO",
  "JP",
  "KE",
  "KG",
  "KH",
  "KI",
  "KM",
  "KN",
  "KP",
  "KR",
  "KW",
  "KY",
  "KZ",
  "LA",
  "LB",
  "LC",
  "LI",
  "LK",
  "LR",
  "LS",
  "LT",
  "LU",
  "LV",
  "LY",
  "MA",
  "MC",
  "MD",
  "ME",
  "MF",
  "MG",
  "MH",
  "MK",
  "ML",
  "MM",
  "MN",
  "MO",
  "MP",
  "MQ",
  "MR",
  "MS",
  "MT",
  "MU",
  "MV",
  "MW",
  "MX",
  "MY",
  "MZ",
  "NA",
  "NC",
  "NE",
  "NF",
  "NG",
  "NI",
  "NL",
  "NO",
  "NP",
  "NR",
  "NU",
  "NZ",
  "OM",
  "PA",
  "PE",
  "PF",
  "PG",
  "PH",
  "PK",
  "PL",
  "PM",
  "PN",
  "PR",
  "PS",
  "PT",
  "PW",
  "PY",
  "QA",
  "RE",
  "RO",
  "RS",
  "RU",
  "RW",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "SG",
  "SH",
  "SI",
  "SJ",
  "SK",
  "SL",
  "SM",
  "SN",
  "SO",
  "SR",
  "SS",
  "ST",
  "SV",
  "SX",
  "SY",
  "SZ",
  "TC",
  "TD",
  "TF",
  "TG",
  "TH",
  "TJ",
  "TK",
  "TL",
  "TM",
  "TN",
  "TO",
  "TR",
  "TT",
  "TV",
  "TW",
  "TZ",
  "UA",
  "UG",
  "UM",
  "US",
  "UY",
  "UZ",
  "VA",
  "VC",
  "VE",
  "VG",
  "VI",
  "VN",
  "VU",
  "WF",
  "WS",
  "YE",
  "YT",
  "ZA",
  "ZM",
  "ZW",
] as const;
