import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { FuzzyDate } from "./fuzzy-date";
import { HttpUrl } from "./http-url";
import { ImageFile } from "./image-file";
import { LanguageTag } from "./language-tag";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { newsgraphRegistry } from "./registry";
import { actorKinds, newsMediaPolicies, organizationKinds, publishingPolicies } from "./vocabulary";

/**
 * Schema of one of {@link actorKinds}.
 *
 * @example
 * ```ts
 * import { ActorKind } from "newsgraph";
 *
 * ActorKind.parse("state");
 * ```
 */
export const ActorKind: z.ZodEnum<{ [K in (typeof actorKinds)[number]]: K }> = z.enum(actorKinds);
/**
 * One of {@link actorKinds}.
 *
 * @example
 * ```ts
 * import { ActorKind } from "newsgraph";
 *
 * const kind: ActorKind = "person";
 * ```
 */
export type ActorKind = z.output<typeof ActorKind>;

const roleShape = {
  /** The title as the source gives it: "Secretary General", "Vice-Foreign Minister". */
  title: z.string().min(1),
  /** Id of the actor the role is held in: NATO, South Korea. */
  of: NodeId,
  /** When the role began. */
  start: FuzzyDate.optional(),
  /** When it ended; absent while it lasts. */
  end: FuzzyDate.optional(),
};

/**
 * A position an actor holds in another: "Secretary General of NATO since 2024-10-01" is
 * `{ title: "Secretary General", of: "nato", start: "2024-10-01" }`.
 *
 * @example
 * ```ts
 * import { Role } from "newsgraph";
 *
 * Role.parse({ title: "Secretary General", of: "nato", start: "2024-10-01" });
 * ```
 */
export const Role: z.ZodObject<typeof roleShape, z.core.$strict> = z.strictObject(roleShape);
newsgraphRegistry.add(Role, { id: "Role", description: "A position an actor holds in another actor." });
/**
 * A role.
 *
 * @example
 * ```ts
 * import { Role } from "newsgraph";
 *
 * const role: Role = { title: "Secretary General", of: "nato" };
 * ```
 */
export interface Role extends z.output<typeof Role> {}

const publishingPoliciesShape = {
  /** The principles it publishes by: its mission, standards and editorial independence. */
  publishingPrinciples: HttpUrl.optional(),
  /** Its code of ethics: what its journalists do and do not do. */
  ethicsPolicy: HttpUrl.optional(),
  /** How it corrects errors, and where corrections appear. */
  correctionsPolicy: HttpUrl.optional(),
  /** How it seeks a diversity of voices in its coverage and its staff. */
  diversityPolicy: HttpUrl.optional(),
  /** A report on the diversity of its staff. */
  diversityStaffingReport: HttpUrl.optional(),
  /** Who its editors and leaders are, and how to reach them (news organisations only). */
  masthead: HttpUrl.optional(),
  /** What it covers and why: its mission and coverage priorities (news organisations only). */
  missionCoveragePrioritiesPolicy: HttpUrl.optional(),
  /** When and why it publishes an article without a byline (news organisations only). */
  noBylinesPolicy: HttpUrl.optional(),
  /** Who owns and funds it. */
  ownershipFundingInfo: HttpUrl.optional(),
  /** How readers can give feedback, and what it does with it. */
  actionableFeedbackPolicy: HttpUrl.optional(),
  /** When it relies on sources it does not name. */
  unnamedSourcesPolicy: HttpUrl.optional(),
  /** How it checks facts and verifies what it publishes (news organisations only). */
  verificationFactCheckingPolicy: HttpUrl.optional(),
} satisfies Record<(typeof publishingPolicies)[number], z.ZodOptional<z.ZodString>>;

/**
 * The pages where an organisation says how it works, each by its address: the Trust Project's "best
 * practices", named as schema.org names them (see {@link publishingPolicies}). `masthead`,
 * `missionCoveragePrioritiesPolicy`, `noBylinesPolicy` and `verificationFactCheckingPolicy` are for news
 * organisations (kind `media`) only.
 *
 * @example
 * ```ts
 * import { PublishingPolicies } from "newsgraph";
 *
 * PublishingPolicies.parse({ ethicsPolicy: "https://example.org/about/ethics" });
 * ```
 */
