// The syntax of FuzzyDate, free of zod so that the JSON-LD layer can read dates too.

/**
 * EDTF-style qualifiers: `~` approximate, `?` uncertain, `%` both.
 *
 * @example
 * ```ts
 * import { parseFuzzyDate } from "newsgraph";
 *
 * const parsed = parseFuzzyDate("2024-10~");
 * if (parsed !== undefined && parsed.start !== "open") parsed.start.qualifier; // "approximate"
 * ```
 */
export type FuzzyDateQualifier = "approximate" | "uncertain" | "approximate-uncertain";

/**
 * One point of a {@link FuzzyDate}: a year, month, day or date-time, with its precision and the span of
 * instants it can mean.
 *
 * @example
 * ```ts
 * import { parseFuzzyDate } from "newsgraph";
 *
 * const point = parseFuzzyDate("2024-10")?.start;
 * if (point !== undefined && point !== "open") {
 *   point.precision; // "month"
 *   // October began first where the clock is 14 hours ahead of UTC: a date without an offset
 *   // can mean any time zone's.
 *   new Date(point.earliest).toISOString(); // "2024-09-30T10:00:00.000Z"
 * }
 * ```
 */
export interface FuzzyDatePoint {
  /** How precise the written value is. */
  precision: "year" | "month" | "day" | "minute" | "second";
  /** The year as written, 0000–9999. */
  year: number;
  /** The month, 1–12, when the value gives one. */
  month?: number;
  /** The day of the month, 1–31, when the value gives one. */
  day?: number;
  /** Minutes east of UTC, for date-times (which always carry an offset). */
  offsetMinutes?: number;
  /** The EDTF qualifier written after a date (`~`, `?` or `%`), by name. */
  qualifier?: FuzzyDateQualifier;
  /** The earliest instant the point can mean, in milliseconds since the epoch. */
  earliest: number;
  /** The latest instant the point can mean, in milliseconds since the epoch. */
  latest: number;
}

/**
 * A parsed {@link FuzzyDate}: one point (then `start` and `end` are the same point), or an interval whose
 * ends may be open (`..`).
 *
 * @example
 * ```ts
 * import { parseFuzzyDate } from "newsgraph";
 *
 * parseFuzzyDate("2022-02-24/..")?.end; // "open"
 * ```
 */
export interface ParsedFuzzyDate {
  /** The first point; `"open"` for an interval with no start (`../2024`). */
  start: FuzzyDatePoint | "open";
  /** The last point: the same as `start` for a single date; `"open"` for an interval with no end. */
  end: FuzzyDatePoint | "open";
  /** Whether the value was written as an interval (`start/end`). */
  isInterval: boolean;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;
// A calendar date without an offset may be meant in any time zone from UTC-12 to UTC+14.
const WIDEST_WEST = 12 * HOUR;
const WIDEST_EAST = 14 * HOUR;
const QUALIFIERS: Record<string, FuzzyDateQualifier> = {
  "~": "approximate",
  "?": "uncertain",
  "%": "approximate-uncertain",
};

/** The longest FuzzyDate string, in characters. */
export const FUZZY_DATE_MAX_LENGTH = 80;

// Every date of a document is read here, so without allocating a Date where that can be helped.
// `setUTCFullYear`, unlike `Date.UTC`, does not read years 0 to 99 as 1900 to 1999: only those need it.
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

// The proleptic Gregorian calendar, as Date's.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseCalendarDate(match: RegExpExecArray): FuzzyDatePoint | undefined {
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const qualifierMark = match[4];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return undefined;
  let earliest: number;
  let latest: number;
  if (month === undefined) {
    earliest = utc(year, 0, 1);
    latest = utc(year + 1, 0, 1);
  } else if (day === undefined) {
    earliest = utc(year, month - 1, 1);
    latest = utc(year, month, 1);
  } else {
    earliest = utc(year, month - 1, day);
    latest = utc(year, month - 1, day + 1);
  }
  const point: FuzzyDatePoint = {
    precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
    year,
    earliest: earliest - WIDEST_EAST,
    latest: latest - 1 + WIDEST_WEST,
  };
  if (month !== undefined) point.month = month;
  if (day !== undefined) point.day = day;
  if (qualifierMark !== undefined) {
    const qualifier = QUALIFIERS[qualifierMark];
    if (qualifier !== undefined) point.qualifier = qualifier;
  }
  return point;
}

