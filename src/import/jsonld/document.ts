// Reads a JSON-LD document into node entries: every node object, wherever it is nested, indexed by `@id`,
// with the copies that share an `@id` merged into one entry (as JSON-LD flattening does).
import { describe, element, isObject, type JsonObject, type Located, member, sameJson } from "./json";
import {
  isSchemaOrgContextUrl,
  isSchemaOrgVocabulary,
  readTerm,
  type TermScope,
  typeInfo,
  typeInOtherCase,
} from "./vocabulary";

/** Records one import warning. @internal */
export type Warn = (path: string, message: string) => void;

/** One property of a node, after merging, with whether a mapper has read it. @internal */
export interface Property {
  /** The key as written in the input. */
  key: string;
  /**
   * The schema.org local name; for another vocabulary's term, the IRI the context maps it to, or else the
   * key as written (which then holds a `:`, `/` or `#`, so it is never a schema.org name).
   */
  name: string;
  /** Whether the key is a schema.org term. */
  schemaOrg: boolean;
  /** The IRI a context maps the key to, when one does (`null` when it maps it to nothing). */
  iri?: string | null;
  /** Where the property is written. */
  path: string;
  /** Its value as written. */
  value: unknown;
  /** Set when a mapper has read the property, so that the rest can be reported as not mapped. */
  consumed: boolean;
}

/** A node of the input: one node object, or several that share an `@id`, merged. @internal */
export interface Entry {
  /** Position in document order (of the first definition). */
  order: number;
  /** The `@id` as written, if any. */
  iri: string | undefined;
  /** Where the node is defined: the first copy that holds properties. */
  path: string;
  /**
   * The types in the order first written, as schema.org local names where they are schema.org terms, otherwise
   * as written. A Set, since copies of a node may each add types.
   */
  types: Set<string>;
  /** The properties, keyed by name. */
  properties: Map<string, Property>;
  /** Whether some definition is a top-level node (the document, an element of it, or of an `@graph`). */
  topLevel: boolean;
  /** Whether some definition holds more than `@id` and `@type`: a node, not just a typed reference. */
  defined: boolean;
  /**
   * `"read"` once a mapper has read the entry (its unread properties are then reported one by one),
   * `"reported"` once it has been reported as a whole; `false` until then.
   */
  read: false | "read" | "reported";
}

/** The entries of a document. @internal */
export interface JsonLdDocument {
  /** Every entry in document order. */
  entries: Entry[];
  /** Entries by `@id` as written. */
  byIri: Map<string, Entry>;
  /** The entry each node object belongs to. */
  byObject: Map<JsonObject, Entry>;
}

/** How deep the walk goes; deeper values are reported and not read, so hostile nesting is harmless. */
const MAX_DEPTH = 100;

const KEYWORDS_READ = new Set(["@context", "@id", "@type", "@graph"]);

/** Tells whether an object is a reference: nothing but an `@id` (and perhaps a `@context`). @internal */
export function isReference(value: JsonObject): boolean {
  const keys = Object.keys(value).filter((key) => key !== "@context");
  return keys.length === 1 && keys[0] === "@id";
}

/** Tells whether an object is a JSON-LD value object (`@value`) or list/set object rather than a node. */
const isValueObject = (value: JsonObject): boolean =>
  Object.hasOwn(value, "@value") || Object.hasOwn(value, "@list") || Object.hasOwn(value, "@set");

/**
 * The values of a property, flattened: arrays, `@list` and `@set` give their items, `@value` objects their
 * value, and `null` (which JSON-LD defines as no value) nothing. Nested arrays are flattened too, as
 * JSON-LD does; an array or value object that holds itself, or is met twice (objects built in code can
 * share them), gives its items once. @internal
 */
export function flatten(located: Located): Located[] {
  const out: Located[] = [];
  const opened = new Set<object>();
  const stack: (Located & { depth: number })[] = [{ ...located, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    if (value === null || value === undefined) continue;
    if (depth > MAX_DEPTH) continue;
    const container = Array.isArray(value) || (isObject(value) && isValueObject(value));
    if (container) {
      if (opened.has(value)) continue;
      opened.add(value);
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], path: element(path, index), depth: depth + 1 });
      }
    } else if (isObject(value) && Object.hasOwn(value, "@value")) {
      stack.push({ value: value["@value"], path: member(path, "@value"), depth: depth + 1 });
    } else if (isObject(value) && (Object.hasOwn(value, "@list") || Object.hasOwn(value, "@set"))) {
      const key = Object.hasOwn(value, "@list") ? "@list" : "@set";
      stack.push({ value: value[key], path: member(path, key), depth: depth + 1 });
    } else {
      out.push({ value, path });
    }
  }
  return out;
}

