// The date rules, shared by every node type. All of Google's pages ask for ISO 8601; some want more than ISO
// 8601 allows to leave out: a full date (an Event's startDate), or a date and time with its offset (an
// Article's dates). A value that is ISO 8601 but less precise is said to be so, never called invalid.
import type { Context } from "./context";
import type { PublishingFinding } from "./rules";
import { isObject, type Located, own, show } from "./values";

/** What a rule wants of a date property. @internal */
export interface DateWants {
  /** `"day"`: a full date; `"time"`: a full date with the time and its offset. */
  precision: "day" | "time";
  /** The severity of a less precise value: `"error"` where Google requires the property. */
  severity: PublishingFinding["severity"];
  /** A time without an offset is an error, not a warning (Google's online events). */
  zoneRequired?: boolean;
}

// ISO 8601's calendar forms as schema.org writes them: a year, a month, a day, or a date and time with an
// optional fraction of a second and offset. Every part has a fixed width, so no input makes it backtrack.
const DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?)?)?$/;

interface ParsedDate {
  year: string;
  month: string | undefined;
  day: string | undefined;
  time: boolean;
  zone: boolean;
}

const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const daysIn = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : 30 + ((month + Math.floor(month / 8)) % 2);

/** A date written in one of ISO 8601's calendar forms, with every part in range; otherwise `undefined`. */
function parseDate(literal: string): ParsedDate | undefined {
  const match = DATE.exec(literal);
  if (match === null) return undefined;
  const [, year = "", month, day, hour, minute, second, zone, zoneHour, zoneMinute] = match;
  const inRange =
    (month === undefined || (Number(month) >= 1 && Number(month) <= 12)) &&
    (day === undefined || (Number(day) >= 1 && Number(day) <= daysIn(Number(year), Number(month)))) &&
    Number(hour ?? 0) <= 23 &&
    Number(minute ?? 0) <= 59 &&
    Number(second ?? 0) <= 60 &&
    Number(zoneHour ?? 0) <= 23 &&
    Number(zoneMinute ?? 0) <= 59;
  return inRange ? { year, month, day, time: hour !== undefined, zone: zone !== undefined } : undefined;
}

/** An example of what is wanted, built on what was given. */
function example({ year, month, day }: ParsedDate, precision: DateWants["precision"]): string {
  const date = `${year}-${month ?? "06"}-${day ?? "15"}`;
  return precision === "time" ? `${date}T09:00:00+02:00` : date;
}

/**
 * Checks one date property, `key` of the `owner` ("startDate" of the "Event"), against what Google wants of
 * it. @internal
 */
export function checkDate(
  context: Context,
  owner: string,
  key: string,
  { value, path }: Located,
  wants: DateWants,
): void {
  const literal = isObject(value) && Object.hasOwn(value, "@value") ? own(value, "@value") : value;
  const date = typeof literal === "string" ? parseDate(literal) : undefined;
  const what = `${key} of the ${owner}`;
  if (date === undefined) {
    context.report({
      severity: "error",
      path,
      rule: "date/format",
      message:
        `${what} is ${show(literal)}, not an ISO 8601 date; Google reads a date as 2024-01-05, ` +
        "or a date and time as 2024-01-05T08:00:00+08:00",
    });
  } else if (date.day === undefined || (wants.precision === "time" && !date.time)) {
    const wanted =
      date.day === undefined
        ? wants.precision === "time"
          ? "a full date, with the time and its offset"
          : "a full date"
        : "the time and its offset as well";
    context.report({
      severity: wants.severity,
      path,
      rule: "date/precision",
      message: `${what} is ${show(literal)}: that is ISO 8601, but the search engine wants ${wanted} (e.g. ${example(date, wants.precision)})`,
    });
  } else if (date.time && !date.zone) {
    context.report({
      severity: wants.zoneRequired === true ? "error" : "warning",
      path,
      rule: "date/time-zone",
      message:
        wants.zoneRequired === true
          ? `${what} (${literal}) has a time but no time zone; Google requires the offset (such as +08:00 or Z) for an online event`
          : `${what} (${literal}) has a time but no time zone; Google recommends an offset such as +08:00 or Z, ` +
            "and otherwise assumes a time zone of its own",
    });
  }
}
