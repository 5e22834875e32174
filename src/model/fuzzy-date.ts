import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { FUZZY_DATE_MAX_LENGTH, FUZZY_DATE_PATTERN, parseFuzzyDate } from "./fuzzy-date-syntax";
import { newsgraphRegistry } from "./registry";

/**
 * A date as precise as the source makes it: ISO 8601 with reduced precision (`2024`, `2024-06`,
 * `2024-10-28`), a date-time with its offset (`2024-10-28T14:30:00+01:00`, never without one),
 * EDTF-style qualifiers (`2024-06~` approximate, `2024?` uncertain, `2024-06%` both) and intervals
 * (`2024-06/2024-07`, open-ended `2022-02-24/..`). Impossible dates (`2024-02-30`, `2024-13`) are rejected.
 *
 * @example
 * ```ts
 * import { FuzzyDate } from "newsgraph";
 *
 * FuzzyDate.parse("2024-06~"); // "2024-06~"
 * FuzzyDate.safeParse("2024-02-30").success; // false
 * ```
 */
export const FuzzyDate: z.ZodString = z.string().check((ctx) => {
  if (parseFuzzyDate(ctx.value) !== undefined) return;
  const withOffset = withExampleOffset(ctx.value);
  reportIssue(
    ctx,
    "invalid_date",
    withOffset === undefined
      ? `expected a possible date in ISO 8601 form ("2024", "2024-06", "2024-10-28", "2024-10-28T14:30:00+01:00"), optionally with ~ or ? or as an interval "start/end", found ${describeValue(ctx.value)}`
      : `no UTC offset in ${describeValue(ctx.value)}: a time without one could be in any time zone; expected the offset after the time, such as ${describeValue(withOffset)}, or "Z" for UTC`,
  );
});

// A time with no offset (hours and minutes, seconds and fractions optional), as many systems export it.
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

// The value with an example offset after each time that lacks one, when that alone would make it valid.
function withExampleOffset(value: string): string | undefined {
  const parts = value.split("/");
  if (parts.length > 2 || !parts.some((part) => LOCAL_DATE_TIME.test(part))) return undefined;
  const fixed = parts.map((part) => (LOCAL_DATE_TIME.test(part) ? `${part}+01:00` : part)).join("/");
  return parseFuzzyDate(fixed) === undefined ? undefined : fixed;
}
newsgraphRegistry.add(FuzzyDate, {
  id: "FuzzyDate",
  description:
    "An ISO 8601 date with reduced precision, a date-time with offset, an EDTF qualifier (~ ? %) or an interval.",
  pattern: FUZZY_DATE_PATTERN,
  maxLength: FUZZY_DATE_MAX_LENGTH,
});

/**
 * A fuzzy date string.
 *
 * @example
 * ```ts
 * import { FuzzyDate } from "newsgraph";
 *
 * const when: FuzzyDate = "2024-06~";
 * ```
 */
export type FuzzyDate = z.output<typeof FuzzyDate>;
