import fc from "fast-check";

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// The proleptic Gregorian calendar of ISO 8601, year 0000 (1 BC, a leap year) included.
const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 31);

// Years that calendar code gets wrong: 0000, the century years, leap years, 9999.
const EDGE_YEARS = [0, 4, 99, 100, 400, 1582, 1900, 1970, 2000, 2024, 2100, 9999];

function year(low: number, high: number): fc.Arbitrary<number> {
  const edges = EDGE_YEARS.filter((edge) => edge >= low && edge <= high);
  const options: fc.WeightedArbitrary<number>[] = [
    { weight: 3, arbitrary: fc.integer({ min: low, max: high }) },
  ];
  if (low <= 2100 && high >= 1900) {
    const around = fc.integer({ min: Math.max(low, 1900), max: Math.min(high, 2100) });
    options.push({ weight: 4, arbitrary: around });
  }
  if (edges.length > 0) options.push({ weight: 2, arbitrary: fc.constantFrom(...edges) });
  return fc.oneof(...options);
}

// A day of the month, often its last (29 February above all).
const day = (forYear: number, month: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 1, max: daysInMonth(forYear, month) }),
    fc.constant(daysInMonth(forYear, month)),
  );

const month = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(2));

function calendarPoint(low: number, high: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      year(low, high),
      month,
      fc.constantFrom("year", "month", "day", "day"),
      fc.constantFrom("", "", "~", "?", "%"),
    )
    .chain(([y, m, precision, qualifier]) => {
      if (precision === "year") return fc.constant(`${pad(y, 4)}${qualifier}`);
      if (precision === "month") return fc.constant(`${pad(y, 4)}-${pad(m, 2)}${qualifier}`);
      return day(y, m).map((d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${qualifier}`);
    });
}

const zone = fc.oneof(
  fc.constant("Z"),
  fc
    .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 13 }), fc.constantFrom(0, 15, 30, 45, 59))
    .map(([sign, hours, minutes]) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`),
  fc.constantFrom("+14:00", "-14:00", "+00:00", "-00:00"),
);

function dateTimePoint(low: number, high: number): fc.Arbitrary<string> {
  return fc
    .tuple(year(low, high), month, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .chain(([y, m, hour, minute]) =>
      fc
        .record(
          {
            d: day(y, m),
            second: fc.integer({ min: 0, max: 59 }),
            fraction: fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 9 }),
            offset: zone,
          },
          { requiredKeys: ["d", "offset"], noNullPrototype: true },
        )
        .map(({ d, second, fraction, offset }) => {
          const seconds =
            second === undefined ? "" : `:${pad(second, 2)}${fraction === undefined ? "" : `.${fraction}`}`;
          return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(hour, 2)}:${pad(minute, 2)}${seconds}${offset}`;
        }),
    );
}

const point = (low: number, high: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: calendarPoint(low, high) },
    { weight: 1, arbitrary: dateTimePoint(low, high) },
  );

/**
 * A FuzzyDate whose every written point lies in the years `low` to `high`. Interval ends are two
 * years apart or more, so that no time zone can put the end before the start.
 * @internal
 */
export function fuzzyDateWithin(low: number, high: number): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 6, arbitrary: point(low, high) },
    { weight: 1, arbitrary: point(low, high).map((p) => `${p}/..`) },
    { weight: 1, arbitrary: point(low, high).map((p) => `../${p}`) },
  ];
  if (high - low >= 2) {
    const interval = fc
      .integer({ min: low, max: high - 2 })
      .chain((middle) => fc.tuple(point(low, middle), point(middle + 2, high)))
      .map(([start, end]) => `${start}/${end}`);
    options.push({ weight: 2, arbitrary: interval });
  }
  return fc.oneof(...options);
}

/**
 * FuzzyDates of every form: `2024`, `2024-06`, `2024-02-29`, date-times with their offset
 * (`2024-10-28T14:30:00.5+01:00`), EDTF qualifiers (`2024-06~`, `2024?`, `2024%`) and intervals, open
 * ones (`2022-02-24/..`) included — years 0000 to 9999, leap days and edge offsets (±14:00) often.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryFuzzyDate } from "newsgraph/testing";
 *
 * fc.sample(arbitraryFuzzyDate(), 3); // e.g. ["2024-06~", "0000-02-29", "1970/2001-03"]
 * ```
 */
export function arbitraryFuzzyDate(): fc.Arbitrary<string> {
  return fuzzyDateWithin(0, 9999);
}

/**
 * A start and an end date where the end is not before the start — as events, roles and article
 * modification dates require — either the same date twice or two dates two years apart or more.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryDateRange } from "newsgraph/testing";
 *
 * fc.sample(arbitraryDateRange(), 1); // e.g. [["2024-06", "2026-01-01T00:00Z"]]
 * ```
 */
export function arbitraryDateRange(): fc.Arbitrary<[start: string, end: string]> {
  const apart = fc
    .integer({ min: 0, max: 9997 })
    .chain((split) => fc.tuple(fuzzyDateWithin(0, split), fuzzyDateWithin(split + 2, 9999)));
  const same = arbitraryFuzzyDate().map((date): [string, string] => [date, date]);
  return fc.oneof({ weight: 5, arbitrary: apart }, { weight: 1, arbitrary: same });
}
