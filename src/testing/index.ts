/**
 * Arbitraries for fast-check that generate valid newsgraph data, for property tests. fast-check is an
 * optional peer dependency; this entry loads no zod.
 *
 * @module newsgraph/testing
 */

export { arbitraryDateRange, arbitraryFuzzyDate } from "./fuzzy-date";
export { arbitraryNewsGraph, type NewsGraphOptions } from "./news-graph";
export {
  type ActorOptions,
  type ArticleOptions,
  arbitraryActor,
  arbitraryArticle,
  arbitraryClaim,
  arbitraryEvent,
  arbitraryPlace,
  type NodeOptions,
  type ReferenceTargets,
} from "./nodes";
export {
  arbitraryCountryCode,
  arbitraryGeoPoint,
  arbitraryHttpUrl,
  arbitraryLanguageTag,
  arbitraryNodeId,
  arbitraryProvenance,
  arbitraryQuantity,
  arbitrarySubdivisionCode,
  arbitraryText,
  type TextOptions,
} from "./values";
