// Dates in the forms sites write besides ISO 8601 — RFC 1123 (`Wed, 04 May 2022 00:25:56 GMT`), the Unix
// `date` and JavaScript `Date#toString` forms, a space for the `T`, a zone abbreviation — read into FuzzyDates
// without guessing a time zone. zod-free: the JSON-LD importer and the page reader share it.
import { parseFuzzyDate } from "../model/fuzzy-date-syntax";

/** A date read from one of the forms sites write, and how it was read. @internal */
export interface WrittenDate {
  /** The FuzzyDate: a date-time with its offset where the zone is certain, else the calendar date. */
  value: string;
  /** What was read and how, in words, for a warning and for `fieldProvenance`. */
  note: string;
}

/**
 * The order to read a numeric date whose day and month could each be the other (`10/05/2022`), from what is
 * known of its source (the page's language), and why. @internal
 */
export interface NumericOrder {
  dayFirst: boolean;
  /** Why, in words: "the page is in es, whose numeric dates put the day first". */
  reason: string;
}

/**
 * The order of numeric dates in a language, when the language settles it: month first in US English (`en-US`),
 * day first in every language but English, whose numeric dates put the day before the month or write the
 * year first (where the order is never in doubt); `undefined` for English of any other or no region, which
 * writes both, and for a tag that names no language (`und`, `mul`, a private use tag). @internal
 */
export function numericOrderOf(language: string): NumericOrder | undefined {
  const [primary = "", ...rest] = language.toLowerCase().split("-");
  const region = rest.find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag));
  if (primary === "en") {
    if (region !== "us") return undefined;
    return { dayFirst: false, reason: `the page is in ${language}, whose numeric dates put the month first` };
  }
  // Tags that name no language: undetermined, multiple, no linguistic content, missing.
  if (!/^[a-z]{2,3}$/.test(primary) || ["und", "mul", "zxx", "mis"].includes(primary)) return undefined;
  return { dayFirst: true, reason: `the page is in ${language}, whose numeric dates put the day first` };
}

/** What {@link readWrittenDate} gives: a date, a reason the form is refused, or nothing it knows. @internal */
export type WrittenDateReading = WrittenDate | { refused: string } | undefined;

const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((name, index) => [
    name,
    index + 1,
  ]),
);
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * Zone abbreviations read as an offset (minutes east of UTC): those with one meaning in use today, as the
 * IANA time zone database writes them, and RFC 5322's names for UT and the North American zones. Left out,
 * because they name several offsets: CST and CDT (US Central, China, Cuba), IST (India, Ireland, Israel),
 * BST (British Summer Time, Bangladesh), AST (Atlantic, Arabia), GST (Gulf, South Georgia), SST (Samoa,
 * Singapore), MSK (UTC+04:00 from 2011 to 2014, UTC+03:00 otherwise). RFC 5322 gives CST and CDT one
 * meaning inside its own date form, where they are read as it says.
 */
const ZONES: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ["UT", 0],
  ["UTC", 0],
  ["GMT", 0],
  ["Z", 0],
  ["WET", 0],
  ["WEST", 60],
  ["CET", 60],
  ["CEST", 120],
  ["MET", 60],
  ["MEST", 120],
  ["EET", 120],
  ["EEST", 180],
  ["EST", -300],
  ["EDT", -240],
  ["MST", -420],
  ["MDT", -360],
  ["PST", -480],
  ["PDT", -420],
  ["AKST", -540],
  ["AKDT", -480],
  ["HST", -600],
  ["NST", -210],
  ["NDT", -150],
  ["JST", 540],
  ["KST", 540],
  ["HKT", 480],
  ["AWST", 480],
  ["ACST", 570],
  ["ACDT", 630],
  ["AEST", 600],
  ["AEDT", 660],
  ["NZST", 720],
  ["NZDT", 780],
  ["SAST", 120],
  ["WAT", 60],
  ["CAT", 120],
  ["EAT", 180],
  ["PKT", 300],
  ["WIB", 420],
]);

/** RFC 5322's own meanings of the names that are ambiguous elsewhere. */
const RFC_5322_ZONES: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ["CST", -360],
  ["CDT", -300],
]);

