import type { Thing } from "schema-dts";
import type { IndexedNode } from "../graph/node-index";
import { ACTOR_TYPES } from "./actor";
import { clean, type MappingContext } from "./mapping-context";
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
  switch (entry.kind) {
    case "actor": {
      const actor = entry.node;
      return clean<Thing>({
        "@type": ACTOR_TYPES[actor.kind],
        "@id": id,
        name: actor.name,
        url: actor.kind === "state" ? undefined : actor.url,
        sameAs: actor.sameAs.slice(),
      });
    }
    case "place":
      return clean<Thing>({
        "@type": PLACE_TYPES[entry.node.kind],
        "@id": id,
        name: entry.node.name,
        sameAs: entry.node.sameAs.slice(),
      });
    case "event":
      return { "@type": "Thing", "@id": id, name: entry.node.name };
    case "claim":
      return { "@type": "Claim", "@id": id, text: entry.node.statement };
  }
}
