// What every rule works with: the document's graph and the report of findings, and the steps the rules of
// all node types share (a property that is missing, a reference to follow, a URL to check).
import { type Graph, type NodeAt, resolve, values } from "./document";
import type { PublishingFinding } from "./rules";
import { idOf, isObject, type Located, member, show, text, urlProblem } from "./values";

/** Records one finding. @internal */
export type Report = (finding: PublishingFinding) => void;

/** The graph the rules read and the report they write to. @internal */
export interface Context {
  graph: Graph;
  report: Report;
}

/** A finding without its path, for a property whose path the helper knows. @internal */
export type Absent = Omit<PublishingFinding, "path">;

/**
 * The values of a property of a node; when there are none, reports `absent` at the path the property
 * should be at. @internal
 */
export function expectValues(context: Context, at: NodeAt, key: string, absent: Absent): Located[] {
  const found = values(context.graph, at, key);
  if (found.length === 0) context.report({ ...absent, path: member(at.path, key) });
  return found;
}

/** Tells whether some value of a property of a node is text. @internal */
export const hasText = (context: Context, at: NodeAt, key: string): boolean =>
  values(context.graph, at, key).some(({ value }) => text(value) !== undefined);

/**
 * The node a value stands for, following an `@id` reference; a reference the document does not define is
 * reported as `reference/unresolved` (what it is, in `what`: "the author of the NewsArticle"), and gives
 * `"unresolved"`. A value that is no node (text, a number) gives `undefined`. @internal
 */
export function follow(context: Context, located: Located, what: string): NodeAt | "unresolved" | undefined {
  const resolved = resolve(context.graph, located);
  if (resolved === undefined || !("unresolved" in resolved)) return resolved;
  context.report({
    severity: "warning",
    path: located.path,
    rule: "reference/unresolved",
    message: `${what} refers to ${show(resolved.unresolved)}, which this document does not define, so it cannot be checked`,
  });
  return "unresolved";
}

/** Reports a value that is not a URL search engines can crawl, given as text or as an `{ "@id" }`. @internal */
export function checkUrl(
  context: Context,
  { value, path }: Located,
  rule: PublishingFinding["rule"],
  what: string,
): void {
  const url = text(value) ?? (isObject(value) ? idOf(value) : undefined);
  const problem = url === undefined ? "not an absolute http(s) URL" : urlProblem(url);
  if (problem === undefined) return;
  context.report({ severity: "error", path, rule, message: `${what} is ${show(url ?? value)}, ${problem}` });
}
