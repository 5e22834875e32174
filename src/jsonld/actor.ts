import type { IdReference, Organization, OrganizationRoleLeaf, Person } from "schema-dts";
import type { Actor, ActorKind, OrganizationActor, PersonActor } from "../model/actor";
import { imageFileObject } from "./image";
import { clean, isOrganization, isoDate, isoDay, type MappingContext, placeOf } from "./mapping-context";

/** @internal */
export const ACTOR_TYPES = {
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

// What says who a person is, on a page and in the graph alike.
function personFields(person: PersonActor, context: MappingContext) {
  return {
    url: person.url,
    image: person.image && imageFileObject(person.image),
    jobTitle: person.jobTitle,
    // worksFor takes an Organization: an id that is none (a graph that was not validated) is left out.
    worksFor: person.worksFor.flatMap((id) => (isOrganization(id, context) ? [context.ref(id)] : [])),
    knowsAbout: person.knowsAbout.slice(),
    knowsLanguage: person.knowsLanguage.slice(),
  };
}

// What says who an organisation is: its home page, logo, founding date and policy pages, each under the
// schema.org property of its name (the page path does without the list of names, and zod's key order).
function organizationFields(organization: OrganizationActor) {
  return {
    url: organization.url,
    logo: organization.logo && imageFileObject(organization.logo),
    foundingDate: isoDay(organization.foundingDate),
    ...organization.policies,
  };
}

/**
 * An actor as a schema.org Person or Organization (GovernmentOrganization for states, governments and
 * militaries; NewsMediaOrganization, PoliticalParty, Corporation, NGO; Organization otherwise), with `name`,
 * `alternateName`, `description`, `sameAs` and `memberOf`. Each role becomes an OrganizationRole in
 * `memberOf` (`roleName`, `startDate`, `endDate`), schema.org's way of qualifying a membership. A person's
 * `nationality` is the Country it names (directly, or as a state's territory); a state's territory is its
 * `areaServed`; an organisation's `country` is its `location`. A person also has their `url`, `image`,
 * `jobTitle`, `worksFor`, `knowsAbout` and `knowsLanguage`; an organisation its `url`, `logo`, `foundingDate`
 * and each of its policy pages under the schema.org property of the same name.
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
      ? { nationality: placeRef(actor.nationality, context, "country"), ...personFields(actor, context) }
      : actor.kind === "state"
        ? { areaServed: placeRef(actor.territory, context) }
        : { location: placeRef(actor.country, context), ...organizationFields(actor) }),
  });
}

/**
 * An actor as a page shows it: who an author, contributor, publisher or fact-checker is, without the
 * knowledge graph around them. A person's `name`, `url`, `image`, `jobTitle`, `worksFor`, `sameAs`,
 * `knowsAbout` and `knowsLanguage`; an organisation's `name`, `url`, `logo`, `sameAs`, `foundingDate` and
 * policy pages; a state's `name` and `sameAs`. Types and `@id`s as in {@link actorNode}.
 *
 * @example
 * ```ts
 * import { actorCard } from "./actor";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * actorCard({ id: "ana-ruiz", kind: "person", name: "Ana Ruiz", alternateNames: [], sameAs: [], memberOf: [],
 *   roles: [], url: "https://example.org/staff/ana-ruiz", worksFor: [], knowsAbout: [], knowsLanguage: [] },
 *   context);
 * // { "@type": "Person", "@id": "https://example.org/staff/ana-ruiz#person", name: "Ana Ruiz",
 * //   url: "https://example.org/staff/ana-ruiz" }
 * ```
 */
export function actorCard(actor: Actor, context: MappingContext): Person | Organization {
  return clean<Person | Organization>({
    "@type": ACTOR_TYPES[actor.kind],
    "@id": context.iri(actor.id),
    name: actor.name,
    ...(actor.kind === "person"
      ? personFields(actor, context)
      : actor.kind === "state"
        ? {}
        : organizationFields(actor)),
    sameAs: actor.sameAs.slice(),
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
