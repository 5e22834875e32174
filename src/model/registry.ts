import * as z from "zod";

/**
 * Metadata newsgraph attaches to its schemas for the generated JSON Schema.
 *
 * @example
 * ```ts
 * import { NodeId, newsgraphRegistry } from "newsgraph";
 *
 * newsgraphRegistry.get(NodeId)?.pattern; // "^[a-z0-9]+(?:-[a-z0-9]+)*$"
 * ```
 */
export interface SchemaMetadata {
  /** The `$defs` name of the schema in the JSON Schema. */
  id?: string;
  /** A short title. */
  title?: string;
  /** What the value is, for readers of the JSON Schema. */
  description: string;
  /**
   * JSON Schema keywords that restate a rule newsgraph checks in code (a `pattern`, a
   * `maxLength`), so that the JSON Schema enforces what it can of the same rule.
   */
  pattern?: string;
  /** See {@link SchemaMetadata.pattern}. */
  maxLength?: number;
  /**
   * See {@link SchemaMetadata.pattern}: alternatives of which at least one holds (`Quantity`'s value, min or
   * max; `Article`'s paywall).
   */
  anyOf?: Record<string, unknown>[];
  /** See {@link SchemaMetadata.pattern}: a condition, with {@link SchemaMetadata.else} (`Provenance`'s note). */
  if?: Record<string, unknown>;
  /** See {@link SchemaMetadata.pattern}: what holds where {@link SchemaMetadata.if} does not. */
  else?: Record<string, unknown>;
}

/**
 * The package-private registry that holds titles and descriptions for the JSON Schema.
 *
 * A private registry keeps newsgraph's metadata out of zod's global registry, which the
 * user's own schemas share.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { Article, newsgraphRegistry } from "newsgraph";
 *
 * const schema = z.toJSONSchema(Article, { metadata: newsgraphRegistry });
 * ```
 */
export const newsgraphRegistry: z.core.$ZodRegistry<SchemaMetadata> = z.registry<SchemaMetadata>();
