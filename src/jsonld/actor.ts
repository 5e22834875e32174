import type { IdReference, Organization, OrganizationRoleLeaf, Person } from "schema-dts";
import type { Actor, ActorKind } from "../model/actor";
import { clean, isOrganization, isoDate, type MappingContext, placeOf } from "./mapping-context";

const ACTOR_TYPES = {
  person: "Person",
  state: "GovernmentOrganization",
  organization: "Organization",
  government: "GovernmentOrganization",
  intergovernmental: "Organization",
  "armed-group": "Organization",
  military: "GovernmentOrganization",
  media: "NewsMediaOrganization",
  "political-party": "PoliticalParty",
  company: "Corporation",
  ngo: "NGO",
} as const satisfies Record<ActorKind, "Person" | Exclude<Organization, string>["@type"]>;

type Membership = IdReference | OrganizationRoleLeaf<IdReference, "memberOf">;

/**
 * An actor as a schema.org Person or Organization (GovernmentOrganization for states, governments and
 * militaries; NewsMediaOrganization, PoliticalParty, Corporation, NGO; Organization otherwise), with `name`,
 * `alternateName`, `description`, `sameAs` and `memberOf`. Each role becomes an OrganizationRole in
 * `memberOf` (`roleName`, `startDate`, `endDate`), schema.org's way of qualifying a membership. A person's
 * `nationality` is the Country it names (directly, or as a state's territory); a state's territory is its
 * `areaServed`; an organisation's `country` is its `location`.
 *
 * @example
 * ```ts
 * import { actorNode } from "./actor";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * actorNode({ id: "mark-rutte", kind: "person", name: "Mark Rutte", alternateNames: [], sameAs: [],
 *   memberOf: [], roles: [{ title: "Secretary General", of: "nato", start: "2024-10-01" }], worksFor: [],
 *   knowsAbout: [], knowsLanguage: [] }, context);
 * // { "@type": "Person", "@id": "…#mark-rutte", name: "Mark Rutte",
 * //   memberOf: [{ "@type": "OrganizationRole", memberOf: { "@id": "…#nato" },
 * //                roleName: "Secretary General", startDate: "2024-10-01" }] }
 * ```
 */
export function actorNode(actor: Actor, context: MappingContext): Person | Organization {
  const { ref } = context;
  const memberships: Membership[] = [];
  for (const id of actor.memberOf) if (isOrganization(id, context)) memberships.push(ref(id));
  if (actor.kind !== "state") {
    for (const role of actor.roles) {
      if (isOrganization(role.of, context)) {
        memberships.push(
          clean<OrganizationRoleLeaf<IdReference, "memberOf">>({
            "@type": "OrganizationRole",
            memberOf: ref(role.of),
            roleName: role.title,
            startDate: isoDate(role.start),
            endDate: isoDate(role.end),
          }),
        );
      }
    }
  }
  return clean<Person | Organization>({
    "@type": ACTOR_TYPES[actor.kind],
    "@id": context.iri(actor.id),
    name: actor.name,
    alternateName: actor.alternateNames.slice(),
    description: actor.description,
    sameAs: actor.sameAs.slice(),
    memberOf: memberships,
    ...(actor.kind === "person"
      ? { nationality: placeRef(actor.nationality, context, "country") }
      : actor.kind === "state"
        ? { areaServed: placeRef(actor.territory, context) }
        : { location: placeRef(actor.country, context) }),
  });
}

// A reference to the place an id stands for (of one kind, when given), if it stands for one.
function placeRef(
  id: string | undefined,
  context: MappingContext,
  kind?: "country",
): IdReference | undefined {
  const place = placeOf(id, context);
  return place && (kind === undefined || place.kind === kind) ? context.ref(place.id) : undefined;
}
