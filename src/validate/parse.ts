import { reasonOf } from "../model/describe";
import { NewsGraph } from "../model/news-graph";
import { type ArticleTexts, checkAnchors } from "./anchoring";
import { NewsGraphError, type NewsGraphIssue } from "./error";
import { checkGraph } from "./graph";
import { fromZodIssues } from "./zod-issues";

/**
 * The result of {@link safeParseNewsGraph}.
 * @example
 * ```ts
 * import { safeParseNewsGraph, type SafeParseNewsGraphResult } from "newsgraph";
 *
 * const result: SafeParseNewsGraphResult = safeParseNewsGraph({ format: 1 });
 * if (result.success) result.data.claims; else result.error.issues;
 * ```
 */
export type SafeParseNewsGraphResult =
  | {
      /** The input is a valid newsgraph document. */
      success: true;
      /** The document as parsed, with every default written. */
      data: NewsGraph;
    }
  | {
      /** The input is not a valid newsgraph document. */
      success: false;
      /** Every problem found, each with its path. */
      error: NewsGraphError;
    };

function validate(input: unknown): SafeParseNewsGraphResult {
  let issues: NewsGraphIssue[];
  try {
    const shape = NewsGraph.safeParse(input, { reportInput: true });
    if (!shape.success) {
      issues = fromZodIssues(shape.error.issues, NewsGraph, input);
    } else {
      issues = [...checkGraph(shape.data), ...checkAnchors(shape.data, undefined, false)];
      if (issues.length === 0) return { success: true, data: shape.data };
    }
  } catch (cause) {
    // Only exotic inputs get here (a getter that throws, a revoked Proxy): report, never rethrow.
    issues = [
      { path: [], code: "unreadable_input", message: `the input could not be read: ${reasonOf(cause)}` },
    ];
  }
  return { success: false, error: new NewsGraphError(issues) };
}

/**
 * Validates a newsgraph document in every layer — shape, graph integrity, evidence anchoring — and
 * returns the parsed graph (defaults filled in) or an error listing every issue. Never throws, never
 * changes its input.
 *
 * @example
 * ```ts
 * import { safeParseNewsGraph } from "newsgraph";
 *
 * const result = safeParseNewsGraph(JSON.parse('{"format":1,"claims":[{"id":"c"}]}'));
 * if (!result.success) {
 *   for (const issue of result.error.issues) console.log(issue.path.join("."), issue.message);
 *   // claims.0.claimant missing: expected string …
 * }
 * ```
 */
export function safeParseNewsGraph(input: unknown): SafeParseNewsGraphResult {
  return validate(input);
}

/**
 * Validates a newsgraph document in every layer and returns the parsed graph, or throws a
 * {@link NewsGraphError} listing every issue. Throws nothing else; never changes its input.
 *
 * @example
 * ```ts
 * import { parseNewsGraph } from "newsgraph";
 *
 * const graph = parseNewsGraph({ format: 1, places: [{ id: "kursk-region", kind: "region", name: "Kursk region" }] });
 * graph.places[0]?.alternateNames; // []
 * ```
 */
export function parseNewsGraph(input: unknown): NewsGraph {
  const result = validate(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Checks every evidence span in a graph against article texts supplied separately — for graphs
 * that ship without article bodies — and each claim's `quote` against its spans. A span whose article
 * has no text, neither in `texts` nor in the graph, is reported, so nothing goes unchecked. Returns the
 * issues; none means all anchored.
 *
 * @example
 * ```ts
 * import { verifyAnchors } from "newsgraph";
 * import { northKoreanTroopsInKursk } from "newsgraph/examples";
 *
 * declare const articleText: string; // the article's text, which the graph does not hold
 * const issues = verifyAnchors(northKoreanTroopsInKursk, { "nk-troops-kursk-opinion": articleText });
 * issues.length === 0; // every span points at its exact text
 * ```
 */
export function verifyAnchors(graph: NewsGraph, texts: ArticleTexts): NewsGraphIssue[] {
  return checkAnchors(graph, texts, true);
}
