import * as z from "zod";
import { FuzzyDate } from "./fuzzy-date";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { Quantity } from "./quantity";
import { newsgraphRegistry } from "./registry";
import { eventKinds, eventStatuses, participantRoles } from "./vocabulary";

/**
 * Schema of one of {@link eventKinds}.
 *
 * @example
 * ```ts
 * import { EventKind } from "newsgraph";
 *
 * EventKind.parse("agreement");
 * ```
 */
export const EventKind: z.ZodEnum<{ [K in (typeof eventKinds)[number]]: K }> = z.enum(eventKinds);
/**
 * One of {@link eventKinds}.
 *
 * @example
 * ```ts
 * import { EventKind } from "newsgraph";
 *
 * const kind: EventKind = "deployment";
 * ```
 */
export type EventKind = z.output<typeof EventKind>;

/**
 * Schema of one of {@link participantRoles}.
 *
 * @example
 * ```ts
 * import { ParticipantRole } from "newsgraph";
 *
 * ParticipantRole.parse("agent");
 * ```
 */
export const ParticipantRole: z.ZodEnum<{ [K in (typeof participantRoles)[number]]: K }> =
  z.enum(participantRoles);
/**
 * One of {@link participantRoles}.
 *
 * @example
 * ```ts
 * import { ParticipantRole } from "newsgraph";
 *
 * const role: ParticipantRole = "host";
 * ```
 */
export type ParticipantRole = z.output<typeof ParticipantRole>;

/**
 * Schema of one of {@link eventStatuses}.
 *
 * @example
 * ```ts
 * import { EventStatus } from "newsgraph";
 *
 * EventStatus.parse("disputed");
 * ```
 */
export const EventStatus: z.ZodEnum<{ [K in (typeof eventStatuses)[number]]: K }> = z.enum(eventStatuses);
/**
 * One of {@link eventStatuses}.
 *
 * @example
 * ```ts
 * import { EventStatus } from "newsgraph";
 *
 * const status: EventStatus = "confirmed";
 * ```
 */
export type EventStatus = z.output<typeof EventStatus>;

const participantShape = {
  /** Id of the actor taking part. */
  actor: NodeId,
  /** The part it plays. */
  role: ParticipantRole,
};

/**
 * An actor's part in an event.
 * @example
 * ```ts
 * import { Participant } from "newsgraph";
 *
 * Participant.parse({ actor: "north-korea", role: "agent" });
 * ```
 */
export const Participant: z.ZodObject<typeof participantShape, z.core.$strict> =
  z.strictObject(participantShape);
newsgraphRegistry.add(Participant, { id: "Participant", description: "An actor's part in an event." });
/**
 * A participant.
 *
 * @example
 * ```ts
 * import { Participant } from "newsgraph";
 *
 * const p: Participant = { actor: "russia", role: "recipient" };
 * ```
 */
export interface Participant extends z.output<typeof Participant> {}

const eventFields = {
  /** Unique id of the event in the graph. */
  id: NodeId,
  /** A short name: "North Korean deployment to Kursk". */
  name: z.string().min(1),
  /** What sort of event it is. */
  kind: EventKind,
  /** What happened, in a sentence or two. */
  description: z.string().min(1).optional(),
  /** When it began, as precisely as known. */
  start: FuzzyDate.optional(),
  /** When it ended, as precisely as known; not before `start`. */
  end: FuzzyDate.optional(),
  /** Id of the place where it happens. */
  location: NodeId.optional(),
  /** The actors taking part, with their roles. */
  participants: z.array(Participant).default([]),
  /** Id of the larger event it belongs to: a deployment within a war. */
  partOf: NodeId.optional(),
  /** The figures that describe it: troops, missiles, casualties. */
  quantities: z.array(Quantity).default([]),
  /** What the claims about it say: reported, confirmed, denied or disputed. */
  status: EventStatus.optional(),
};

const eventShape = {
  ...eventFields,
  /** How the event as a whole came to be in the data, when not simply stated. */
  provenance: Provenance.optional(),
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(eventFields).optional(),
};

/**
 * Something that happens, that claims are about: a deployment, a press conference, a pact, a war.
 * @example
 * ```ts
 * import { Event } from "newsgraph";
 *
 * Event.parse({ id: "security-pact", name: "Russia–North Korea security pact", kind: "agreement", start: "2024-06" });
 * ```
 */
export const Event: z.ZodObject<typeof eventShape, z.core.$strict> = z.strictObject(eventShape);
newsgraphRegistry.add(Event, {
  id: "Event",
  description: "Something that happens: a deployment, a statement, an agreement, a war.",
});

/**
 * A parsed event.
 *
 * @example
 * ```ts
 * import { Event } from "newsgraph";
 *
 * function whenOf(event: Event) { return event.start; }
 * ```
 */
export interface Event extends z.output<typeof Event> {}
/**
 * An event as written before parsing.
 *
 * @example
 * ```ts
 * import type { EventInput } from "newsgraph";
 *
 * const input: EventInput = { id: "e", name: "E", kind: "meeting" };
 * ```
 */
export interface EventInput extends z.input<typeof Event> {}

export { eventKinds, eventStatuses, participantRoles };
