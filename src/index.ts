/**
 * The typed data model for news. Schemas and types, validators and anchoring helpers.
 *
 * @module newsgraph
 */

export {
  Actor,
  type ActorInput,
  ActorKind,
  actorKinds,
  newsMediaPolicies,
  OrganizationActor,
  organizationKinds,
  PersonActor,
  PublishingPolicies,
  publishingPolicies,
  Role,
  StateActor,
} from "./model/actor";
export {
  Article,
  ArticleForm,
  ArticleGenre,
  ArticleImage,
  type ArticleInput,
  articleForms,
  articleGenres,
  BreadcrumbItem,
  Citation,
  Contributor,
  ContributorRole,
  Correction,
  contributorRoles,
  RelatedLink,
} from "./model/article";
export {
  Claim,
  ClaimAct,
  ClaimAppearance,
  type ClaimInput,
  ClaimRelation,
  ClaimResponse,
  ClaimReview,
  claimActs,
  claimRelations,
  QuoteType,
  quoteTypes,
  Rating,
  WorkType,
  workTypes,
} from "./model/claim";
export { CountryCode, countryCodes, SubdivisionCode } from "./model/country-code";
export {
  Event,
  type EventInput,
  EventKind,
  EventStatus,
  eventKinds,
  eventStatuses,
  Participant,
  ParticipantRole,
  participantRoles,
} from "./model/event";
export { FuzzyDate } from "./model/fuzzy-date";
export {
  type FuzzyDatePoint,
  type FuzzyDateQualifier,
  type ParsedFuzzyDate,
  parseFuzzyDate,
} from "./model/fuzzy-date-syntax";
export { HTTP_URL_MAX_LENGTH, HttpUrl, isHttpUrl } from "./model/http-url";
export { ImageFile } from "./model/image-file";
export { type NewsgraphIssueCode, newsgraphIssueCodes } from "./model/issue-codes";
export { NEWSGRAPH_SCHEMA_ID, newsGraphJsonSchema } from "./model/json-schema";
export { LanguageTag } from "./model/language-tag";
export { NEWSGRAPH_FORMAT, NewsGraph, type NewsGraphInput } from "./model/news-graph";
export { NODE_ID_MAX_LENGTH, NodeId } from "./model/node-id";
export { GeoPoint, Place, type PlaceInput, PlaceKind, placeKinds } from "./model/place";
export { Provenance, ProvenanceBasis, type ProvenanceSchema, provenanceBases } from "./model/provenance";
export { Quantity } from "./model/quantity";
export { newsgraphRegistry, type SchemaMetadata } from "./model/registry";
export { TextSpan } from "./model/text-span";
export type { ArticleTexts } from "./validate/anchoring";
export { formatIssuePath, NewsGraphError, type NewsGraphIssue } from "./validate/error";
export { type LocateQuoteOptions, locateQuote, type QuoteLocation } from "./validate/locate-quote";
export {
  parseNewsGraph,
  type SafeParseNewsGraphResult,
  safeParseNewsGraph,
  verifyAnchors,
} from "./validate/parse";
