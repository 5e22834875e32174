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
} from "./extract";
export {
  type FromJsonLdOptions,
  type FromJsonLdResult,
  fromJsonLd,
  type ImportWarning,
} from "./from-json-ld";
export {
  type ArticleJsonLdOptions,
  articleJsonLd,
  type JsonLdOptions,
  type JsonLdProfile,
  toJsonLd,
} from "./graph";
export { checkPublishing, PUBLISHING_RULES, type PublishingFinding, type PublishingRule } from "./publishing";
export { type JsonLdScriptOptions, jsonLdScript, jsonLdText } from "./script";