/**
 * Checks a `@context` and reads its term definitions into the scope of the node that holds it. Items are read
 * in order, as JSON-LD reads them: schema.org's context (or `null`) sets aside the definitions made before it,
 * since it defines schema.org's own terms again; an object's terms (`"headline": "https://…"` or
 * `"headline": { "@id": "https://…" }`) are defined over those around it.
 */
function readContext(
  context: unknown,
  path: string,
  warn: Warn,
  outer: TermScope | undefined,
): TermScope | undefined {
  const items = Array.isArray(context) ? context : [context];
  let scope = outer;
  let schemaOrg = false;
  items.forEach((item, index) => {
    const at = Array.isArray(context) ? element(path, index) : path;
    if (typeof item === "string") {
      if (isSchemaOrgContextUrl(item)) {
        schemaOrg = true;
        scope = undefined;
      } else
        warn(
          at,
          `the context ${describe(item)} is not schema.org's and was not loaded; terms are read as schema.org`,
        );
    } else if (isObject(item)) {
      const vocabulary = item["@vocab"];
      if (typeof vocabulary === "string" && isSchemaOrgVocabulary(vocabulary)) schemaOrg = true;
      const definitions = new Map<string, string | null>();
      for (const term of Object.keys(item)) {
        if (term.startsWith("@")) continue;
        const definition = item[term];
        const iri = isObject(definition) && Object.hasOwn(definition, "@id") ? definition["@id"] : definition;
        if (typeof iri === "string" || iri === null) definitions.set(term, iri);
        else
          warn(
            member(at, term),
            `expected the term's IRI (a string or { "@id": … }), found ${describe(definition)}; ignored`,
          );
      }
      if (definitions.size > 0) scope = { definitions, outer: scope };
    } else if (item === null) {
      scope = undefined;
    } else {
      warn(at, `expected a context URL or object, found ${describe(item)}; ignored`);
    }
  });
  if (!schemaOrg && items.every((item) => isObject(item))) {
    warn(path, "the context does not name schema.org (as a URL or an @vocab); terms are read as schema.org");
  }
  return scope;
}

/**
 * The key that holds a node's `@id` or `@type`: the keyword, else `id` or `type`, which schema.org's context
 * defines as their aliases, unless a context in force defines the word as something else.
 */
function keywordKey(
  node: JsonObject,
  keyword: "@id" | "@type",
  scope: TermScope | undefined,
): string | undefined {
  if (Object.hasOwn(node, keyword)) return keyword;
  const alias = keyword.slice(1);
  return Object.hasOwn(node, alias) && readTerm(scope, alias).iri === undefined ? alias : undefined;
}

interface Visit {
  value: unknown;
  path: string;
  depth: number;
  topLevel: boolean;
  /** The term definitions in force. */
  scope: TermScope | undefined;
}

function readTypes(value: unknown, path: string, warn: Warn, scope: TermScope | undefined): Set<string> {
  const types = new Set<string>();
  for (const { value: type, path: at } of flatten({ value, path })) {
    if (typeof type !== "string" || type.length === 0) {
      warn(at, `expected a type name, found ${describe(type)}; ignored`);
      continue;
    }
    // A type a context maps elsewhere is known by its IRI, so that it is not taken for schema.org's.
    const term = readTerm(scope, type);
    const local = term.schemaOrg;
    const otherCase =
      local === undefined || typeInfo(local) !== undefined ? undefined : typeInOtherCase(local);
    if (otherCase !== undefined) {
      warn(
        at,
        `the type ${JSON.stringify(type)} is read as schema.org's ${otherCase}: schema.org's names are case-sensitive, but search engines match type names whatever their case`,
      );
      types.add(otherCase);
      continue;
    }
    types.add(local ?? (typeof term.iri === "string" ? term.iri : type));
  }
  return types;
}

