import type { Thing } from "schema-dts";
import type { IndexedNode } from "../graph/node-index";
import { ACTOR_TYPES } from "./actor";
import { literalText, type MappingContext } from "./mapping-context";
import { PLACE_TYPES } from "./place";

/**
 * A node as a page mentions it: what it is called and where else it is described, under a type that no
 * search engine's rich-result rule asks more of. An actor is its Person or Organization type with `name`, `url`
 * and `sameAs`; a place its Place type with `name` and `sameAs`; an event a Thing with its `name` (an Event
 * would be a candidate for event results, which want a full date and a venue that news events seldom have);
 * a claim a Claim with its `text`. Articles have no light form: they are written in full.
 *
 * @example
 * ```ts
 * import type { IndexedNode } from "../graph/node-index";
 * import { lightNode } from "./light-node";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const deployment: Extract<IndexedNode, { kind: "event" }>; // the event "deployment"
 * declare const context: MappingContext;
 * lightNode(deployment, context); // { "@type": "Thing", "@id": "…#deployment", name: "Deployment to Kursk" }
 * ```
 */
export function lightNode(entry: Exclude<IndexedNode, { kind: "article" }>, context: MappingContext): Thing {
  const id = context.iri(entry.node.id);
  // Built key by key rather than cleaned: a page holds many of these, and one shape for all is faster to write.
  switch (entry.kind) {
    case "actor": {
      const actor = entry.node;
      const node: Record<string, unknown> = {
        "@type": ACTOR_TYPES[actor.kind],
        "@id": id,
        name: literalText(actor.name),
      };
      if (actor.kind !== "state" && actor.url !== undefined) node.url = actor.url;
      if (actor.sameAs.length > 0) node.sameAs = actor.sameAs.slice();
      return node as Thing;
    }
    case "place": {
      const place = entry.node;
      const node: Record<string, unknown> = {
        "@type": PLACE_TYPES[place.kind],
        "@id": id,
        name: literalText(place.name),
      };
      if (place.sameAs.length > 0) node.sameAs = place.sameAs.slice();
      return node as Thing;
    }
    case "event":
      return { "@type": "Thing", "@id": id, name: literalText(entry.node.name) };
    case "claim":
      return { "@type": "Claim", "@id": id, text: literalText(entry.node.statement) };
  }
}
