// The date rules, shared by every node type: ISO 8601, and a time zone with a time.
import type { Context } from "./context";
import { isObject, type Located, own, show } from "./values";

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * Checks one date property (`key` of the `owner`, "startDate" of the "Event"). All three pages: dates in
 * ISO 8601; Article: "we recommend that you provide timezone information"; a date alone (no time) needs no
 * zone. @internal
 */
export function checkDate(context: Context, owner: string, key: string, { value, path }: Located): void {
  const literal = isObject(value) && Object.hasOwn(value, "@value") ? own(value, "@value") : value;
  const match = typeof literal === "string" ? DATE.exec(literal) : null;
  const [, year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = match ?? [];
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const daysInMonth =
    Number(month) === 2 ? (leap ? 29 : 28) : 30 + ((Number(month) + Math.floor(Number(month) / 8)) % 2);
  const valid =
    match !== null &&
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour ?? 0) <= 23 &&
    Number(minute ?? 0) <= 59 &&
    Number(second ?? 0) <= 60 &&
    Number(zoneHour ?? 0) <= 23 &&
    Number(zoneMinute ?? 0) <= 59;
  if (!valid) {
    context.report({
      severity: "error",
      path,
      rule: "date/format",
      message:
        `${key} of the ${owner} is ${show(literal)}, not an ISO 8601 date or ` +
        "date-time (e.g. 2024-01-05 or 2024-01-05T08:00:00+08:00)",
    });
  } else if (hour !== undefined && zone === undefined) {
    context.report({
      severity: "warning",
      path,
      rule: "date/time-zone",
      message:
        `${key} of the ${owner} (${literal}) has a time but no time zone; Google recommends an offset such as ` +
        "+08:00 or Z, and otherwise assumes a time zone of its own",
    });
  }
}
