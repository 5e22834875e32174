// Event and its subtypes → Event.

import type { Event, Participant, ParticipantRole } from "../../model/event";
import type { Quantity } from "../../model/quantity";
import { addEdge, type Handler, peekText, reference, take, takeOne, takePeriod, takeText } from "./importer";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { readQuantity } from "./quantity";

// As newsgraph writes them: an agent is a performer, a host the organizer, a participant an attendee, a
// mediator a contributor. A Map, since the names looked up are the input's own property names (`toString`,
// `__proto__` are names like any other).
const ROLES: ReadonlyMap<string, { role: ParticipantRole; assume: string }> = /* @__PURE__ */ new Map([
  ["performer", { role: "agent", assume: "Person" }],
  ["organizer", { role: "host", assume: "Organization" }],
  ["attendee", { role: "participant", assume: "Person" }],
  ["contributor", { role: "mediator", assume: "Person" }],
]);

/** Maps Event nodes (and its subtypes) onto events. @internal */
export const eventHandler: Handler = {
  idSources: (_importer, entry) => ({ name: peekText(entry, "name") }),
  missing: (_importer, entry) =>
    peekText(entry, "name") === undefined ? "it has no name, which the model requires" : undefined,
  map: (importer, entry, typing, id) => {
    const inferred: Inferred = {};
    const kindNote = `schema.org ${typing.type} does not say what kind of event it is; the kind "other" is assumed`;
    importer.warn(`${entry.path}["@type"]`, kindNote);
    infer(inferred, "kind", kindNote);
    // `missing` has made sure that the name holds text.
    const name = takeText(importer, entry, "name", "the name", marker(inferred, "name"))?.value ?? "";
    const description = takeText(
      importer,
      entry,
      "description",
      "the description",
      marker(inferred, "description"),
      true,
    )?.value;
    const dates = takePeriod(importer, entry, { owner: "the", its: "the" }, (field, note) =>
      infer(inferred, field, note),
    );
    const locationAt = takeOne(importer, entry, "location");
    const location =
      locationAt &&
      reference(importer, locationAt, {
        what: "the location",
        kinds: ["place"],
        assume: "Place",
        names: true,
      });
    const partOfAt = takeOne(importer, entry, "superEvent");
    const partOf =
      partOfAt &&
      reference(importer, partOfAt, { what: "the superEvent", kinds: ["event"], assume: "Event" });
    if (partOf !== undefined) addEdge(importer, id, "partOf", partOf);
    // Read in the order the properties are written, so that participants keep their order.
    const participants: Participant[] = [];
    for (const property of entry.properties.keys()) {
      const mapping = ROLES.get(property);
      if (mapping === undefined) continue;
      for (const located of take(entry, property)) {
        const actor = reference(importer, located, {
          what: `the ${property}`,
          kinds: ["actor"],
          assume: mapping.assume,
          names: true,
        });
        if (actor === undefined) continue;
        participants.push({ actor: actor.id, role: mapping.role });
      }
    }
    const quantities: Quantity[] = take(entry, "about").flatMap(
      (located) => readQuantity(importer, located, "the event's about", marker(inferred, "quantities")) ?? [],
    );
    const event: Event = {
      id,
      name,
      kind: "other",
      ...(description && { description }),
      ...dates,
      ...(location && { location: location.id }),
      participants,
      ...(partOf && { partOf: partOf.id }),
      quantities,
      ...fieldProvenance<Event["fieldProvenance"]>(inferred),
    };
    importer.collections.events.push(event);
  },
};
