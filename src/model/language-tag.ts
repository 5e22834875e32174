import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { newsgraphRegistry } from "./registry";

// Well-formed BCP 47 (RFC 5646 §2.1): language, optional script, region, variants, extensions and
// private use; or a private-use tag alone. The language is two or three letters: RFC 5646 reserves
// four-letter ones and keeps five to eight for registrations, of which there are none, so that a word
// such as "english" is refused. Each part is delimited by "-", so the pattern cannot backtrack more
// than linearly, and the length is capped before it runs.
const LANGUAGE_TAG =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[a-wyzA-WYZ\d](?:-[a-zA-Z\d]{2,8})+)*(?:-[xX](?:-[a-zA-Z\d]{1,8})+)?|[xX](?:-[a-zA-Z\d]{1,8})+)$/;
const LANGUAGE_TAG_MAX_LENGTH = 64;

/**
 * A BCP 47 language tag such as `en`, `en-GB`, `zh-Hant-TW` or `sr-Latn`.
 *
 * @example
 * ```ts
 * import { LanguageTag } from "newsgraph";
 *
 * LanguageTag.parse("en-GB"); // "en-GB"
 * LanguageTag.safeParse("english").success; // false
 * ```
 */
export const LanguageTag: z.ZodString = z.string().check((ctx) => {
  if (ctx.value.length > LANGUAGE_TAG_MAX_LENGTH || !LANGUAGE_TAG.test(ctx.value)) {
    reportIssue(
      ctx,
      "invalid_language",
      `expected a BCP 47 language tag such as "en" or "en-GB", found ${describeValue(ctx.value)}`,
    );
  }
});
newsgraphRegistry.add(LanguageTag, {
  id: "LanguageTag",
  description: "A BCP 47 language tag such as en or en-GB.",
  pattern: LANGUAGE_TAG.source,
  maxLength: LANGUAGE_TAG_MAX_LENGTH,
});

/**
 * A BCP 47 language tag.
 *
 * @example
 * ```ts
 * import { LanguageTag } from "newsgraph";
 *
 * const language: LanguageTag = "en";
 * ```
 */
export type LanguageTag = z.output<typeof LanguageTag>;
