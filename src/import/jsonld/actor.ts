// Person and Organization (and its subtypes) → Actor.

import type {
  Actor,
  ActorKind,
  OrganizationActor,
  PersonActor,
  PublishingPolicies,
  Role,
} from "../../model/actor";
import { newsMediaPolicies, publishingPolicies } from "../../model/vocabulary";
import { type Entry, mergeEntries } from "./document";
import { readImageFile } from "./image";
import {
  addEdge,
  aOrAn,
  entryAt,
  entryOf,
  type Handler,
  type Importer,
  isOfFamily,
  pathOf,
  peek,
  peekText,
  peekValues,
  readSameAs,
  reference,
  sameAsOf,
  type Typing,
  take,
  takeOne,
  takePeriod,
  takeText,
  texts,
  typingOf,
} from "./importer";
import { readLanguageTags } from "./language";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { readDate, readUrl, resolveUrl } from "./values";
import { typeInfo } from "./vocabulary";

const KINDS: ReadonlyMap<string, ActorKind> = /* @__PURE__ */ new Map([
  ["Person", "person"],
  ["Organization", "organization"],
  ["GovernmentOrganization", "government"],
  ["NGO", "ngo"],
  ["NewsMediaOrganization", "media"],
  ["Corporation", "company"],
  ["PoliticalParty", "political-party"],
]);

/** The name of an actor: `name`, else `legalName`. */
const actorName = (entry: Entry): string | undefined =>
  peekText(entry, "name") ?? peekText(entry, "legalName");

/**
 * A name or a headline as two are compared: case, width and spacing set aside (NFKC, one space, lower case).
 * @internal
 */
export const comparableName = (name: string): string =>
  name.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * A person's or organisation's own page (the first `url` that reads) and its `sameAs`; a further url, which the
 * model has no second place for, is kept in `sameAs`.
 */
function pageAndSameAs(importer: Importer, entry: Entry): { url: string | undefined; sameAs: string[] } {
  const sameAs = readSameAs(importer, entry);
  let url: string | undefined;
  const further: string[] = [];
  for (const item of take(entry, "url")) {
    const read = readUrl(item, "the url", importer.urlBase, importer.warn);
    if (read === undefined || read === url) continue;
    if (url === undefined) url = read;
    else if (!sameAs.includes(read) && !further.includes(read)) {
      importer.warn(
        item.path,
        "only one url is kept as the actor's own page; this further url is kept in sameAs",
      );
      further.push(read);
    }
  }
  return { url, sameAs: [...further, ...sameAs] };
}

/**
 * Whether an entry's `@id` is its own url (without a fragment) and `#person` for a Person, `#organization`
 * for an organisation, as newsgraph names people and organisations that have a page: the fragment then names
 * the node's type, not the node. (An organisation at `#person` is one whose id is `person`.)
 */
function typedIri(importer: Importer, entry: Entry): boolean {
  const { iri } = entry;
  const hash = iri?.indexOf("#") ?? -1;
  if (iri === undefined || hash === -1) return false;
  if (iri.slice(hash + 1) !== (entry.types.has("Person") ? "person" : "organization")) return false;
  const written = peekText(entry, "url");
  const url = written === undefined ? undefined : resolveUrl(written, importer.urlBase);
  return url !== undefined && url.split("#")[0] === iri.slice(0, hash);
}

// What a person's page says of them: portrait, job, employers, expertise and languages.
function readPersonFields(
  importer: Importer,
  entry: Entry,
): Pick<PersonActor, "worksFor" | "knowsAbout" | "knowsLanguage" | "image" | "jobTitle"> {
  const imageAt = takeOne(importer, entry, "image");
  const image = imageAt && readImageFile(importer, imageAt, importer.urlBase, "the image")?.image;
  const jobTitle = takeText(importer, entry, "jobTitle", "the jobTitle")?.value;
  const worksFor: string[] = [];
  for (const located of take(entry, "worksFor")) {
    const found = entryAt(importer, located);
    const typing = found === undefined || found === "dangling" ? undefined : typingOf(importer, found);
    if (typing?.type === "Person") {
      importer.warn(located.path, "worksFor names a Person, and a person works for organisations; dropped");
      continue;
    }
    const employer = reference(importer, located, {
      what: "worksFor",
      kinds: ["actor"],
      assume: "Organization",
      names: true,
    });
    if (employer !== undefined && !worksFor.includes(employer.id)) worksFor.push(employer.id);
  }
  return {
    ...(image && { image }),
    ...(jobTitle && { jobTitle }),
    worksFor,
    knowsAbout: texts(importer, entry, "knowsAbout", "a knowsAbout"),
    knowsLanguage: readLanguageTags(importer, take(entry, "knowsLanguage"), "a knowsLanguage"),
  };
}

