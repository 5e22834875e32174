import type { EventLeaf, IdReference } from "schema-dts";
import type { Event, ParticipantRole } from "../model/event";
import { clean, isoDate, type MappingContext } from "./mapping-context";
import { quantityValue } from "./quantity";

// Targets and recipients have no schema.org Event property (see docs/jsonld.md).
const PARTICIPATION: Partial<
  Record<ParticipantRole, "performer" | "organizer" | "attendee" | "contributor">
> = {
  agent: "performer",
  host: "organizer",
  participant: "attendee",
  mediator: "contributor",
};

/**
 * An event as a schema.org Event: `name`, `description`, `startDate`, `endDate`, `location`, `superEvent`
 * (its `partOf`), and its figures as QuantitativeValues in `about`. Participants go by role: an agent is a
 * `performer`, a host the `organizer`, a participant an `attendee`, a mediator a `contributor`.
 *
 * @example
 * ```ts
 * import { eventNode } from "./event";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * eventNode({ id: "security-pact", name: "Security pact", kind: "agreement", start: "2024-06",
 *   participants: [{ actor: "russia", role: "participant" }], quantities: [] }, context);
 * // { "@type": "Event", "@id": "…#security-pact", name: "Security pact", startDate: "2024-06",
 * //   attendee: [{ "@id": "…#russia" }] }
 * ```
 */
export function eventNode(event: Event, context: MappingContext): EventLeaf {
  const { ref } = context;
  const participants: Partial<Record<string, IdReference[]>> = {};
  for (const { actor, role } of event.participants) {
    const property = PARTICIPATION[role];
    if (property === undefined) continue;
    const list = participants[property];
    if (list === undefined) participants[property] = [ref(actor)];
    else list.push(ref(actor));
  }
  return clean<EventLeaf>({
    "@type": "Event",
    "@id": context.iri(event.id),
    name: event.name,
    description: event.description,
    startDate: isoDate(event.start),
    endDate: isoDate(event.end),
    location: event.location === undefined ? undefined : ref(event.location),
    superEvent: event.partOf === undefined ? undefined : ref(event.partOf),
    ...participants,
    about: event.quantities.map(quantityValue),
  });
}