export const PublishingPolicies: z.ZodObject<typeof publishingPoliciesShape, z.core.$strict> =
  z.strictObject(publishingPoliciesShape);
newsgraphRegistry.add(PublishingPolicies, {
  id: "PublishingPolicies",
  description: "The pages where an organisation says how it works, by schema.org property name.",
});
/**
 * An organisation's policy pages.
 *
 * @example
 * ```ts
 * import { PublishingPolicies } from "newsgraph";
 *
 * const policies: PublishingPolicies = { correctionsPolicy: "https://example.org/about/corrections" };
 * ```
 */
export interface PublishingPolicies extends z.output<typeof PublishingPolicies> {}

const commonActorFields = {
  /** Unique id of the actor in the graph. */
  id: NodeId,
  /** The name most used for it. */
  name: z.string().min(1),
  /** Other names, spellings and abbreviations: "DPRK", "Pyongyang". */
  alternateNames: z.array(z.string().min(1)).default([]),
  /** Who or what it is, in a sentence. */
  description: z.string().min(1).optional(),
  /** The same actor elsewhere: Wikidata, an official site. */
  sameAs: z.array(HttpUrl).default([]),
  /** Ids of the actors it belongs to: a state in NATO, an agency in a government. */
  memberOf: z.array(NodeId).default([]),
};

const personFields = {
  ...commonActorFields,
  /** Always `person`. */
  kind: z.literal("person"),
  /** Id of the state (actor) or country (place) of the person's nationality. */
  nationality: NodeId.optional(),
  /** Positions the person holds or held. */
  roles: z.array(Role).default([]),
  /** The person's profile page: at the publisher, or their own. */
  url: HttpUrl.optional(),
  /** A portrait of the person. */
  image: ImageFile.optional(),
  /** The person's job, in words: "Defence correspondent". */
  jobTitle: z.string().min(1).optional(),
  /** Ids of the organisations the person works for: a reporter's newspaper. */
  worksFor: z.array(NodeId).default([]),
  /** What the person knows about, in words: "Eastern European security". */
  knowsAbout: z.array(z.string().min(1)).default([]),
  /** The languages the person knows, as BCP 47 tags. */
  knowsLanguage: z.array(LanguageTag).default([]),
};

const stateFields = {
  ...commonActorFields,
  /** Always `state`: a sovereign state acting as a party (Russia, North Korea). */
  kind: z.literal("state"),
  /** Id of the place that is the state's territory. */
  territory: NodeId.optional(),
};

const organizationFields = {
  ...commonActorFields,
  /** What sort of organisation it is. */
  kind: z.enum(organizationKinds),
  /** Id of the state (actor) or country (place) it belongs to or is based in. */
  country: NodeId.optional(),
  /** Positions the organisation holds in others (rare; e.g. a chair of a body). */
  roles: z.array(Role).default([]),
  /** Its home page: for a publisher, the address of its site. */
  url: HttpUrl.optional(),
  /** Its logo. */
  logo: ImageFile.optional(),
  /** When it was founded. */
  foundingDate: FuzzyDate.optional(),
  /** The languages it publishes in, as BCP 47 tags: the languages of its site. */
  languages: z.array(LanguageTag).default([]),
  /** The pages where it says how it works: its ethics, corrections and other policies. */
  policies: PublishingPolicies.optional(),
};

const provenanceFields = {
  /** How the actor as a whole came to be in the data, when not simply stated. */
  provenance: Provenance.optional(),
};

const personShape = {
  ...personFields,
  ...provenanceFields,
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(personFields).optional(),
};
const stateShape = {
  ...stateFields,
  ...provenanceFields,
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(stateFields).optional(),
};
const organizationShape = {
  ...organizationFields,
  ...provenanceFields,
  /** The provenance of single fields, by field name. */
  fieldProvenance: fieldProvenanceOf(organizationFields).optional(),
};

/**
 * A person who makes claims or takes part in events.
 * @example
 * ```ts
 * import { PersonActor } from "newsgraph";
 *
 * PersonActor.parse({ id: "mark-rutte", kind: "person", name: "Mark Rutte" });
 * ```
 */
