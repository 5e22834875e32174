// The model's string syntaxes (BCP 47 tag, country codes, node id), zod-free, so that the importer can
// produce values that validate without loading zod; a test keeps each in step with src/model. The URL rule
// is the model's own (src/model/http-url-syntax.ts).
import { countryCodes } from "../../model/vocabulary";

// As LANGUAGE_TAG in src/model/language-tag.ts.
const LANGUAGE_TAG =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[a-wyzA-WYZ\d](?:-[a-zA-Z\d]{2,8})+)*(?:-[xX](?:-[a-zA-Z\d]{1,8})+)?|[xX](?:-[a-zA-Z\d]{1,8})+)$/;

/** Whether a string is a well-formed BCP 47 tag, as the model's `LanguageTag` checks it. @internal */
export const isLanguageTag = (value: string): boolean => value.length <= 64 && LANGUAGE_TAG.test(value);

const COUNTRY_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(countryCodes);

/** Whether a string is an assigned ISO 3166-1 alpha-2 code, as the model's `CountryCode` checks it. @internal */
export const isCountryCode = (value: string): boolean => COUNTRY_CODES.has(value);

const SUBDIVISION = /^([A-Z]{2})-[A-Z\d]{1,3}$/;

/** Whether a string is an ISO 3166-2 code, as the model's `SubdivisionCode` checks it. @internal */
export function isSubdivisionCode(value: string): boolean {
  const match = value.length <= 6 ? SUBDIVISION.exec(value) : null;
  return match !== null && COUNTRY_CODES.has(match[1] ?? "");
}

/** Longest node id (as `NODE_ID_MAX_LENGTH` in src/model/node-id.ts). @internal */
export const ID_MAX_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string is a node id the model accepts. @internal */
export const isNodeId = (value: string): boolean => value.length <= ID_MAX_LENGTH && SLUG.test(value);
