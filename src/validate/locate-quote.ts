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
 * results mean the quote is ambiguous: narrow it with `prefix` or `suffix`.
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
  const { prefix, suffix, contextLength = 32 } = options;
  const found: QuoteLocation[] = [];
  if (quote.length === 0) return found;
  for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
    const end = start + quote.length;
    if (prefix !== undefined && !text.slice(0, start).endsWith(prefix)) continue;
    if (suffix !== undefined && !text.startsWith(suffix, end)) continue;
    found.push({
      start,
      end,
      exact: quote,
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    });
  }
  return found;
}