export const PersonActor: z.ZodObject<typeof personShape, z.core.$strict> = z.strictObject(personShape);
newsgraphRegistry.add(PersonActor, { id: "PersonActor", description: "A person." });
/**
 * A person.
 *
 * @example
 * ```ts
 * import { PersonActor } from "newsgraph";
 *
 * const rutte: PersonActor = PersonActor.parse({ id: "mark-rutte", kind: "person", name: "Mark Rutte" });
 * ```
 */
export interface PersonActor extends z.output<typeof PersonActor> {}

/**
 * A sovereign state acting as a party: it confirms, denies, deploys, signs.
 * @example
 * ```ts
 * import { StateActor } from "newsgraph";
 *
 * StateActor.parse({ id: "russia", kind: "state", name: "Russia", territory: "russia-territory" });
 * ```
 */
export const StateActor: z.ZodObject<typeof stateShape, z.core.$strict> = z.strictObject(stateShape);
newsgraphRegistry.add(StateActor, { id: "StateActor", description: "A sovereign state acting as a party." });
/**
 * A state.
 *
 * @example
 * ```ts
 * import { StateActor } from "newsgraph";
 *
 * const russia: StateActor = StateActor.parse({ id: "russia", kind: "state", name: "Russia" });
 * ```
 */
export interface StateActor extends z.output<typeof StateActor> {}

/**
 * An organisation: an intergovernmental body, a government or agency, an armed force, a medium…
 * @example
 * ```ts
 * import { OrganizationActor } from "newsgraph";
 *
 * OrganizationActor.parse({ id: "nato", kind: "intergovernmental", name: "NATO" });
 * ```
 */
export const OrganizationActor: z.ZodObject<typeof organizationShape, z.core.$strict> = z
  .strictObject(organizationShape)
  .check((ctx) => {
    const { kind, policies } = ctx.value;
    if (kind === "media" || policies === undefined) return;
    for (const name of newsMediaPolicies) {
      if (policies[name] === undefined) continue;
      reportIssue(
        ctx,
        "media_only_policy",
        `schema.org defines ${name} for news organisations only; expected it on an actor of kind "media", found kind ${JSON.stringify(kind)}`,
        ["policies", name],
      );
    }
  });
newsgraphRegistry.add(OrganizationActor, {
  id: "OrganizationActor",
  description: "An organisation.",
  // The policies schema.org defines for news organisations alone, only on an actor of kind media.
  if: { properties: { kind: { const: "media" } } },
  else: {
    properties: { policies: { type: "object", propertyNames: { not: { enum: [...newsMediaPolicies] } } } },
  },
});
/**
 * An organisation.
 *
 * @example
 * ```ts
 * import { OrganizationActor } from "newsgraph";
 *
 * const nato: OrganizationActor = OrganizationActor.parse({ id: "nato", kind: "intergovernmental", name: "NATO" });
 * ```
 */
export interface OrganizationActor extends z.output<typeof OrganizationActor> {}

/**
 * Anyone who makes a claim or takes part in an event: a person, a state or an organisation,
 * told apart by `kind`.
 *
 * @example
 * ```ts
 * import { Actor } from "newsgraph";
 *
 * const nato = Actor.parse({ id: "nato", kind: "intergovernmental", name: "NATO" });
 * if (nato.kind === "person") nato.roles; // narrowed to PersonActor
 * ```
 */
export const Actor: z.ZodDiscriminatedUnion<
  [typeof PersonActor, typeof StateActor, typeof OrganizationActor],
  "kind"
> = z.discriminatedUnion("kind", [PersonActor, StateActor, OrganizationActor]);
newsgraphRegistry.add(Actor, {
  id: "Actor",
  description: "A person, state or organisation that makes claims or takes part in events.",
});

/**
 * An actor of any kind.
 *
 * @example
 * ```ts
 * import { Actor } from "newsgraph";
 *
 * function nameOf(actor: Actor) { return actor.name; }
 * ```
 */
export type Actor = PersonActor | StateActor | OrganizationActor;
/**
 * An actor as written before parsing.
 *
 * @example
 * ```ts
 * import type { ActorInput } from "newsgraph";
 *
 * const input: ActorInput = { id: "nato", kind: "intergovernmental", name: "NATO" };
 * ```
 */
export type ActorInput = z.input<typeof Actor>;

export { actorKinds, newsMediaPolicies, organizationKinds, publishingPolicies };
