/**
 * Where a quote occurs in a text: offsets in UTF-16 code units, the exact text, and context
 * either side — ready to use as evidence.
 * @example
 * ```ts
 * import type { QuoteLocation } from "newsgraph";
 *
 * const where: QuoteLocation = { start: 0, end: 4, exact: "NATO", prefix: "", suffix: " confirmed" };
 * ```
 */
export interface QuoteLocation {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text found, equal to the quote. */
  exact: string;
  /** Up to `contextLength` characters before it. */
  prefix: string;
  /** Up to `contextLength` characters after it. */
  suffix: string;
}

/**
 * Options of {@link locateQuote}.
 * @example
 * ```ts
 * import type { LocateQuoteOptions } from "newsgraph";
 *
 * const options: LocateQuoteOptions = { prefix: "characterised", contextLength: 20 };
 * ```
 */
export interface LocateQuoteOptions {
  /** Keep only occurrences preceded by this text, to tell repeated quotes apart. */
  prefix?: string;
  /** Keep only occurrences followed by this text. */
  suffix?: string;
  /** How many characters of context to return either side. Default 32. */
  contextLength?: number;
}

/**
 * Finds every occurrence of a quote in a text, for authors of data who need evidence offsets.
 * The match is exact (curly and straight quotes differ); an empty quote finds nothing. Several
 * results mean the quote is ambiguous: narrow it with `prefix` or `suffix`. A match never starts or ends
 * inside a surrogate pair (half an emoji), and the context returned either side never splits one: it is a
 * code unit shorter than `contextLength` where it would. The time grows linearly with the lengths of the
 * text, quote, prefix and suffix, however repetitive they are.
 *
 * @example
 * ```ts
 * import { locateQuote } from "newsgraph";
 *
 * const text = "A significant escalation. Rutte called it a “significant escalation”.";
 * locateQuote(text, "significant escalation").length; // 2
 * locateQuote(text, "significant escalation", { prefix: "“" }); // [{ start: 46, end: 68, … }]
 * ```
 */
export function locateQuote(text: string, quote: string, options: LocateQuoteOptions = {}): QuoteLocation[] {
  const { prefix = "", suffix = "", contextLength = 32 } = options;
  const found: QuoteLocation[] = [];
  if (quote.length === 0) return found;
  // The prefix, quote and suffix are one pattern: each place it occurs is a place the quote may be.
  const pattern = prefix + quote + suffix;
  for (const at of occurrences(text, pattern)) {
    const start = at + prefix.length;
    const end = start + quote.length;
    if (splitsPair(text, start) || splitsPair(text, end)) continue;
    let before = Math.max(0, start - contextLength);
    if (splitsPair(text, before)) before += 1;
    let after = Math.min(text.length, end + contextLength);
    if (splitsPair(text, after)) after -= 1;
    found.push({
      start,
      end,
      exact: quote,
      prefix: text.slice(before, start),
      suffix: text.slice(end, after),
    });
  }
  return found;
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Where a pattern occurs in a text, overlapping occurrences included, by Knuth, Morris and Pratt's search: each
 * code unit of the text is compared a bounded number of times on average, so a repetitive text and pattern
 * (which make a naive search quadratic) cost no more than any other.
 */
function* occurrences(text: string, pattern: string): Generator<number> {
  const length = pattern.length;
  // border[i]: the length of the longest proper prefix of pattern[0..i] that is also its suffix.
  const border = new Int32Array(length);
  for (let i = 1, k = 0; i < length; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = border[k - 1] ?? 0;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    border[i] = k;
  }
  for (let i = 0, matched = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    while (matched > 0 && code !== pattern.charCodeAt(matched)) matched = border[matched - 1] ?? 0;
    if (code === pattern.charCodeAt(matched)) matched++;
    if (matched === length) {
      yield i - length + 1;
      matched = border[length - 1] ?? 0;
    }
  }
}
