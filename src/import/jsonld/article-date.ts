// An article's datePublished when the JSON-LD states none: the bounds that the rest of the document sets.
import { type FuzzyDatePoint, parseFuzzyDate } from "../../model/fuzzy-date-syntax";
import type { Entry } from "./document";
import { entryOf, type Importer, isOfFamily, peekText, peekValues, resolveIri } from "./importer";
import { readDate } from "./values";

const silent = (): void => undefined;

/** The dates a property states, read without reporting anything. */
function datesOf(entry: Entry, name: string): string[] {
  return peekValues(entry, name).flatMap((located) => readDate(located, "", silent)?.value ?? []);
}

/** The claims whose `appearance` or `firstAppearance` is each article entry, built once. */
function appearances(importer: Importer): Map<Entry, Entry[]> {
  if (importer.appearances !== undefined) return importer.appearances;
  const index = new Map<Entry, Entry[]>();
  // An appearance may name an article by its url when the article has no @id.
  const byUrl = new Map<string, Entry>();
  for (const entry of importer.document.entries) {
    const url = peekText(entry, "url");
    if (url !== undefined && isOfFamily(entry, "article")) byUrl.set(resolveIri(importer, url), entry);
  }
  for (const entry of importer.document.entries) {
    if (!isOfFamily(entry, "claim")) continue;
    for (const name of ["appearance", "firstAppearance"]) {
      for (const located of peekValues(entry, name)) {
        const article = entryOf(importer, located.value, byUrl);
        if (article === undefined) continue;
        const claims = index.get(article) ?? [];
        if (!claims.includes(entry)) claims.push(entry);
        index.set(article, claims);
      }
    }
  }
  importer.appearances = index;
  return index;
}

interface Bound {
  /** The point as written, to go into the interval. */
  text: string;
  point: FuzzyDatePoint;
  /** What set it, for the note. */
  source: string;
}

/** The start (or end) of a fuzzy date as a point of its own, with its text. */
function endOf(date: string, which: "start" | "end"): { text: string; point: FuzzyDatePoint } | undefined {
  const parsed = parseFuzzyDate(date);
  const point = parsed?.[which];
  if (point === undefined || point === "open") return undefined;
  const parts = date.split("/");
  const text = (which === "start" ? parts[0] : parts.at(-1)) ?? date;
  return { text, point };
}

/**
 * A FuzzyDate interval for an article whose datePublished is not stated, from what the document does say:
 * it was published no earlier than the latest date of the claims that appear in it (a claim is made before
 * it is reported), and no later than it was modified or corrected. `undefined` when nothing bounds it, or
 * the bounds contradict each other.
 * @internal
 */
export function inferredDatePublished(
  importer: Importer,
  entry: Entry,
): { value: string; note: string } | undefined {
  let lower: Bound | undefined;
  for (const claim of appearances(importer).get(entry) ?? []) {
    for (const date of datesOf(claim, "datePublished")) {
      const start = endOf(date, "start");
      if (start !== undefined && (lower === undefined || start.point.earliest > lower.point.earliest)) {
        lower = { ...start, source: "the latest date of the claims that appear in it" };
      }
    }
  }
  let upper: Bound | undefined;
  const consider = (date: string, source: string): void => {
    const end = endOf(date, "end");
    if (end !== undefined && (upper === undefined || end.point.latest < upper.point.latest))
      upper = { ...end, source };
  };
  for (const date of datesOf(entry, "dateModified")) consider(date, "its dateModified");
  for (const located of peekValues(entry, "correction")) {
    const correction = entryOf(importer, located.value);
    for (const date of correction === undefined ? [] : datesOf(correction, "datePublished")) {
      consider(date, "the date of a correction to it");
    }
  }
  const attempts: [Bound | undefined, Bound | undefined][] = [
    [lower, upper],
    [undefined, upper],
    [lower, undefined],
  ];
  for (const [from, to] of attempts) {
    if (from === undefined && to === undefined) continue;
    const value = `${from?.text ?? ".."}/${to?.text ?? ".."}`;
    if (parseFuzzyDate(value) === undefined) continue;
    const reasons = [
      from && `no earlier than ${from.text}, ${from.source} (a claim is made before it is reported)`,
      to && `no later than ${to.text}, ${to.source}`,
    ].filter((reason): reason is string => reason !== undefined);
    return {
      value,
      note: `the datePublished is not stated; the article was published ${reasons.join(", and ")}`,
    };
  }
  return undefined;
}
