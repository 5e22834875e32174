import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { newsgraphRegistry } from "./registry";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id newsgraph accepts, in characters.
 *
 * @example
 * ```ts
 * import { NODE_ID_MAX_LENGTH } from "newsgraph";
 *
 * NODE_ID_MAX_LENGTH; // 200
 * ```
 */
export const NODE_ID_MAX_LENGTH = 200;

/**
 * A node id: a lowercase slug such as `mark-rutte` or `claim-nato-1500-troops`, unique across a
 * {@link NewsGraph}. Nodes refer to each other by id.
 *
 * @example
 * ```ts
 * import { NodeId } from "newsgraph";
 *
 * NodeId.parse("mark-rutte"); // "mark-rutte"
 * NodeId.safeParse("Mark Rutte").success; // false
 * ```
 */
export const NodeId: z.ZodString = z.string().check((ctx) => {
  if (ctx.value.length > NODE_ID_MAX_LENGTH || !SLUG.test(ctx.value)) {
    reportIssue(
      ctx,
      "invalid_id",
      `expected an id made of lowercase letters and digits in words joined by single hyphens (like "mark-rutte", at most ${NODE_ID_MAX_LENGTH} characters), found ${describeValue(ctx.value)}`,
    );
  }
});
newsgraphRegistry.add(NodeId, {
  id: "NodeId",
  description: "A node id: a lowercase slug such as mark-rutte, unique across the document.",
  pattern: SLUG.source,
  maxLength: NODE_ID_MAX_LENGTH,
});

/**
 * A node id.
 *
 * @example
 * ```ts
 * import { NodeId } from "newsgraph";
 *
 * const id: NodeId = "mark-rutte";
 * ```
 */
export type NodeId = z.output<typeof NodeId>;
