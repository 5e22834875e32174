import fc from "fast-check";
import type { GeoPoint } from "../model/place";
import type { Provenance } from "../model/provenance";
import type { Quantity } from "../model/quantity";
import { provenanceBases, provenanceFormats } from "../model/vocabulary";
import { defined } from "./defined";
import { SAMPLE_COUNTRY_CODES } from "./vocabulary";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const slugCharacter = fc.constantFrom(...`${LOWER}${DIGITS}`);
const slugWord = fc.string({ unit: slugCharacter, minLength: 1, maxLength: 8 });

/**
 * Node ids: lowercase slugs (`mark-rutte`, `claim-2`), now and then one that is also the name of a
 * property of `Object.prototype` (`constructor`) or exactly 200 characters long, the longest allowed.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryNodeId } from "newsgraph/testing";
 *
 * fc.sample(arbitraryNodeId(), 3); // e.g. ["k3-ab", "constructor", "x"]
 * ```
 */
export function arbitraryNodeId(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(slugWord, { minLength: 1, maxLength: 4 }).map((w) => w.join("-")) },
    { weight: 1, arbitrary: fc.constantFrom("constructor", "prototype", "tostring", "valueof", "0", "a") },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ unit: slugCharacter, minLength: 98, maxLength: 98 }), slugWord)
        .map(([head, tail]) => `${head}-${tail}`.padEnd(200, "0").slice(0, 200)),
    },
  );
}

/** Characters seen in real and hostile text: markup, quotes, line separators, combining marks, emoji. */
const HOSTILE_FRAGMENTS = [
  "</script>",
  "<!--",
  "-->",
  "<script>",
  "]]>",
  "&amp;",
  "&",
  '"',
  "'",
  "\\",
  "\u2028",
  "\u2029",
  "\u00a0",
  "\n\n",
  "\t",
  "“significant escalation”",
  "e\u0301",
  "\u00e9",
  "😀",
  "👩🏽‍🚀",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "\u0000",
  "\ufeff",
  "Курск",
  "조선",
  "عربى",
];

const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "a\ud83d", "\ude00b"];

/**
 * Options of {@link arbitraryText}.
 *
 * @example
 * ```ts
 * import { arbitraryText } from "newsgraph/testing";
 *
 * const headlines = arbitraryText({ minLength: 1, maxPieces: 4 });
 * ```
 */
export interface TextOptions {
  /** Fewest UTF-16 code units. Default 0. */
  minLength?: number;
  /** Most pieces the text is made of (each piece a few characters). Default 8. */
  maxPieces?: number;
  /** Whether lone surrogates (ill-formed UTF-16, which JavaScript strings allow) may occur. Default false. */
  loneSurrogates?: boolean;
}

/**
 * Text as people and attackers write it: any Unicode, astral characters (emoji, mathematical letters)
 * included, mixed with markup (`</script>`, `<!--`), quotes, U+2028/U+2029 and combining marks; with
 * `loneSurrogates`, ill-formed UTF-16 too.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryText } from "newsgraph/testing";
 *
 * fc.sample(arbitraryText({ minLength: 1 }), 2); // e.g. ["Rutte</script>😀", "a“b”"]
 * ```
 */
export function arbitraryText(options: TextOptions = {}): fc.Arbitrary<string> {
  const { minLength = 0, maxPieces = 8, loneSurrogates = false } = options;
  const pieces: fc.WeightedArbitrary<string>[] = [
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  ];
  if (loneSurrogates) pieces.push({ weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) });
  const piece = fc.oneof(...pieces);
  return fc
    .array(piece, { minLength: minLength > 0 ? 1 : 0, maxLength: Math.max(1, maxPieces) })
    .map((parts) => parts.join(""))
    .filter((text) => text.length >= minLength);
}

const hostLabel = fc.string({ unit: fc.constantFrom(...`${LOWER}${DIGITS}`), minLength: 1, maxLength: 10 });
const topLevelDomain = fc.string({ unit: fc.constantFrom(...LOWER), minLength: 2, maxLength: 6 });
const host = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.array(hostLabel, { maxLength: 3 }), topLevelDomain) },
  { weight: 1, arbitrary: fc.constant<[string[], string]>([["bücher"], "example"]) },
  { weight: 1, arbitrary: fc.constant<[string[], string]>([["www", "wikidata"], "org"]) },
);
// Characters a URL may hold, including ones the URL parser percent-encodes (markup, quotes, astral
// characters): never white space or a control character, which newsgraph refuses.
const urlCharacter = fc.constantFrom(
  ...`${LOWER}${DIGITS}ABCXYZ-._~!$&'()*+,;=:@%<>"{}|^\`[]\\`,
  "%20",
  "%2F",
  "é",
  "😀",
  "</script>",
);
const urlPiece = fc.string({ unit: urlCharacter, maxLength: 8 });

