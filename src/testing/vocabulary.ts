// What the arbitraries draw from, besides the model's enumerations (src/model/vocabulary.ts, free of zod
// so that `newsgraph/testing` loads no validator). `everyOf` makes the compiler reject a list that misses
// a member or names one that does not exist.
import type { Actor } from "../model/actor";
import type { Article } from "../model/article";
import type { Claim } from "../model/claim";
import type { Event } from "../model/event";
import type { Place } from "../model/place";

// Checks, at compile time, that a list names every member of a union and nothing else.
const everyOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(
    list: List &
      ([Exclude<Union, List[number]>] extends [never] ? unknown : { missing: Exclude<Union, List[number]> }),
  ): List =>
    list;

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
    "form",
    "language",
    "datePublished",
    "dateModified",
    "authors",
    "contributors",
    "publisher",
    "section",
    "breadcrumb",
    "keywords",
    "images",
    "text",
    "dateline",
    "about",
    "mentions",
    "related",
    "citations",
    "backstory",
    "corrections",
    "updates",
    "isAccessibleForFree",
    "paywalledParts",
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
    "url",
    "image",
    "jobTitle",
    "worksFor",
    "knowsAbout",
    "knowsLanguage",
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
    "url",
    "logo",
    "foundingDate",
    "languages",
    "policies",
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
    "appearances",
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