/** The offsets an ambiguous abbreviation can mean, for the note. */
const AMBIGUOUS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ["CST", "US Central UTC-06:00, China UTC+08:00, Cuba UTC-05:00"],
  ["CDT", "US Central UTC-05:00, Cuba UTC-04:00"],
  ["IST", "India UTC+05:30, Ireland UTC+01:00, Israel UTC+02:00"],
  ["BST", "British Summer Time UTC+01:00, Bangladesh UTC+06:00"],
  ["AST", "Atlantic UTC-04:00, Arabia UTC+03:00"],
  ["GST", "Gulf UTC+04:00, South Georgia UTC-02:00"],
  ["SST", "Samoa UTC-11:00, Singapore UTC+08:00"],
  ["MSK", "UTC+04:00 from 2011 to 2014, UTC+03:00 otherwise"],
]);

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function offsetText(minutes: number): string {
  if (minutes === 0) return "+00:00";
  const sign = minutes < 0 ? "-" : "+";
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

interface Time {
  hour: number;
  minute: number;
  /** Seconds and fraction as written (`"56"`, `"00.000000"`), if any. */
  seconds?: string;
}

interface Zone {
  /** Minutes east of UTC; `undefined` when the zone is not certain. */
  offset: number | undefined;
  /** How it is written, for the note. */
  written: string;
  /** Why no offset is read, when none is. */
  doubt?: string;
  /** UT, UTC, GMT and Z: written as `Z`. */
  utc?: boolean;
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  time?: Time;
  meridiem?: "am" | "pm";
  zone?: Zone;
  /** The order a numeric date whose day and month could be swapped was read in. */
  ordered?: NumericOrder;
}

/** An offset written `+0530`, `+05:30`, `+5:30`, `+05` or `-5`; `undefined` when out of range. */
function readOffset(text: string): number | undefined {
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (match === null) return undefined;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function zoneOf(name: string, rfc5322: boolean): Zone {
  const upper = name.toUpperCase();
  const offset = ZONES.get(upper) ?? (rfc5322 ? RFC_5322_ZONES.get(upper) : undefined);
  if (offset !== undefined)
    return { offset, written: name, ...(["UT", "UTC", "GMT", "Z"].includes(upper) && { utc: true }) };
  const ambiguous = AMBIGUOUS.get(upper);
  return {
    offset: undefined,
    written: name,
    doubt:
      ambiguous === undefined
        ? `the time zone ${JSON.stringify(name)} is not one known to have a single offset`
        : `the time zone ${upper} names several offsets (${ambiguous})`,
  };
}

// The tokens of a written date, in order: a numeric date, a time, an offset, a number, a word, a comment in
// parentheses (JavaScript's `(Central European Standard Time)`), and the separators between them.
const TOKEN_PATTERN =
  /(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})|(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)|([+-]\d{1,2}(?::?\d{2})?)|(\d+)(?:st|nd|rd|th)?|([A-Za-z]+)\.?|(\([^()]*\))|([\s,]+)/;

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const month = MONTHS.get(lower.slice(0, 3));
  if (month === undefined) return undefined;
  // An abbreviation or the whole name ("Sept" too), nothing else that starts alike.
  const full = MONTH_NAMES[month - 1] ?? "";
  return full.startsWith(lower) || lower === "sept" ? month : undefined;
}

function weekdayOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((day) => day.startsWith(lower) || (lower === "tues" && day === "tuesday"));
  return index === -1 ? undefined : index;
}

/** Splits a written date into its parts; `undefined` when a token is not one of a date's. */
function parts(text: string, rfc5322: boolean, order: NumericOrder | undefined): Parts | undefined {
  const found: Parts = {};
  const numbers: number[] = [];
  let afterTime = false;
  // A sticky copy of its own: matches start exactly where the last one ended.
  const token = new RegExp(TOKEN_PATTERN.source, "y");
  let position = 0;
  while (position < text.length) {
    token.lastIndex = position;
    const match = token.exec(text);
    if (match === null) return undefined;
    position = token.lastIndex;
    const [, numeric, time, offset, number, word, comment] = match;
    if (numeric !== undefined) {
      if (found.year !== undefined) return undefined;
      const [first = "", second = "", third = ""] = numeric.split(/[-/.]/);
      if (first.length === 4) {
        found.year = Number(first);
        found.month = Number(second);
        found.day = Number(third);
      } else {
        // Day and month in an order the text alone cannot always tell.
        const a = Number(first);
        const b = Number(second);
        found.year = Number(third);
        if (a !== b && a <= 12 && b <= 12) {
          if (order === undefined) return undefined;
          found.ordered = order;
          found.day = order.dayFirst ? a : b;
          found.month = order.dayFirst ? b : a;
        } else {
          found.day = a > 12 ? a : b;
          found.month = a > 12 ? b : a;
        }
      }
    } else if (time !== undefined) {
      if (found.time !== undefined) return undefined;
      const [hour = "", minute = "", seconds] = time.split(":");
      found.time = { hour: Number(hour), minute: Number(minute), ...(seconds && { seconds }) };
      afterTime = true;
      continue;
    } else if (offset !== undefined) {
      const minutes = readOffset(offset);
      if (!afterTime || minutes === undefined) return undefined;
      // After GMT or UTC, the offset is the zone: `GMT+0200`.
      if (found.zone !== undefined && found.zone.utc !== true) return undefined;
      found.zone = { offset: minutes, written: found.zone ? `${found.zone.written}${offset}` : offset };
    } else if (number !== undefined) {
      numbers.push(Number(number));
      if (number.length > 4) return undefined;
    } else if (word !== undefined) {
      const lower = word.toLowerCase();
      const month = monthOf(word);
      const weekday = weekdayOf(word);
      if (lower === "am" || lower === "pm") {
        if (found.time === undefined || found.meridiem !== undefined) return undefined;
        found.meridiem = lower;
      } else if (lower === "at" || lower === "t") {
        // "May 4, 2022 at 10:00"; an ISO `T` set apart from its neighbours.
      } else if (month !== undefined && found.month === undefined) found.month = month;
      else if (weekday !== undefined && found.weekday === undefined) found.weekday = weekday;
      else if (afterTime && found.zone === undefined && /^[A-Za-z]{1,5}$/.test(word))
        found.zone = zoneOf(word, rfc5322);
      else return undefined;
    } else if (comment !== undefined) {
      // A comment names the zone already given (JavaScript's `GMT+0100 (Central European Standard Time)`).
      if (found.zone === undefined || position !== text.length) return undefined;
    }
    if (numeric !== undefined || number !== undefined || word !== undefined) afterTime &&= word !== undefined;
  }
  // The numbers left are the day and the year of a date whose month is a name.
  for (const value of numbers) {
    if (value >= 1000 && found.year === undefined) found.year = value;
    else if (value <= 31 && found.day === undefined && found.month !== undefined) found.day = value;
    else return undefined;
  }
  return found;
}

