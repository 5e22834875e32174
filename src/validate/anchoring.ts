import type { Claim } from "../model/claim";
import type { NewsGraph } from "../model/news-graph";
import type { NewsGraphIssue } from "./error";
import { locateQuote } from "./locate-quote";

/**
 * Article texts supplied apart from the graph, by article id: a plain object or a Map.
 * @example
 * ```ts
 * import type { ArticleTexts } from "newsgraph";
 *
 * const texts: ArticleTexts = { "kursk-opinion": "NATO confirmed on the 28th of October…" };
 * ```
 */
export type ArticleTexts = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

function textFrom(texts: ArticleTexts | undefined, id: string): string | undefined {
  if (texts === undefined) return undefined;
  if (texts instanceof Map) return texts.get(id);
  const record = texts as Readonly<Record<string, string>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

// Prefix and suffix compare after NFC, like `exact`. Written in another normalisation form than the
// text, they differ from it in length, so they are also looked for in a window of the text wide enough
// for the longest canonical decomposition (one UTF-16 code unit becomes at most four).
const WIDEST_DECOMPOSITION = 4;

function isTextBefore(text: string, start: number, prefix: string): boolean {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  // The text as written first: equal before normalising is equal after.
  if (before === prefix) return true;
  const expected = prefix.normalize("NFC");
  if (before.normalize("NFC") === expected) return true;
  const from = Math.max(0, start - expected.length * WIDEST_DECOMPOSITION);
  return text.slice(from, start).normalize("NFC").endsWith(expected);
}

function isTextAfter(text: string, end: number, suffix: string): boolean {
  const after = text.slice(end, end + suffix.length);
  if (after === suffix) return true;
  const expected = suffix.normalize("NFC");
  if (after.normalize("NFC") === expected) return true;
  return text
    .slice(end, end + expected.length * WIDEST_DECOMPOSITION)
    .normalize("NFC")
    .startsWith(expected);
}

// Paths are made only for the issues: a large graph has many spans and, mostly, none.
const spanPath = (claim: number, span: number, field: string): (string | number)[] => [
  "claims",
  claim,
  "evidence",
  span,
  field,
];

function describeSlice(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** A span whose text was found where it says, with that text's article. */
interface AnchoredSpan {
  article: string;
  text: string;
  start: number;
  end: number;
}

// A claim's quote must lie inside one of its spans: the spans say where the claim is in the text, and the
// quote is the claimant's words there. Only when every span is anchored can it be said that none holds it:
// a span without a text, or not where it says (reported as such), may be the one.
function checkQuote(
  claim: Claim,
  index: number,
  anchored: readonly AnchoredSpan[],
): NewsGraphIssue | undefined {
  const { quote, evidence } = claim;
  if (quote === undefined || anchored.length === 0 || anchored.length < evidence.length) return undefined;
  const expected = quote.normalize("NFC");
  if (anchored.some(({ text, start, end }) => text.slice(start, end).normalize("NFC").includes(expected)))
    return undefined;
  const articles = [...new Set(anchored.map((span) => span.article))];
  const elsewhere = articles.flatMap((article) => {
    const text = anchored.find((span) => span.article === article)?.text ?? "";
    const [where] = locateQuote(text, quote);
    return where === undefined
      ? []
      : [`article ${JSON.stringify(article)} has it at ${where.start}–${where.end}`];
  });
  const named = articles.map((article) => JSON.stringify(article)).join(", ");
  return {
    path: ["claims", index, "quote"],
    code: "unanchored_quote",
    message:
      elsewhere.length > 0
        ? `the quote ${describeSlice(quote)} is in none of the claim's evidence spans, though ${elsewhere.join(", ")}; expected a span that contains it`
        : `the quote ${describeSlice(quote)} is not in the text of ${articles.length === 1 ? "article" : "articles"} ${named}; expected the claimant's words exactly as the article gives them`,
  };
}

/**
 * Layer 3: checks every evidence span against its article's text, and each claim's `quote` against its
 * spans. Texts come from `texts` first, then from the articles' own `text`. With `requireText`, a span
 * whose article has no text is an issue; otherwise it is skipped. Comparison is after Unicode NFC; curly
 * and straight quotes differ.
 * @internal
 */
export function checkAnchors(
  graph: NewsGraph,
  texts: ArticleTexts | undefined,
  requireText: boolean,
): NewsGraphIssue[] {
  const issues: NewsGraphIssue[] = [];
  const ownTexts = new Map<string, string>();
  for (const article of graph.articles) {
    if (article.text !== undefined && !ownTexts.has(article.id)) ownTexts.set(article.id, article.text);
  }
  const { claims } = graph;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (claim === undefined) continue;
    const { evidence } = claim;
    const anchored: AnchoredSpan[] = [];
    for (let e = 0; e < evidence.length; e++) {
      const span = evidence[e];
      if (span === undefined) continue;
      const text = textFrom(texts, span.article) ?? ownTexts.get(span.article);
      if (text === undefined) {
        if (requireText) {
          issues.push({
            path: spanPath(i, e, "article"),
            code: "unknown_article_text",
            message: `no text was supplied for article ${JSON.stringify(span.article)}; expected its text to check the span against`,
          });
        }
        continue;
      }
      if (span.end > text.length) {
        issues.push({
          path: spanPath(i, e, "end"),
          code: "anchor_out_of_range",
          message: `the span ends at ${span.end}, past the end of article ${JSON.stringify(span.article)}'s text (${text.length} characters); expected an offset within it`,
        });
        continue;
      }
      const { start, end, exact } = span;
      const found = text.slice(start, end);
      if (found !== exact && found.normalize("NFC") !== exact.normalize("NFC")) {
        issues.push({
          path: spanPath(i, e, "exact"),
          code: "anchor_mismatch",
          message: `the text at ${start}–${end} is ${describeSlice(found)}; expected ${describeSlice(exact)}`,
        });
        continue;
      }
      anchored.push({ article: span.article, text, start, end });
      if (span.prefix !== undefined && !isTextBefore(text, start, span.prefix)) {
        const before = text.slice(Math.max(0, start - span.prefix.length), start);
        issues.push({
          path: spanPath(i, e, "prefix"),
          code: "anchor_mismatch",
          message: `the text before ${start} is ${describeSlice(before)}; expected the prefix ${describeSlice(span.prefix)}`,
        });
      }
      if (span.suffix !== undefined && !isTextAfter(text, end, span.suffix)) {
        const after = text.slice(end, end + span.suffix.length);
        issues.push({
          path: spanPath(i, e, "suffix"),
          code: "anchor_mismatch",
          message: `the text after ${end} is ${describeSlice(after)}; expected the suffix ${describeSlice(span.suffix)}`,
        });
      }
    }
    const quoteIssue = checkQuote(claim, i, anchored);
    if (quoteIssue !== undefined) issues.push(quoteIssue);
  }
  return issues;
}
