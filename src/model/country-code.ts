import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { newsgraphRegistry } from "./registry";
import { countryCodes } from "./vocabulary";

const ASSIGNED: ReadonlySet<string> = new Set(countryCodes);

/**
 * An ISO 3166-1 alpha-2 country code, upper case: `KP`, `RU`, `UA`.
 *
 * @example
 * ```ts
 * import { CountryCode } from "newsgraph";
 *
 * CountryCode.parse("RU"); // "RU"
 * CountryCode.safeParse("UK").success; // false: the United Kingdom is GB
 * ```
 */
export const CountryCode: z.ZodString = z.string().check((ctx) => {
  if (!ASSIGNED.has(ctx.value)) {
    reportIssue(
      ctx,
      "invalid_country_code",
      `expected an assigned ISO 3166-1 alpha-2 country code in upper case (like "RU"), found ${describeValue(ctx.value)}`,
    );
  }
});
newsgraphRegistry.add(CountryCode, {
  id: "CountryCode",
  description: "An ISO 3166-1 alpha-2 country code.",
  pattern: `^(?:${countryCodes.join("|")})$`,
});

/**
 * An ISO 3166-1 alpha-2 code.
 *
 * @example
 * ```ts
 * import { CountryCode } from "newsgraph";
 *
 * const code: CountryCode = "RU";
 * ```
 */
export type CountryCode = z.output<typeof CountryCode>;

const SUBDIVISION = /^([A-Z]{2})-[A-Z\d]{1,3}$/;

/**
 * An ISO 3166-2 subdivision code: a country code, a hyphen and up to three letters or digits
 * (`RU-KRS` for Kursk Oblast). The country part must be an assigned code.
 *
 * @example
 * ```ts
 * import { SubdivisionCode } from "newsgraph";
 *
 * SubdivisionCode.parse("RU-KRS"); // "RU-KRS"
 * ```
 */
export const SubdivisionCode: z.ZodString = z.string().check((ctx) => {
  const match = ctx.value.length <= 6 ? SUBDIVISION.exec(ctx.value) : null;
  if (!match || !ASSIGNED.has(match[1] ?? "")) {
    reportIssue(
      ctx,
      "invalid_subdivision_code",
      `expected an ISO 3166-2 subdivision code such as "RU-KRS", found ${describeValue(ctx.value)}`,
    );
  }
});
newsgraphRegistry.add(SubdivisionCode, {
  id: "SubdivisionCode",
  description: "An ISO 3166-2 subdivision code such as RU-KRS.",
  // The country part spelled out, so that the JSON Schema too requires an assigned code.
  pattern: `^(?:${countryCodes.join("|")})-[A-Z\\d]{1,3}$`,
});

/**
 * An ISO 3166-2 code.
 *
 * @example
 * ```ts
 * import { SubdivisionCode } from "newsgraph";
 *
 * const code: SubdivisionCode = "RU-KRS";
 * ```
 */
export type SubdivisionCode = z.output<typeof SubdivisionCode>;

export { countryCodes };
