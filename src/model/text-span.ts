import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { NodeId } from "./node-id";
import { newsgraphRegistry } from "./registry";

// `.int()` keeps to the safe integers itself; a `.max()` of its own would report the same issue twice.
const offset = z.number().int().min(0);

const textSpanShape = {
  /** The id of the article whose `text` the offsets index into. */
  article: NodeId,
  /** Offset of the first character, in UTF-16 code units (JavaScript string indices). */
  start: offset,
  /** Offset just past the last character; greater than `start`. */
  end: offset,
  /** The text between `start` and `end`, exactly. */
  exact: z.string().min(1),
  /** A few characters just before the span, to find it again if offsets drift. */
  prefix: z.string().optional(),
  /** A few characters just after the span. */
  suffix: z.string().optional(),
};

/**
 * Where a claim appears in an article: character offsets plus the exact text, with optional
 * context — the W3C Web Annotation TextPositionSelector and TextQuoteSelector in one. Offsets count
 * UTF-16 code units, as JavaScript string indices do (Web Annotation counts code points).
 *
 * @example
 * ```ts
 * import { TextSpan } from "newsgraph";
 *
 * TextSpan.parse({ article: "kursk-opinion", start: 0, end: 4, exact: "NATO" });
 * ```
 */
export const TextSpan: z.ZodObject<typeof textSpanShape, z.core.$strict> = z
  .strictObject(textSpanShape)
  .check((ctx) => {
    if (ctx.value.end <= ctx.value.start) {
      reportIssue(
        ctx,
        "invalid_span",
        `expected end to be greater than start (${ctx.value.start}), found ${ctx.value.end}`,
        ["end"],
      );
    }
  });
newsgraphRegistry.add(TextSpan, {
  id: "TextSpan",
  description: "Where a claim appears in an article: UTF-16 offsets, the exact text and optional context.",
});

/**
 * A span of an article's text.
 *
 * @example
 * ```ts
 * import { TextSpan } from "newsgraph";
 *
 * const span: TextSpan = { article: "a", start: 0, end: 4, exact: "NATO" };
 * ```
 */
export interface TextSpan extends z.output<typeof TextSpan> {}
