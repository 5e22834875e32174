// The model's enumerations, restated without zod so that `newsgraph/testing` loads no validator.
// `everyOf` makes the compiler reject a list that misses a member or names one that does not exist,
// and tests/testing/vocabulary.test.ts checks the lists against the model's own at run time.
import type { Actor, ActorKind } from "../model/actor";
import type { Article, ArticleGenre } from "../model/article";
import type { Claim, ClaimAct, ClaimRelation, QuoteType } from "../model/claim";
import type { Event, EventKind, EventStatus, ParticipantRole } from "../model/event";
import type { Place, PlaceKind } from "../model/place";
import type { ProvenanceBasis } from "../model/provenance";

// Checks, at compile time, that a list names every member of a union and nothing else.
const everyOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(
    list: List &
      ([Exclude<Union, List[number]>] extends [never] ? unknown : { missing: Exclude<Union, List[number]> }),
  ): List =>
    list;

/** The article genres. @internal */
export const GENRES = everyOf<ArticleGenre>()([
  "news",
  "analysis",
  "opinion",
  "reportage",
  "background",
  "review",
  "ask-public",
]);

/** The organisation kinds of actor (every kind but person and state). @internal */
export const ORGANIZATION_KINDS = everyOf<Exclude<ActorKind, "person" | "state">>()([
  "organization",
  "government",
  "intergovernmental",
  "armed-group",
  "military",
  "media",
  "political-party",
  "company",
  "ngo",
]);

/** The speech acts of a claim. @internal */
export const CLAIM_ACTS = everyOf<ClaimAct>()([
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
]);

/** The quote types. @internal */
export const QUOTE_TYPES = everyOf<QuoteType>()(["direct", "indirect", "mixed"]);

/** The relations of a claim response. @internal */
export const CLAIM_RELATIONS = everyOf<ClaimRelation>()(["supports", "disputes", "denies", "qualifies"]);

/** The event kinds. @internal */
export const EVENT_KINDS = everyOf<EventKind>()([
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
]);

/** The roles of a participant. @internal */
export const PARTICIPANT_ROLES = everyOf<ParticipantRole>()([
  "agent",
  "target",
  "recipient",
  "participant",
  "host",
  "mediator",
]);

/** The event statuses. @internal */
export const EVENT_STATUSES = everyOf<EventStatus>()(["reported", "confirmed", "denied", "disputed"]);

/** The place kinds. @internal */
export const PLACE_KINDS = everyOf<PlaceKind>()([
  "country",
  "region",
  "city",
  "site",
  "area",
  "body-of-water",
  "continent",
]);

/** The provenance bases. @internal */
export const PROVENANCE_BASES = everyOf<ProvenanceBasis>()(["stated", "inferred", "external"]);

type FieldsOf<Node extends { fieldProvenance?: object | undefined }> = keyof NonNullable<
  Node["fieldProvenance"]
>;
type PersonNode = Extract<Actor, { kind: "person" }>;
type StateNode = Extract<Actor, { kind: "state" }>;
type OrganizationNode = Exclude<Actor, PersonNode | StateNode>;

/** The fields of each kind of node that `fieldProvenance` may describe. @internal */
export const PROVENANCE_FIELDS = {
  article: everyOf<FieldsOf<Article>>()([
    "id",
    "url",
    "headline",
    "alternativeHeadline",
    "description",
    "genre",
    "language",
    "datePublished",
    "dateModified",
    "authors",
    "publisher",
    "section",
    "keywords",
    "images",
    "text",
    "dateline",
    "about",
    "mentions",
    "related",
    "corrections",
    "isAccessibleForFree",
  ]),
  person: everyOf<FieldsOf<PersonNode>>()([
    "id",
    "name",
    "alternateNames",
    "description",
    "sameAs",
    "memberOf",
    "kind",
    "nationality",
    "roles",
  ]),
  state: everyOf<FieldsOf<StateNode>>()([
    "id",
    "name",
    "alternateNames",
    "description",
    "sameAs",
    "memberOf",
    "kind",
    "territory",
  ]),
  organization: everyOf<FieldsOf<OrganizationNode>>()([
    "id",
    "name",
    "alternateNames",
    "description",
    "sameAs",
    "memberOf",
    "kind",
    "country",
    "roles",
  ]),
  claim: everyOf<FieldsOf<Claim>>()([
    "id",
    "claimant",
    "statement",
    "act",
    "cue",
    "quoteType",
    "date",
    "about",
    "quantities",
    "quote",
    "evidence",
    "responds",
    "reportedBy",
    "review",
  ]),
  event: everyOf<FieldsOf<Event>>()([
    "id",
    "name",
    "kind",
    "description",
    "start",
    "end",
    "location",
    "participants",
    "partOf",
    "quantities",
    "status",
  ]),
  place: everyOf<FieldsOf<Place>>()([
    "id",
    "kind",
    "name",
    "alternateNames",
    "containedIn",
    "countryCode",
    "subdivisionCode",
    "geo",
    "sameAs",
  ]),
};

/**
 * A sample of assigned ISO 3166-1 alpha-2 codes: the first and last of the list, codes that read like
 * words, and the countries of the example data. (The full list lives with the zod schema.) @internal
 */
export const SAMPLE_COUNTRY_CODES = [
  "AD",
  "ZW",
  "RU",
  "UA",
  "KP",
  "KR",
  "US",
  "GB",
  "FR",
  "DE",
  "CN",
  "JP",
  "IN",
  "BR",
  "NO",
  "IS",
  "IT",
  "TO",
  "AX",
  "CW",
] as const;