// The policy pages of an organisation: the first URL of each, the news organisations' own on one only.
function readPolicies(
  importer: Importer,
  entry: Entry,
  kind: ActorKind,
  typing: Typing,
): PublishingPolicies | undefined {
  const policies: PublishingPolicies = {};
  for (const name of publishingPolicies) {
    const values = take(entry, name);
    if (values.length === 0) continue;
    if (kind !== "media" && (newsMediaPolicies as readonly string[]).includes(name)) {
      importer.warn(
        pathOf(entry, name),
        `schema.org gives ${name} to news organisations only, and this is ${aOrAn(typing.type)}; not mapped`,
      );
      continue;
    }
    for (const located of values) {
      const url = readUrl(located, `the ${name}`, importer.urlBase, importer.warn);
      if (url === undefined) continue;
      if (policies[name] === undefined) policies[name] = url;
      else importer.warn(located.path, `only one ${name} is kept; this further value is not mapped`);
    }
  }
  return Object.keys(policies).length === 0 ? undefined : policies;
}

/**
 * The `url` member of a person or organisation: its page, unless another of its class has the same page (which
 * would give both one @id); that one keeps it, and this one's url joins its `sameAs`.
 */
function claimPage(
  importer: Importer,
  entry: Entry,
  of: "person" | "organization",
  url: string | undefined,
  sameAs: string[],
): { url?: string } {
  if (url === undefined) return {};
  const key = `${of} ${url.split("#")[0]}`;
  const first = importer.pages.get(key);
  if (first === undefined) {
    importer.pages.set(key, entry.path);
    return { url };
  }
  importer.warn(
    pathOf(entry, "url"),
    `the url is already the page of the ${of === "person" ? "person" : "organisation"} at ${first}; kept in sameAs`,
  );
  if (!sameAs.includes(url)) sameAs.unshift(url);
  return {};
}

// What an organisation's own node says of it: its logo, founding date and policy pages.
function readOrganizationFields(
  importer: Importer,
  entry: Entry,
  kind: ActorKind,
  typing: Typing,
  inferred: Inferred,
): Pick<OrganizationActor, "logo" | "foundingDate" | "policies"> {
  const logoAt = takeOne(importer, entry, "logo");
  const logo = logoAt && readImageFile(importer, logoAt, importer.urlBase, "the logo")?.image;
  const foundedAt = takeOne(importer, entry, "foundingDate");
  const founded = foundedAt && readDate(foundedAt, "the foundingDate", importer.warn);
  if (founded?.inferred !== undefined) infer(inferred, "foundingDate", founded.inferred);
  const policies = readPolicies(importer, entry, kind, typing);
  return {
    ...(logo && { logo }),
    ...(founded && { foundingDate: founded.value }),
    ...(policies && { policies }),
  };
}

/** The WebSites each entry publishes, indexed once. */
function sitesOf(importer: Importer, publisher: Entry): Entry[] {
  if (importer.sites === undefined) {
    const index = new Map<Entry, Entry[]>();
    for (const site of importer.document.entries) {
      if (!isOfFamily(site, "web-site")) continue;
      const owner = entryOf(importer, peek(site, "publisher")?.value);
      if (owner === undefined) continue;
      const list = index.get(owner);
      if (list === undefined) index.set(owner, [site]);
      else list.push(site);
    }
    importer.sites = index;
  }
  return importer.sites.get(publisher) ?? [];
}

/**
 * What an organisation's WebSites say of it: the languages of the site, and its address when the organisation
 * states none. A site named otherwise, or at another address, is reported: the model keeps one site per
 * organisation, its own.
 */
function readSites(
  importer: Importer,
  entry: Entry,
  url: string | undefined,
  name: string,
  inferred: Inferred,
): { url: string | undefined; languages: string[] } {
  let own = url;
  const languages: string[] = [];
  for (const site of sitesOf(importer, entry)) {
    if (site.read !== false) continue;
    site.read = "read";
    take(site, "publisher");
    for (const located of take(site, "url")) {
      const siteUrl = readUrl(located, "the WebSite's url", importer.urlBase, importer.warn);
      if (siteUrl === undefined || siteUrl === own) continue;
      if (own === undefined) {
        const note =
          "the url is not stated; the address of the WebSite it publishes is taken as its home page";
        importer.warn(pathOf(entry, "url"), note);
        infer(inferred, "url", note);
        own = siteUrl;
      } else importer.warn(located.path, "the WebSite's url is not its publisher's url; not mapped");
    }
    for (const located of take(site, "name")) {
      if (located.value !== name)
        importer.warn(located.path, "the WebSite's name is not its publisher's name; not mapped");
    }
    languages.push(...readLanguageTags(importer, take(site, "inLanguage"), "the WebSite's inLanguage"));
  }
  return { url: own, languages };
}

function kindOf(importer: Importer, entry: Entry, typing: Typing, inferred: Inferred): ActorKind {
  if (typing.assumed !== undefined) infer(inferred, "kind", typing.assumed);
  const kind = KINDS.get(typing.type);
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
    const title = takeText(importer, found, "roleName", "roleName", marker(inferred, "roles"))?.value;
    if (title === undefined) {
      memberOf.push(target.id);
      continue;
    }
    const period = takePeriod(importer, found, { owner: "the role's", its: "its" }, (_field, note) =>
      infer(inferred, "roles", note),
    );
    const role: Role = { title, of: target.id, ...period };
    addEdge(importer, id, "roles", target);
    roles.push(role);
  }
  return { memberOf, roles };
}