function parseDateTime(match: RegExpExecArray): FuzzyDatePoint | undefined {
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== "Z") {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetRest = Number(zone.slice(4, 6));
    if (offsetHours > 14 || offsetRest > 59 || (offsetHours === 14 && offsetRest > 0)) return undefined;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const milliseconds = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  const local = utc(year, month - 1, day) + hour * HOUR + minute * 60_000 + second * 1000 + milliseconds;
  const instant = local - offsetMinutes * 60_000;
  return {
    precision: s === undefined ? "minute" : "second",
    year,
    month,
    day,
    offsetMinutes,
    earliest: instant,
    latest: instant,
  };
}

function parsePoint(text: string): FuzzyDatePoint | undefined {
  const dateMatch = DATE.exec(text);
  if (dateMatch) return parseCalendarDate(dateMatch);
  const dateTimeMatch = DATE_TIME.exec(text);
  if (dateTimeMatch) return parseDateTime(dateTimeMatch);
  return undefined;
}

/**
 * Parses a {@link FuzzyDate} string; returns `undefined` where the string is not one (wrong form,
 * impossible calendar date, interval that ends before it starts).
 *
 * @example
 * ```ts
 * import { parseFuzzyDate } from "newsgraph";
 *
 * parseFuzzyDate("2024-06~")?.start; // { precision: "month", year: 2024, month: 6, qualifier: "approximate", … }
 * parseFuzzyDate("2024-02-30"); // undefined
 * ```
 */
export function parseFuzzyDate(text: string): ParsedFuzzyDate | undefined {
  if (text.length > FUZZY_DATE_MAX_LENGTH) return undefined;
  const slash = text.indexOf("/");
  if (slash === -1) {
    const point = parsePoint(text);
    return point && { start: point, end: point, isInterval: false };
  }
  const startText = text.slice(0, slash);
  const endText = text.slice(slash + 1);
  const start = startText === ".." ? "open" : parsePoint(startText);
  const end = endText === ".." ? "open" : parsePoint(endText);
  if (start === undefined || end === undefined || (start === "open" && end === "open")) return undefined;
  if (start !== "open" && end !== "open" && pointEndsBeforeStart(start, end)) return undefined;
  return { start, end, isInterval: true };
}

/**
 * Tells whether `end` certainly lies before `start`. Two calendar dates compare on the calendar
 * (`2024-06` ends before `2024-07` starts); where either carries a time and offset, the instants
 * compare, and a calendar date counts as every time zone's reading of it.
 * @internal
 */
export function pointEndsBeforeStart(start: FuzzyDatePoint, end: FuzzyDatePoint): boolean {
  if (start.offsetMinutes === undefined && end.offsetMinutes === undefined) {
    return end.latest - WIDEST_WEST < start.earliest + WIDEST_EAST;
  }
  return end.latest < start.earliest;
}

/**
 * Tells whether the fuzzy date `end` certainly lies before the fuzzy date `start` (the latest `end` can mean
 * before the earliest `start` can mean); `false` when either is not a fuzzy date or is open at that side.
 * @internal
 */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parseFuzzyDate(start)?.start;
  const to = parseFuzzyDate(end)?.end;
  return (
    from !== undefined &&
    to !== undefined &&
    from !== "open" &&
    to !== "open" &&
    pointEndsBeforeStart(from, to)
  );
}

/**
 * The earliest and latest instants (milliseconds since the epoch) that a fuzzy date can mean.
 * A calendar date without an offset spans every time zone; an open interval end is infinite.
 * @internal
 */
export function fuzzyDateBounds(parsed: ParsedFuzzyDate): { earliest: number; latest: number } {
  return {
    earliest: parsed.start === "open" ? Number.NEGATIVE_INFINITY : parsed.start.earliest,
    latest: parsed.end === "open" ? Number.POSITIVE_INFINITY : parsed.end.latest,
  };
}

// Months 01–12, days as long as their month (29 February in any year: leap years are beyond a pattern),
// hours 00–23, minutes and seconds 00–59, offsets up to ±14:00.
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|[12]\\d))";
const CALENDAR_POINT = `\\d{4}(?:-${MONTH_DAY}|-(?:0[1-9]|1[0-2]))?[~?%]?`;
const TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?";
const OFFSET = "(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))";
const POINT_PATTERN = `(?:${CALENDAR_POINT}|\\d{4}-${MONTH_DAY}T${TIME}${OFFSET})`;

/** The JSON Schema pattern for the form of a FuzzyDate (the calendar checks are newsgraph's own). */
export const FUZZY_DATE_PATTERN = `^(?:${POINT_PATTERN}(?:/(?:${POINT_PATTERN}|\\.\\.))?|\\.\\./${POINT_PATTERN})$`;
