// Person and Organization (and its subtypes) → Actor.
import type { Actor, ActorKind, Role } from "../../model/actor";
import type { Entry } from "./document";
import {
  addEdge,
  entryAt,
  type Handler,
  type Importer,
  peekText,
  reference,
  type Typing,
  take,
  takeOne,
  takeText,
  typingOf,
} from "./importer";
import { fieldProvenance, type Inferred, infer } from "./provenance";
import { endsBeforeStart, readDate, readText, readUrl } from "./values";

const KINDS: Record<string, ActorKind> = {
  Person: "person",
  Organization: "organization",
  GovernmentOrganization: "government",
  NGO: "ngo",
  NewsMediaOrganization: "media",
  Corporation: "company",
  PoliticalParty: "political-party",
};

/** The name of an actor: `name`, else `legalName`. @internal */
export const actorName = (entry: Entry): string | undefined =>
  peekText(entry, "name") ?? peekText(entry, "legalName");

/** Reads the texts of a property, reporting the values that are not text. @internal */
export function texts(importer: Importer, entry: Entry, name: string, what: string): string[] {
  const out: string[] = [];
  for (const item of take(entry, name)) {
    const text = readText(item, what, importer.warn);
    if (text !== undefined) out.push(text);
  }
  return out;
}

/** Reads the URLs of `url` (first) and `sameAs`, reporting what is not an absolute URL. @internal */
export function sameAsOf(importer: Importer, entry: Entry): string[] {
  const sameAs: string[] = [];
  for (const item of take(entry, "sameAs")) {
    const url = readUrl(item, "the sameAs", importer.urlBase, importer.warn);
    if (url !== undefined) sameAs.push(url);
  }
  // The url comes first, unless sameAs already names it; repetitions within sameAs are kept as written.
  const urls: string[] = [];
  for (const item of take(entry, "url")) {
    const url = readUrl(item, "the url", importer.urlBase, importer.warn);
    if (url !== undefined && !sameAs.includes(url) && !urls.includes(url)) urls.push(url);
  }
  return [...urls, ...sameAs];
}

function kindOf(importer: Importer, entry: Entry, typing: Typing, inferred: Inferred): ActorKind {
  if (typing.assumed !== undefined) infer(inferred, "kind", typing.assumed);
  const kind = KINDS[typing.type];
  if (kind === "government" && entry.properties.has("areaServed")) return "state";
  if (kind !== undefined) return kind;
  const note = `schema.org ${typing.type} is kept as the kind "organization", the nearest the model has`;
  importer.warn(`${entry.path}["@type"]`, note);
  infer(inferred, "kind", note);
  return "organization";
}

function readMemberships(
  importer: Importer,
  entry: Entry,
  id: string,
  inferred: Inferred,
): { memberOf: string[]; roles: Role[] } {
  const memberOf: string[] = [];
  const roles: Role[] = [];
  for (const item of take(entry, "memberOf")) {
    const found = entryAt(importer, item);
    const typing = found === undefined || found === "dangling" ? null : typingOf(importer, found);
    if (found === undefined || found === "dangling" || typing?.family !== "role") {
      if (found === "dangling") continue;
      const target = reference(importer, item, {
        what: "memberOf",
        kinds: ["actor"],
        assume: "Organization",
      });
      if (target !== undefined) memberOf.push(target.id);
      continue;
    }
    found.read = "read";
    const of = takeOne(importer, found, "memberOf");
    const target =
      of === undefined
        ? undefined
        : reference(importer, of, { what: "the role's memberOf", kinds: ["actor"], assume: "Organization" });
    if (target === undefined) {
      if (of === undefined) importer.warn(item.path, "the role names no organisation (memberOf); dropped");
      continue;
    }
    const title = takeText(importer, found, "roleName", "roleName")?.value;
    if (title === undefined) {
      memberOf.push(target.id);
      continue;
    }
    const role: Role = { title, of: target.id };
    for (const [property, field] of [
      ["startDate", "start"],
      ["endDate", "end"],
    ] as const) {
      const at = takeOne(importer, found, property);
      const date = at && readDate(at, `the role's ${property}`, importer.warn);
      if (at === undefined || date === undefined) continue;
      if (field === "end" && role.start !== undefined && endsBeforeStart(role.start, date.value)) {
        importer.warn(
          at.path,
          `the role's endDate ${date.value} is before its startDate ${role.start}; dropped`,
        );
        continue;
      }
      role[field] = date.value;
      if (date.inferred !== undefined) infer(inferred, "roles", date.inferred);
    }
    addEdge(importer, id, "roles", target);
    roles.push(role);
  }
  return { memberOf, roles };
}

/** Maps Person and Organization nodes onto actors. @internal */
export const actorHandler: Handler = {
  idSources: (_importer, entry) => ({ name: actorName(entry) }),
  missing: (_importer, entry) =>
    actorName(entry) === undefined ? "it has no name, which the model requires" : undefined,
  map: (importer, entry, typing, id) => {
    const inferred: Inferred = {};
    const kind = kindOf(importer, entry, typing, inferred);
    // With a name, a legalName is left unread and so reported as not mapped; `missing` has made sure that
    // one of them holds text.
    const named =
      takeText(importer, entry, "name", "the name") ??
      takeText(importer, entry, "legalName", "the legalName");
    const name = named?.value ?? "";
    const alternateNames = texts(importer, entry, "alternateName", "an alternateName");
    const description = takeText(importer, entry, "description", "the description")?.value;
    const sameAs = sameAsOf(importer, entry);
    const { memberOf, roles } = readMemberships(importer, entry, id, inferred);
    const common = { id, name, alternateNames, ...(description && { description }), sameAs, memberOf };
    let actor: Actor;
    if (kind === "person") {
      const at = takeOne(importer, entry, "nationality");
      const nationality =
        at &&
        reference(importer, at, { what: "the nationality", kinds: ["place", "actor"], assume: "Country" });
      actor = {
        ...common,
        kind,
        roles,
        ...(nationality && { nationality: nationality.id }),
        worksFor: [],
        knowsAbout: [],
        knowsLanguage: [],
      };
    } else if (kind === "state") {
      if (roles.length > 0) {
        importer.warn(
          `${entry.path}.memberOf`,
          "a state holds no roles in the model; its roles are kept as memberships",
        );
        for (const role of roles) memberOf.push(role.of);
        // A state has no roles field: what was noted of its roles' dates no longer applies.
        delete inferred.roles;
      }
      const at = takeOne(importer, entry, "areaServed");
      const territory =
        at &&
        reference(importer, at, { what: "the areaServed (territory)", kinds: ["place"], assume: "Country" });
      actor = { ...common, kind, ...(territory && { territory: territory.id }) };
    } else {
      const at = takeOne(importer, entry, "location");
      const country =
        at && reference(importer, at, { what: "the location", kinds: ["place", "actor"], assume: "Place" });
      actor = { ...common, kind, roles, ...(country && { country: country.id }), languages: [] };
    }
    importer.collections.actors.push({
      ...actor,
      ...fieldProvenance<Actor["fieldProvenance"]>(inferred),
    } as Actor);
  },
};