/** The urls an actor's node states (`url` and `sameAs`), as written, without reporting. */
function statedUrls(importer: Importer, entry: Entry): Set<string> {
  const urls = new Set<string>();
  for (const name of ["url", "sameAs"]) {
    for (const { value } of peekValues(entry, name)) {
      const url = typeof value === "string" ? resolveUrl(value.trim(), importer.urlBase) : undefined;
      if (url !== undefined) urls.add(url);
    }
  }
  return urls;
}

/**
 * Merges the actor nodes without `@id` that are one thing written several times (one publisher given in place
 * on every article of a page) into the first node of the same types and name (one with an `@id` too) that has
 * a url or sameAs in common with it, or none when it has none. Each merge, and each value on which the copies
 * disagree, is reported, as for copies with one `@id`.
 * @internal
 */
export function mergeActorsByName(importer: Importer): void {
  // Per types and name: the node without urls, and the node each url was first seen on, so that each node
  // is matched in one look-up per url, however many share its name.
  const groups = new Map<string, { withoutUrl?: Entry; byUrl: Map<string, Entry> }>();
  const merges: { into: Entry; copy: Entry; label: string }[] = [];
  // Nodes with an @id first, so that the copies without one are merged into them wherever they stand.
  const { entries } = importer.document;
  const ordered = [
    ...entries.filter((entry) => entry.iri !== undefined),
    ...entries.filter((entry) => entry.iri === undefined),
  ];
  for (const entry of ordered) {
    const types = [...entry.types].filter((type) => typeInfo(type)?.family === "actor").sort();
    const name = actorName(entry);
    if (types.length === 0 || name === undefined) continue;
    // Names that differ only in case, width or spacing name one thing (the first as written is kept).
    const key = `${types.join(",")}\u0000${comparableName(name)}`;
    const urls = [...statedUrls(importer, entry)];
    let group = groups.get(key);
    if (group === undefined) {
      group = { byUrl: new Map() };
      groups.set(key, group);
    }
    const byUrl = group.byUrl;
    const same =
      urls.length === 0
        ? group.withoutUrl
        : urls.map((url) => byUrl.get(url)).find((found) => found !== undefined);
    // A node with an @id is one of its own: others may be merged into it, never it into another.
    const into = same === undefined || entry.iri !== undefined ? entry : same;
    if (into !== entry)
      merges.push({ into, copy: entry, label: `the ${types.join(", ")} ${JSON.stringify(name)}` });
    if (urls.length === 0) group.withoutUrl ??= into;
    for (const url of urls) if (!byUrl.has(url)) byUrl.set(url, into);
  }
  mergeEntries(importer.document, merges, importer.warn);
}

/** Maps Person and Organization nodes onto actors. @internal */
export const actorHandler: Handler = {
  idSources: (importer, entry) => ({
    name: actorName(entry),
    ...(typedIri(importer, entry) && { typedFragment: true }),
  }),
  missing: (_importer, entry) =>
    actorName(entry) === undefined ? "it has no name, which the model requires" : undefined,
  map: (importer, entry, typing, id) => {
    const inferred: Inferred = {};
    const kind = kindOf(importer, entry, typing, inferred);
    // With a name, a legalName is left unread and so reported as not mapped; `missing` has made sure that
    // one of them holds text.
    const named =
      takeText(importer, entry, "name", "the name", marker(inferred, "name")) ??
      takeText(importer, entry, "legalName", "the legalName", marker(inferred, "name"));
    const name = named?.value ?? "";
    const alternateNames = texts(
      importer,
      entry,
      "alternateName",
      "an alternateName",
      marker(inferred, "alternateNames"),
    );
    const description = takeText(
      importer,
      entry,
      "description",
      "the description",
      marker(inferred, "description"),
      true,
    )?.value;
    // A state has no page of its own in the model: its url is one more sameAs.
    const { url, sameAs } =
      kind === "state"
        ? { url: undefined, sameAs: sameAsOf(importer, entry) }
        : pageAndSameAs(importer, entry);
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
        ...claimPage(importer, entry, "person", url, sameAs),
        ...readPersonFields(importer, entry),
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
      const site = readSites(importer, entry, url, name, inferred);
      actor = {
        ...common,
        kind,
        roles,
        ...(country && { country: country.id }),
        ...claimPage(importer, entry, "organization", site.url, sameAs),
        ...readOrganizationFields(importer, entry, kind, typing, inferred),
        languages: site.languages,
      };
    }
    importer.collections.actors.push({
      ...actor,
      ...fieldProvenance<Actor["fieldProvenance"]>(inferred),
    } as Actor);
  },
};