/**
 * Absolute `http:`/`https:` URLs with a host, optional port, path, query and fragment, whose path may
 * hold markup (`</script>`), quotes and non-ASCII characters; now and then one exactly 4096
 * characters long, the longest allowed.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryHttpUrl } from "newsgraph/testing";
 *
 * fc.sample(arbitraryHttpUrl(), 2); // e.g. ["https://a.example/x</script>", "HTTP://k9.org:80/?q#f"]
 * ```
 */
export function arbitraryHttpUrl(): fc.Arbitrary<string> {
  const url = fc
    .record({
      scheme: fc.constantFrom("https", "https", "http", "HTTPS", "Http"),
      host,
      port: fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }),
      path: fc.array(urlPiece, { maxLength: 4 }),
      query: fc.option(urlPiece, { nil: undefined }),
      fragment: fc.option(urlPiece, { nil: undefined }),
    })
    .map(({ scheme, host: [labels, tld], port, path, query, fragment }) => {
      const authority = [...labels, tld].join(".") + (port === undefined ? "" : `:${port}`);
      const rest =
        (path.length > 0 ? `/${path.join("/")}` : "") +
        (query === undefined ? "" : `?${query}`) +
        (fragment === undefined ? "" : `#${fragment}`);
      return `${scheme}://${authority}${rest}`;
    });
  const longest = fc.constant(`https://example.org/${"a".repeat(4096 - 20)}`);
  return fc.oneof({ weight: 30, arbitrary: url }, { weight: 1, arbitrary: longest });
}

/**
 * Well-formed BCP 47 language tags with a two- or three-letter language: `en`, `en-GB`, `zh-yue-HK`,
 * `zh-Hant-TW`, `es-419`, `de-CH-1996`, extensions and private use (`en-a-bbb-x-private`), in any
 * letter case.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryLanguageTag } from "newsgraph/testing";
 *
 * fc.sample(arbitraryLanguageTag(), 3); // e.g. ["en", "sr-Latn-RS", "x-ab"]
 * ```
 */
export function arbitraryLanguageTag(): fc.Arbitrary<string> {
  const letters = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(..."abcxyzEGHLNRSTU"), minLength: min, maxLength: max });
  const alphanumerics = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(..."abkxz019AZ"), minLength: min, maxLength: max });
  const digits = (count: number) =>
    fc.string({ unit: fc.constantFrom(...DIGITS), minLength: count, maxLength: count });
  const subtags = (arbitrary: fc.Arbitrary<string>, max: number) =>
    fc.array(arbitrary, { maxLength: max }).map((parts) => parts.map((part) => `-${part}`).join(""));
  const singleton = fc.constantFrom(..."abkrtyz019");
  const composed = fc
    .tuple(
      fc.tuple(letters(2, 3), subtags(letters(3, 3), 3)).map(([language, extlangs]) => language + extlangs),
      subtags(letters(4, 4), 1),
      subtags(fc.oneof(letters(2, 2), digits(3)), 1),
      subtags(
        fc.oneof(
          alphanumerics(5, 8),
          fc.tuple(digits(1), alphanumerics(3, 3)).map(([d, r]) => d + r),
        ),
        2,
      ),
      subtags(
        fc
          .tuple(singleton, fc.array(alphanumerics(2, 8), { minLength: 1, maxLength: 2 }))
          .map(([s, parts]) => `${s}-${parts.join("-")}`),
        1,
      ),
      fc.option(fc.array(alphanumerics(1, 8), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    )
    .map(([language, script, region, variants, extensions, privateUse]) => {
      const tail = privateUse === undefined ? "" : `-x-${privateUse.join("-")}`;
      return `${language}${script}${region}${variants}${extensions}${tail}`;
    });
  const common = fc.constantFrom("en", "en-GB", "de", "fr-CA", "zh-Hant-TW", "sr-Latn", "es-419", "ko", "ru");
  const privateOnly = fc
    .array(alphanumerics(1, 8), { minLength: 1, maxLength: 3 })
    .map((p) => `x-${p.join("-")}`);
  return fc
    .oneof(
      { weight: 4, arbitrary: common },
      { weight: 4, arbitrary: composed },
      { weight: 1, arbitrary: privateOnly },
    )
    .filter((tag) => tag.length <= 64);
}

/**
 * Assigned ISO 3166-1 alpha-2 country codes (a sample of the list, first and last included).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryCountryCode } from "newsgraph/testing";
 *
 * fc.sample(arbitraryCountryCode(), 2); // e.g. ["RU", "KP"]
 * ```
 */
export function arbitraryCountryCode(): fc.Arbitrary<string> {
  return fc.constantFrom(...SAMPLE_COUNTRY_CODES);
}

/**
 * ISO 3166-2 subdivision codes: an assigned country code, a hyphen and one to three letters or digits.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitrarySubdivisionCode } from "newsgraph/testing";
 *
 * fc.sample(arbitrarySubdivisionCode(), 2); // e.g. ["RU-KRS", "UA-9"]
 * ```
 */
export function arbitrarySubdivisionCode(): fc.Arbitrary<string> {
  const part = fc.string({ unit: fc.constantFrom(..."ABKRSZ09"), minLength: 1, maxLength: 3 });
  return fc.tuple(arbitraryCountryCode(), part).map(([country, code]) => `${country}-${code}`);
}

/**
 * Finite numbers of every size, the edges included: `-0`, the smallest subnormal, ±1e308.
 * @internal
 */
export function arbitraryFiniteNumber(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
    { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e308, max: 1e308 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
    },
  );
}

