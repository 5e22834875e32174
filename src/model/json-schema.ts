import * as z from "zod";
import { NewsGraph } from "./news-graph";
import { newsgraphRegistry } from "./registry";

/**
 * The `$id` of the generated JSON Schema.
 *
 * @example
 * ```ts
 * import { NEWSGRAPH_SCHEMA_ID } from "newsgraph";
 *
 * NEWSGRAPH_SCHEMA_ID; // "https://unpkg.com/newsgraph/dist/newsgraph.schema.json"
 * ```
 */
export const NEWSGRAPH_SCHEMA_ID = "https://unpkg.com/newsgraph/dist/newsgraph.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a newsgraph document, generated from the zod schemas — the
 * same object the package ships as `newsgraph/schema.json`. It describes the input form (fields
 * with defaults are optional). It states the shape rules JSON Schema can express; the rules it
 * cannot (references, cycles, anchoring, calendar dates) are checked by {@link parseNewsGraph}.
 *
 * @example
 * ```ts
 * import { newsGraphJsonSchema } from "newsgraph";
 *
 * const schema = newsGraphJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function newsGraphJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(NewsGraph, {
    target: "draft-2020-12",
    io: "input",
    metadata: newsgraphRegistry,
    unrepresentable: "throw",
  });
  return { ...schema, $id: NEWSGRAPH_SCHEMA_ID };
}
