/**
 * Schema.org JSON-LD from a newsgraph document and back, safe embedding, publishing checks and extraction.
 * Nothing here imports zod at run time (tests/jsonld/graph.test.ts proves it).
 *
 * @module newsgraph/jsonld
 */

export {
  type ExtractedJsonLd,
  type ExtractFinding,
  type ExtractFindingCode,
  extractJsonLd,
  type JsonLdBlock,
} from "../import/extract";
export {
  type FromJsonLdOptions,
  type FromJsonLdResult,
  fromJsonLd,
  type ImportWarning,
} from "../import/jsonld/from-json-ld";
export {
  type ArticleJsonLdOptions,
  articleJsonLd,
  type JsonLdOptions,
  type JsonLdProfile,
  toJsonLd,
} from "./graph";
export type {
  JsonLdActor,
  JsonLdBreadcrumbList,
  JsonLdCitation,
  JsonLdClaim,
  JsonLdClaimReview,
  JsonLdContributorRole,
  JsonLdCorrectionComment,
  JsonLdCreativeWork,
  JsonLdEvent,
  JsonLdFormType,
  JsonLdGenreType,
  JsonLdGeoCoordinates,
  JsonLdGraph,
  JsonLdImageObject,
  JsonLdListItem,
  JsonLdNewsArticle,
  JsonLdNode,
  JsonLdOrganization,
  JsonLdOrganizationRole,
  JsonLdPerson,
  JsonLdPlace,
  JsonLdPostalAddress,
  JsonLdQuantitativeValue,
  JsonLdQuotation,
  JsonLdRating,
  JsonLdReference,
  JsonLdThing,
  JsonLdWebPage,
  JsonLdWebPageElement,
  JsonLdWebSite,
} from "./output";
export {
  checkPublishing,
  PUBLISHING_RULES,
  type PublishingFinding,
  type PublishingRule,
  TRUST_INDICATORS,
  type TrustIndicator,
  type TrustProfile,
  type TrustReport,
  type TrustSignal,
  trustIndicators,
} from "./publishing";
export { type JsonLdScriptOptions, jsonLdScript, jsonLdText } from "./script";