/**
 * Quantities as sources state them: a value, a range or a bound (at least one of `value`, `min`, `max`,
 * with `min <= value <= max`), an optional hedge, a unit and the words used.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryQuantity } from "newsgraph/testing";
 *
 * fc.sample(arbitraryQuantity(), 1); // e.g. [{ max: 5000, unit: "soldiers", text: "up to 5,000" }]
 * ```
 */
export function arbitraryQuantity(): fc.Arbitrary<Quantity> {
  const numbers = fc.array(arbitraryFiniteNumber(), { minLength: 1, maxLength: 3 }).map((list) =>
    // Sorted with -0 before 0, so that min <= value <= max holds whichever of them is kept.
    [...list].sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0)),
  );
  const which = fc.constantFrom("value", "min", "max", "min-max", "min-value", "value-max", "min-value-max");
  return fc
    .record(
      {
        numbers,
        which,
        approximate: fc.boolean(),
        unit: arbitraryText({ minLength: 1, maxPieces: 3 }),
        text: arbitraryText({ minLength: 1, maxPieces: 3 }),
      },
      { requiredKeys: ["numbers", "which", "unit"], noNullPrototype: true },
    )
    .map(({ numbers: sorted, which: fields, approximate, unit, text }) => {
      const low = sorted[0] ?? 0;
      const middle = sorted[Math.floor(sorted.length / 2)] ?? low;
      const high = sorted[sorted.length - 1] ?? low;
      const has = (field: "value" | "min" | "max") => fields === field || fields.split("-").includes(field);
      return defined<Quantity>({
        value: has("value") ? middle : undefined,
        min: has("min") ? low : undefined,
        max: has("max") ? high : undefined,
        approximate,
        unit,
        text,
      });
    });
}

/**
 * Provenance: `stated` (a note or not), or `inferred`/`external` with the note they require, and
 * sometimes the URL of the source and where in it the value was read (its origin).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryProvenance } from "newsgraph/testing";
 *
 * fc.sample(arbitraryProvenance(), 1); // e.g. [{ basis: "inferred", note: "year from context" }]
 * ```
 */
export function arbitraryProvenance(): fc.Arbitrary<Provenance> {
  const note = arbitraryText({ minLength: 1, maxPieces: 4 });
  return fc
    .record(
      {
        basis: fc.constantFrom(...provenanceBases),
        note,
        source: arbitraryHttpUrl(),
        origin: fc.record(
          {
            format: fc.constantFrom(...provenanceFormats),
            at: arbitraryText({ minLength: 1, maxPieces: 2 }),
          },
          { noNullPrototype: true },
        ),
        withNote: fc.boolean(),
      },
      { requiredKeys: ["basis", "note", "withNote"], noNullPrototype: true },
    )
    .map(({ basis, note: words, source, origin, withNote }) => {
      const provenance: Provenance = { basis };
      if (basis !== "stated" || withNote) provenance.note = words;
      if (source !== undefined) provenance.source = source;
      if (origin !== undefined) provenance.origin = origin;
      return provenance;
    });
}

/**
 * Points on the earth, the poles, the antimeridian and `-0` included.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryGeoPoint } from "newsgraph/testing";
 *
 * fc.sample(arbitraryGeoPoint(), 1); // e.g. [{ latitude: 51.73, longitude: 36.19 }]
 * ```
 */
export function arbitraryGeoPoint(): fc.Arbitrary<GeoPoint> {
  const degrees = (limit: number) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.double({ min: -limit, max: limit, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(-limit, limit, 0, -0) },
    );
  return fc.record({ latitude: degrees(90), longitude: degrees(180) }, { noNullPrototype: true });
}