/** The 24-hour clock's hour of a time written with am or pm; `undefined` when it is not a 12-hour time. */
function hourOf(time: Time, meridiem: "am" | "pm" | undefined): number | undefined {
  if (meridiem === undefined) return time.hour;
  if (time.hour < 1 || time.hour > 12) return undefined;
  return (time.hour % 12) + (meridiem === "pm" ? 12 : 0);
}

const RFC_5322_FORM = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+\S+$/;

/**
 * Reads a date written in a form other than ISO 8601 (or ISO 8601 with a space for the `T`, a zone
 * abbreviation or an offset such as `+5:30`): numeric dates year first (`2022/05/10`), day and month as
 * numbers where their order is certain (`25/05/2022`) or `order` gives it (`10/05/2022`), English month and weekday
 * names, a 12- or 24-hour time, and a zone given as an offset, as `GMT+0200` or as an abbreviation. A time
 * is kept, with its offset, only where the zone is certain (see `ZONES`); otherwise the calendar date is
 * kept and the time dropped, since the model never guesses a zone. `undefined` for text that is not such a
 * date; `{ refused }` for one that is impossible or ambiguous.
 * @internal
 */
export function readWrittenDate(written: string, order?: NumericOrder): WrittenDateReading {
  const text = written.trim().replace(/(\d)T(\d)/, "$1 $2");
  if (text.length === 0 || text.length > 80) return undefined;
  const found = parts(text, RFC_5322_FORM.test(written.trim()), order);
  const reading = dateOf(written, text, found);
  if (found?.ordered === undefined || reading === undefined || !("value" in reading)) return reading;
  const { dayFirst, reason } = found.ordered;
  return {
    value: reading.value,
    note: `${reading.note}; read ${dayFirst ? "day" : "month"} first, since ${reason}`,
  };
}

/** The date of the parts found in `text` (`written` as read), or why it is refused. */
function dateOf(written: string, text: string, found: Parts | undefined): WrittenDateReading {
  if (found === undefined) {
    if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/.test(text))
      return {
        refused: `${JSON.stringify(written)} can be read day first or month first; the order is not guessed`,
      };
    return undefined;
  }
  const { year, month, day, weekday, time, meridiem, zone } = found;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const parsed = parseFuzzyDate(date)?.start;
  if (parsed === undefined || parsed === "open") return undefined;
  if (weekday !== undefined && new Date(parsed.earliest + 14 * 3_600_000).getUTCDay() !== weekday)
    return { refused: `${JSON.stringify(written)} names a weekday that is not the date's` };
  const source = `the source gives ${JSON.stringify(written)}`;
  const dateOnly = (why: string): WrittenDate => ({
    value: date,
    note: `${source}${why}; the date is kept and the time dropped, since the model does not guess a zone`,
  });
  if (time === undefined) {
    if (zone !== undefined) return undefined;
    return { value: date, note: `${source}, not in ISO 8601 form; read as ${date}` };
  }
  const hour = hourOf(time, meridiem);
  if (hour === undefined || hour > 23 || time.minute > 59) return undefined;
  if (zone === undefined) return dateOnly(" without a time zone");
  if (zone.offset === undefined) return dateOnly(`, in which ${zone.doubt}`);
  const seconds = time.seconds === undefined ? "" : `:${time.seconds.replace(",", ".")}`;
  const value = `${date}T${pad(hour)}:${pad(time.minute)}${seconds}${zone.utc && zone.offset === 0 ? "Z" : offsetText(zone.offset)}`;
  if (parseFuzzyDate(value) === undefined) return undefined;
  const zoneNote = !/^[A-Za-z]+$/.test(zone.written)
    ? ""
    : ` (${zone.written} is UTC${offsetText(zone.offset)})`;
  return { value, note: `${source}, not in ISO 8601 form; read as ${value}${zoneNote}` };
}
