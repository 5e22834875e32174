import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { newsgraphRegistry } from "./registry";

/**
 * The officially assigned ISO 3166-1 alpha-2 country codes (249).
 *
 * @example
 * ```ts
 * import { countryCodes } from "newsgraph";
 *
 * countryCodes.includes("KP"); // true
 * ```
 */
export const countryCodes = [
  "AD",
  "AE",
  "AF",
  "AG",
  "AI",
  "AL",
  "AM",
  "AO",
  "AQ",
  "AR",
  "AS",
  "AT",
  "AU",
  "AW",
  "AX",
  "AZ",
  "BA",
  "BB",
  "BD",
  "BE",
  "BF",
  "BG",
  "BH",
  "BI",
  "BJ",
  "BL",
  "BM",
  "BN",
  "BO",
  "BQ",
  "BR",
  "BS",
  "BT",
  "BV",
  "BW",
  "BY",
  "BZ",
  "CA",
  "CC",
  "CD",
  "CF",
  "CG",
  "CH",
  "CI",
  "CK",
  "CL",
  "CM",
  "CN",
  "CO",
  "CR",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "CZ",
  "DE",
  "DJ",
  "DK",
  "DM",
  "DO",
  "DZ",
  "EC",
  "EE",
  "EG",
  "EH",
  "ER",
  "ES",
  "ET",
  "FI",
  "FJ",
  "FK",
  "FM",
  "FO",
  "FR",
  "GA",
  "GB",
  "GD",
  "GE",
  "GF",
  "GG",
  "GH",
  "GI",
  "GL",
  "GM",
  "GN",
  "GP",
  "GQ",
  "GR",
  "GS",
  "GT",
  "GU",
  "GW",
  "GY",
  "HK",
  "HM",
  "HN",
  "HR",
  "HT",
  "HU",
  "ID",
  "IE",
  "IL",
  "IM",
  "IN",
  "IO",
  "IQ",
  "IR",
  "IS",
  "IT",
  "JE",
  "JM",
  "JO",
  "JP",
  "KE",
  "KG",
  "KH",
  "KI",
  "KM",
  "KN",
  "KP",
  "KR",
  "KW",
  "KY",
  "KZ",
  "LA",
  "LB",
  "LC",
  "LI",
  "LK",
  "LR",
  "LS",
  "LT",
  "LU",
  "LV",
  "LY",
  "MA",
  "MC",
  "MD",
  "ME",
  "MF",
  "MG",
  "MH",
  "MK",
  "ML",
  "MM",
  "MN",
  "MO",
  "MP",
  "MQ",
  "MR",
  "MS",
  "MT",
  "MU",
  "MV",
  "MW",
  "MX",
  "MY",
  "MZ",
  "NA",
  "NC",
  "NE",
  "NF",
  "NG",
  "NI",
  "NL",
  "NO",
  "NP",
  "NR",
  "NU",
  "NZ",
  "OM",
  "PA",
  "PE",
  "PF",
  "PG",
  "PH",
  "PK",
  "PL",
  "PM",
  "PN",
  "PR",
  "PS",
  "PT",
  "PW",
  "PY",
  "QA",
  "RE",
  "RO",
  "RS",
  "RU",
  "RW",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "SG",
  "SH",
  "SI",
  "SJ",
  "SK",
  "SL",
  "SM",
  "SN",
  "SO",
  "SR",
  "SS",
  "ST",
  "SV",
  "SX",
  "SY",
  "SZ",
  "TC",
  "TD",
  "TF",
  "TG",
  "TH",
  "TJ",
  "TK",
  "TL",
  "TM",
  "TN",
  "TO",
  "TR",
  "TT",
  "TV",
  "TW",
  "TZ",
  "UA",
  "UG",
  "UM",
  "US",
  "UY",
  "UZ",
  "VA",
  "VC",
  "VE",
  "VG",
  "VI",
  "VN",
  "VU",
  "WF",
  "WS",
  "YE",
  "YT",
  "ZA",
  "ZM",
  "ZW",
] as const;

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

/** An ISO 3166-1 alpha-2 code. @example `const code: CountryCode = "RU";` */
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

/** An ISO 3166-2 code. @example `const code: SubdivisionCode = "RU-KRS";` */
export type SubdivisionCode = z.output<typeof SubdivisionCode>;