function addDefinition(
  document: JsonLdDocument,
  node: JsonObject,
  visit: Visit,
  warn: Warn,
  resolveIri: (iri: string) => string,
): { entry: Entry | undefined; children: Visit[] } {
  const children: Visit[] = [];
  // The node's own context applies to the node itself: it is read first, wherever it is written.
  const scope = Object.hasOwn(node, "@context")
    ? readContext(node["@context"], member(visit.path, "@context"), warn, visit.scope)
    : visit.scope;
  const idKey = keywordKey(node, "@id", scope);
  const typeKey = keywordKey(node, "@type", scope);
  const rawIri = idKey === undefined ? undefined : node[idKey];
  let iri: string | undefined;
  if (idKey !== undefined) {
    if (typeof rawIri === "string" && rawIri.length > 0) iri = resolveIri(rawIri);
    else warn(member(visit.path, idKey), `expected an @id string, found ${describe(rawIri)}; ignored`);
  }
  const types =
    typeKey === undefined
      ? new Set<string>()
      : readTypes(node[typeKey], member(visit.path, typeKey), warn, scope);
  const properties = new Map<string, Property>();
  for (const key of Object.keys(node)) {
    const value = node[key];
    const path = member(visit.path, key);
    if (key === "@graph") {
      for (const item of flatten({ value, path })) {
        if (isObject(item.value)) children.push({ ...item, depth: visit.depth + 1, topLevel: true, scope });
        else warn(item.path, `expected a JSON-LD node in the @graph, found ${describe(item.value)}; ignored`);
      }
      continue;
    }
    if (KEYWORDS_READ.has(key) || key === idKey || key === typeKey) continue;
    if (key.startsWith("@")) {
      warn(path, `the keyword ${key} is not supported; ignored`);
      continue;
    }
    const term = readTerm(scope, key);
    const property: Property = {
      key,
      // A term of another vocabulary is kept under its IRI, so that it never takes a schema.org name's place.
      name: term.schemaOrg ?? (term.iri === null ? `${key} (defined as null)` : (term.iri ?? key)),
      schemaOrg: term.schemaOrg !== undefined,
      ...(term.iri !== undefined && { iri: term.iri }),
      path,
      value,
      consumed: false,
    };
    if (properties.has(property.name)) {
      warn(path, `the property ${property.name} is written twice in one node; the first is kept`);
      continue;
    }
    properties.set(property.name, property);
    children.push({ value, path, depth: visit.depth + 1, topLevel: false, scope });
  }
  const defined = properties.size > 0;
  // An object with nothing but @context, @graph (and perhaps an @id naming the graph) is a container.
  if (!defined && types.size === 0) return { entry: undefined, children };
  const existing = iri === undefined ? undefined : document.byIri.get(iri);
  if (existing === undefined) {
    const entry: Entry = {
      order: document.entries.length,
      iri,
      path: visit.path,
      types,
      properties,
      topLevel: visit.topLevel,
      defined,
      read: false,
    };
    document.entries.push(entry);
    if (iri !== undefined) document.byIri.set(iri, entry);
    document.byObject.set(node, entry);
    return { entry, children };
  }
  mergeInto(existing, { types, properties, defined, path: visit.path, topLevel: visit.topLevel }, warn);
  document.byObject.set(node, existing);
  return { entry: existing, children };
}

/** What a copy brings to the entry it is merged into. */
type Copy = Pick<Entry, "types" | "properties" | "defined" | "path" | "topLevel">;

/**
 * Merges a copy of a node into its entry, reporting the values on which they disagree and what the copy adds.
 * `label` names the node in messages; with `always`, the merge is reported even when the copy adds nothing.
 */
function mergeInto(
  entry: Entry,
  copy: Copy,
  warn: Warn,
  label = `the node ${JSON.stringify(entry.iri)}`,
  always = false,
): void {
  const added: string[] = [];
  for (const type of copy.types) {
    if (!entry.types.has(type)) {
      entry.types.add(type);
      added.push("@type");
    }
  }
  for (const [name, property] of copy.properties) {
    const first = entry.properties.get(name);
    if (first === undefined) {
      entry.properties.set(name, property);
      added.push(name);
    } else if (!sameJson(first.value, property.value)) {
      warn(
        property.path,
        `${label} is also defined at ${entry.path} with a different ${name}; the first value is kept`,
      );
    }
  }
  if ((entry.defined && copy.defined && added.length > 0) || always) {
    const names = added.length > 0 ? `${[...new Set(added)].join(", ")} taken from here` : "nothing new here";
    warn(
      copy.path,
      `${label} is defined again here (first at ${entry.path}); its copies were merged into one node (${names})`,
    );
  }
  if (!entry.defined && copy.defined) entry.path = copy.path;
  entry.defined ||= copy.defined;
  entry.topLevel ||= copy.topLevel;
}

