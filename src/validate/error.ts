/**
 * One problem found in a newsgraph document.
 *
 * @example
 * ```ts
 * import type { NewsGraphIssue } from "newsgraph";
 *
 * const issue: NewsGraphIssue = {
 *   path: ["claims", 3, "claimant"],
 *   code: "unresolved_reference",
 *   message: 'no node has the id "vladimir-putn"; expected the id of an actor',
 * };
 * ```
 */
export interface NewsGraphIssue {
  /** Where the problem is: `["claims", 3, "evidence", 0, "start"]`. */
  path: (string | number)[];
  /**
   * A stable code: one of zod's (`invalid_type`, `unrecognized_keys`, …) or newsgraph's own
   * (see `newsgraphIssueCodes`).
   */
  code: string;
  /** What was found and what was expected, for a person to read. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way JavaScript would reach it: `claims[3].evidence[0].start`.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from "newsgraph";
 *
 * formatIssuePath(["claims", 3, "evidence", 0, "start"]); // "claims[3].evidence[0].start"
 * formatIssuePath([]); // "(document)"
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(document)";
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

const LISTED = 50;

// A path through hostile keys can be megabytes long; the summary shows its start (`issues` keep it whole).
const PATH_SHOWN = 200;

function shownPath(path: readonly (string | number)[]): string {
  const text = formatIssuePath(path);
  return text.length > PATH_SHOWN ? `${text.slice(0, PATH_SHOWN)}…` : text;
}

function summarise(issues: readonly NewsGraphIssue[]): string {
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  const lines = issues.slice(0, LISTED).map((issue) => `  - ${shownPath(issue.path)}: ${issue.message}`);
  if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more`);
  return `Invalid newsgraph document (${count}):\n${lines.join("\n")}`;
}

/**
 * The one error newsgraph's validators throw: every issue found, each with its path, code and
 * message. The message lists them (the first 50) one per line.
 *
 * @example
 * ```ts
 * import { NewsGraphError, parseNewsGraph } from "newsgraph";
 *
 * try {
 *   parseNewsGraph({ format: 1, actors: [{ id: "Mark Rutte", kind: "person", name: "Mark Rutte" }] });
 * } catch (error) {
 *   if (error instanceof NewsGraphError) {
 *     for (const issue of error.issues) console.log(issue.path.join("."), issue.code);
 *   }
 * }
 * ```
 */
export class NewsGraphError extends Error {
  /** Every problem found, in document order within each validation layer. */
  readonly issues: readonly NewsGraphIssue[];

  /** Builds the error from its issues; the message is derived from them. */
  constructor(issues: readonly NewsGraphIssue[]) {
    super(summarise(issues));
    this.name = "NewsGraphError";
    this.issues = issues;
  }
}
