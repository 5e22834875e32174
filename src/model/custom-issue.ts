import type * as z from "zod";
import type { NewsgraphIssueCode } from "./issue-codes";

/**
 * Adds a newsgraph issue to a zod check context. The newsgraph code travels in `params.code`.
 * @internal
 */
export function reportIssue(
  ctx: z.core.ParsePayload<unknown>,
  code: NewsgraphIssueCode,
  message: string,
  path: PropertyKey[] = [],
): void {
  ctx.issues.push({ code: "custom", message, input: ctx.value, path, params: { code } });
}