/**
 * Merges entries that are copies of one node although their `@id`s differ (two articles with one url), each
 * copy into the entry given for it, as copies with one `@id` are merged; references to a copy then reach the
 * entry it was merged into. @internal
 */
export function mergeEntries(
  document: JsonLdDocument,
  merges: readonly { into: Entry; copy: Entry; label: string }[],
  warn: Warn,
): void {
  if (merges.length === 0) return;
  const replaced = new Map<Entry, Entry>();
  for (const { into, copy, label } of merges) {
    mergeInto(into, copy, warn, label, true);
    replaced.set(copy, into);
  }
  document.entries = document.entries.filter((entry) => !replaced.has(entry));
  for (const [iri, entry] of document.byIri) {
    const into = replaced.get(entry);
    if (into !== undefined) document.byIri.set(iri, into);
  }
  for (const [object, entry] of document.byObject) {
    const into = replaced.get(entry);
    if (into !== undefined) document.byObject.set(object, into);
  }
}

/**
 * Walks a JSON value and collects its node entries. The walk is iterative and bounded in depth; contexts are
 * checked as they are met, and each top-level document without one in force is reported.
 * @internal
 */
export function readDocument(
  input: unknown,
  warn: Warn,
  resolveIri: (iri: string) => string,
): JsonLdDocument {
  const document: JsonLdDocument = { entries: [], byIri: new Map(), byObject: new Map() };
  const roots: Visit[] = [];
  if (Array.isArray(input)) {
    // An array of documents (one per script) whose documents may be arrays of nodes themselves: every
    // node in them is a top-level node. Each array is opened once, however deep or shared.
    const opened = new Set<object>([input]);
    const pending: { value: unknown; path: string; depth: number }[] = input
      .map((value, index) => ({ value, path: element("$", index), depth: 1 }))
      .reverse();
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const { value, path, depth } = next;
      if (Array.isArray(value) && opened.has(value)) continue;
      if (Array.isArray(value) && depth < MAX_DEPTH) {
        opened.add(value);
        for (let index = value.length - 1; index >= 0; index--)
          pending.push({ value: value[index], path: element(path, index), depth: depth + 1 });
      } else roots.push({ value, path, depth, topLevel: true, scope: undefined });
    }
  } else if (isObject(input)) {
    roots.push({ value: input, path: "$", depth: 0, topLevel: true, scope: undefined });
  } else {
    warn(
      "$",
      `expected a JSON-LD node, an array of nodes or an object with @graph, found ${describe(input)}; nothing was imported`,
    );
    return document;
  }
  const stack = [...roots].reverse();
  // Each object and array is read once: an object graph built in code may share parts, or point back.
  const visited = new Set<object>();
  for (const root of roots) {
    if (isObject(root.value) && !Object.hasOwn(root.value, "@context")) {
      warn(root.path, "no @context: read as schema.org, the only vocabulary the importer knows");
    } else if (!isObject(root.value) && root.value !== null) {
      warn(root.path, `expected a JSON-LD node, found ${describe(root.value)}; ignored`);
    }
  }
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, path, depth } = visit;
    if (depth > MAX_DEPTH) {
      warn(path, `nested more than ${MAX_DEPTH} levels deep; not read`);
      continue;
    }
    if (typeof value === "object" && value !== null) {
      if (visited.has(value)) {
        const entry = isObject(value) ? document.byObject.get(value) : undefined;
        if (entry !== undefined) entry.topLevel ||= visit.topLevel;
        continue;
      }
      visited.add(value);
    }
    const children: Visit[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        children.push({ ...visit, value: item, path: element(path, index), depth: depth + 1 });
      });
    } else if (isObject(value)) {
      if (isValueObject(value)) {
        // flatten unwraps the value object, so none of what it gives is the object itself.
        for (const item of flatten({ value, path })) {
          children.push({ ...visit, value: item.value, path: item.path, depth: depth + 1 });
        }
      } else if (isReference(value)) {
        if (Object.hasOwn(value, "@context"))
          readContext(value["@context"], member(path, "@context"), warn, visit.scope);
      } else {
        // One by one: a node may have more properties (or an @graph more members) than a call takes arguments.
        for (const child of addDefinition(document, value, visit, warn, resolveIri).children)
          children.push(child);
      }
    }
    children.reverse();
    for (const child of children) stack.push(child);
  }
  return document;
}
