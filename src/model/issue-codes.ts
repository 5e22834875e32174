/**
 * The codes of the issues that newsgraph's own rules report, on top of zod's built-in codes
 * (`invalid_type`, `unrecognized_keys`, `too_small`, `invalid_value`, …).
 *
 * @example
 * ```ts
 * import { newsgraphIssueCodes } from "newsgraph";
 *
 * newsgraphIssueCodes.includes("unresolved_reference"); // true
 * ```
 */
export const newsgraphIssueCodes = [
  "invalid_id",
  "invalid_url",
  "invalid_date",
  "invalid_language",
  "invalid_country_code",
  "invalid_subdivision_code",
  "invalid_quantity",
  "invalid_citation",
  "invalid_span",
  "invalid_appearance",
  "invalid_update",
  "missing_note",
  "media_only_policy",
  "inconsistent_paywall",
  "duplicate_id",
  "duplicate_url",
  "unresolved_reference",
  "wrong_reference_kind",
  "reference_cycle",
  "end_before_start",
  "self_response",
  "anchor_out_of_range",
  "anchor_mismatch",
  "unanchored_quote",
  "unknown_article_text",
  "unreadable_input",
] as const;

/**
 * One of {@link newsgraphIssueCodes}.
 *
 * @example
 * ```ts
 * import type { NewsgraphIssueCode } from "newsgraph";
 *
 * const code: NewsgraphIssueCode = "duplicate_id";
 * ```
 */
export type NewsgraphIssueCode = (typeof newsgraphIssueCodes)[number];
