import * as z from "zod";
import { Actor } from "./actor";
import { Article } from "./article";
import { Claim } from "./claim";
import { Event } from "./event";
import { Place } from "./place";
import { newsgraphRegistry } from "./registry";

/**
 * The format version this release of newsgraph reads and writes.
 *
 * @example
 * ```ts
 * import { NEWSGRAPH_FORMAT } from "newsgraph";
 *
 * NEWSGRAPH_FORMAT; // 1
 * ```
 */
export const NEWSGRAPH_FORMAT = 1;

const newsGraphShape = {
  /** Optional link to the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The format version, so that data written today can be migrated later. Always 1 for now. */
  format: z.literal(NEWSGRAPH_FORMAT),
  /** The articles. */
  articles: z.array(Article).default([]),
  /** The people, states and organisations. */
  actors: z.array(Actor).default([]),
  /** The claims. */
  claims: z.array(Claim).default([]),
  /** The events. */
  events: z.array(Event).default([]),
  /** The places. */
  places: z.array(Place).default([]),
};

/**
 * The shape of a newsgraph document: five collections of nodes that refer to one another by id.
 * This schema checks the shape only; {@link parseNewsGraph} also checks references, cycles and
 * evidence anchoring, and is what to use on untrusted data.
 *
 * @example
 * ```ts
 * import { NewsGraph } from "newsgraph";
 *
 * const shapeOnly = NewsGraph.safeParse({ format: 1 });
 * shapeOnly.success; // true: every collection defaults to []
 * ```
 */
export const NewsGraph: z.ZodObject<typeof newsGraphShape, z.core.$strict> = z.strictObject(newsGraphShape);
newsgraphRegistry.add(NewsGraph, {
  id: "NewsGraph",
  title: "newsgraph document",
  description: "Articles, actors, claims, events and places that refer to one another by id.",
});

/**
 * A parsed newsgraph document.
 *
 * @example
 * ```ts
 * import { NewsGraph } from "newsgraph";
 *
 * function countClaims(graph: NewsGraph) { return graph.claims.length; }
 * ```
 */
export interface NewsGraph extends z.output<typeof NewsGraph> {}
/**
 * A newsgraph document as written before parsing: empty collections may be left out.
 *
 * @example
 * ```ts
 * import type { NewsGraphInput } from "newsgraph";
 *
 * const empty: NewsGraphInput = { format: 1 };
 * ```
 */
export interface NewsGraphInput extends z.input<typeof NewsGraph> {}
