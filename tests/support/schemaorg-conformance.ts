/**
 * Checks JSON-LD (compacted against the schema.org context, as newsgraph writes it) against the schema.org
 * 30.0 vocabulary in ./schemaorg/vocabulary.json. Test support only.
 *
 * What it checks, and the choices made where schema.org is lenient:
 * - `@context` must be schema.org's (`https://schema.org`, with or without `/`, http or https, or an object
 *   whose `@vocab` is one of those); other keywords: `@id` must be a string, `@type` a type name or a list of
 *   them, `@graph` holds nodes; `@index` is ignored and other keywords are reported.
 * - Every `@type` must exist (bare `NewsArticle`, `schema:NewsArticle` or the full IRI) and not be archived in
 *   the attic.
 * - Every other key must be a schema.org property, not in the attic, whose `domainIncludes` holds one of the
 *   node's types or their supertypes (walking `rdfs:subClassOf`, so properties of Thing apply everywhere).
 *   A node without any `@type` (here or in another node with the same `@id`) is reported once.
 * - Every value must fit one of the property's ranges:
 *   - strings: Text (and PronounceableText, CssSelectorType, XPathType) takes any string; URL an absolute URL;
 *     Date `YYYY-MM-DD` or ISO 8601's reduced precision `YYYY-MM` and `YYYY`; DateTime `YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]`; Time `hh:mm[:ss[.f]][Z|±hh:mm]`;
 *     Number and Float a decimal numeral, Integer an integer numeral (schema.org describes numbers in text
 *     form, and Google reads them; a numeral is not accepted where only Text is the range, which is fine
 *     since any string is Text); Duration an ISO 8601 duration; Quantity, Distance, Energy and Mass any
 *     string; an enumeration member written as `https://schema.org/EventScheduled` (or `http:`/`schema:`)
 *     fits its enumeration (and `True`/`False` fit Boolean);
 *   - numbers: Number, Float, Integer (whole numbers only); booleans: Boolean;
 *   - nested nodes: a `@type` that is a range class or a subclass of one (a Role node is accepted in place
 *     of any class, and may repeat the property it qualifies, as schema.org allows), then the node itself
 *     is checked;
 *   - `{ "@id" }` references: fit any class range and URL; if the document defines the node, its type must
 *     fit as a nested node's would; a reference to an enumeration member is checked like the string form;
 *   - `{ "@value" }` objects are checked by their value; `{ "@list" }` and `{ "@set" }` item by item;
 *   - `null` and nested arrays are reported.
 */
import { readFileSync } from "node:fs";

/** One conformance problem: where it is (a JSONPath such as `$["@graph"][0].author`) and what is wrong. */
export interface ConformanceError {
  path: string;
  message: string;
}

/** The outcome of {@link checkSchemaOrgConformance}; `errors` is empty for a conforming document. */
export interface ConformanceReport {
  /** How many `@type` values were looked up. */
  typesChecked: number;
  /** How many property keys (not `@` keywords) were looked up. */
  propertiesChecked: number;
  errors: ConformanceError[];
}

interface Vocabulary {
  release: string;
  types: Record<string, { supertypes: string[]; isDataType?: true; isEnumeration?: true; attic?: true }>;
  properties: Record<string, { domains: string[]; ranges: string[]; attic?: true }>;
  enumerationMembers: Record<string, string[]>;
}

type JsonObject = Record<string, unknown>;

const vocabulary = JSON.parse(
  readFileSync(new URL("./schemaorg/vocabulary.json", import.meta.url), "utf8"),
) as Vocabulary;

const lookup = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const SCHEMA_CONTEXTS = new Set([
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
]);
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/;

/** The schema.org local name of a term written bare, as `schema:X` or as a full schema.org IRI. */
const localName = (term: string): string => term.replace(SCHEMA_PREFIX, "");

const ancestorCache = new Map<string, Set<string>>();
function ancestors(type: string): Set<string> {
  const cached = ancestorCache.get(type);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  const pending = [type];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(lookup(vocabulary.types, next)?.supertypes ?? []));
  }
  ancestorCache.set(type, found);
  return found;
}

const isSubtype = (type: string, of: string): boolean => ancestors(type).has(of);
const isDataType = (type: string): boolean => lookup(vocabulary.types, type)?.isDataType === true;

const member = (path: string, key: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const show = (value: unknown): string =>
  typeof value === "string"
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? "an array"
      : typeof value === "object" && value !== null
        ? "an object"
        : String(value);

const DATE = "(-?\\d{4,})-(\\d{2})-(\\d{2})";
const TIME = "([01]\\d|2[0-3]):[0-5]\\d(?::(?:[0-5]\\d|60)(?:\\.\\d+)?)?";
const ZONE = "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)";
const PATTERNS = {
  Date: new RegExp(`^${DATE}${ZONE}?$`),
  // ISO 8601 lets a calendar date drop its day, or its month and day; schema.org's Date is "ISO 8601 date".
  ReducedDate: /^-?\d{4,}(?:-(0[1-9]|1[0-2]))?$/,
  DateTime: new RegExp(`^${DATE}T${TIME}${ZONE}?$`),
  Time: new RegExp(`^${TIME}${ZONE}?$`),
  Number: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/,
  Integer: /^[+-]?\d+$/,
  Duration: /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/,
};

function isCalendarDate(text: string): boolean {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function isAbsoluteUrl(text: string): boolean {
  try {
    return new URL(text).href.length > 0 && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) && text.trim() === text;
  } catch {
    return false;
  }
}

/** Does a string fit this data-type range? */
function stringFits(text: string, range: string): boolean {
  if (isSubtype(range, "URL")) return isAbsoluteUrl(text);
  if (isSubtype(range, "Text")) return true;
  if (range === "Date")
    return (PATTERNS.Date.test(text) && isCalendarDate(text)) || PATTERNS.ReducedDate.test(text);
  if (range === "DateTime") return PATTERNS.DateTime.test(text) && isCalendarDate(text);
  if (range === "Time") return PATTERNS.Time.test(text);
  if (range === "Integer") return PATTERNS.Integer.test(text);
  if (isSubtype(range, "Number")) return PATTERNS.Number.test(text);
  if (range === "Duration") return PATTERNS.Duration.test(text);
  if (isSubtype(range, "Quantity")) return true;
  return false;
}

/** The types of the enumeration member an IRI names, if it names one. */
function enumerationMember(iri: string): string[] | undefined {
  if (!SCHEMA_PREFIX.test(iri)) return undefined;
  return lookup(vocabulary.enumerationMembers, localName(iri));
}

const describeRanges = (property: string, ranges: string[]): string =>
  `the range of ${property} (${ranges.join(", ")})`;

/**
 * Checks a JSON-LD document against the schema.org 30.0 vocabulary: types exist, properties exist and apply
 * to the node's types, values fit the properties' ranges. Never throws on odd input; reports it.
 *
 * @example
 * ```ts
 * const report = checkSchemaOrgConformance({ "@context": "https://schema.org", "@type": "Event", startDate: 5 });
 * // report.errors: [{ path: "$.startDate", message: "5 (a number) does not fit the range of startDate (Date, DateTime)" }]
 * ```
 */
export function checkSchemaOrgConformance(document: unknown): ConformanceReport {
  const report: ConformanceReport = { typesChecked: 0, propertiesChecked: 0, errors: [] };
  const error = (path: string, message: string): void => {
    report.errors.push({ path, message });
  };

  // Every node object that has an @id, with its types gathered across all of them (JSON-LD merges them).
  const typesById = new Map<string, Set<string>>();
  const indexed = new WeakSet<object>();
  const index = (value: unknown): void => {
    if (typeof value !== "object" || value === null || indexed.has(value)) return;
    indexed.add(value);
    if (Array.isArray(value)) {
      for (const item of value) index(item);
      return;
    }
    const node = value as JsonObject;
    const id = lookup(node, "@id");
    if (typeof id === "string") {
      const types = typesById.get(id) ?? new Set<string>();
      for (const type of [lookup(node, "@type")].flat())
        if (typeof type === "string") types.add(localName(type));
      typesById.set(id, types);
    }
    for (const key of Object.keys(node)) if (key !== "@context") index(node[key]);
  };
  index(document);

  const typesOf = (node: JsonObject): string[] => {
    const own = [lookup(node, "@type")]
      .flat()
      .filter((type): type is string => typeof type === "string")
      .map(localName);
    const id = lookup(node, "@id");
    const shared = typeof id === "string" ? [...(typesById.get(id) ?? [])] : [];
    return [...new Set([...own, ...shared])];
  };

  const checkContext = (context: unknown, path: string): void => {
    const ok = (entry: unknown): boolean =>
      (typeof entry === "string" && SCHEMA_CONTEXTS.has(entry)) ||
      (isObject(entry) && typeof entry["@vocab"] === "string" && SCHEMA_CONTEXTS.has(entry["@vocab"]));
    const entries = [context].flat();
    if (!entries.some(ok)) error(path, `the @context ${show(context)} is not schema.org's`);
  };

  /** Does a node (nested, or found by reference) of these types fit the ranges? */
  const nodeFits = (types: string[], ranges: string[]): boolean =>
    types.some(
      (type) =>
        isSubtype(type, "Role") || ranges.some((range) => !isDataType(range) && isSubtype(type, range)),
    );

  const checked = new WeakSet<object>();

  const checkValue = (
    value: unknown,
    property: string,
    ranges: string[],
    path: string,
    depth: number,
  ): void => {
    const against = describeRanges(property, ranges);
    if (value === null || value === undefined) {
      error(path, `${String(value)} is not a value of ${against}`);
    } else if (Array.isArray(value)) {
      if (depth > 0) error(path, `a nested array is not a value of ${against}`);
      else
        for (const [at, item] of value.entries())
          checkValue(item, property, ranges, `${path}[${at}]`, depth + 1);
    } else if (typeof value === "string") {
      const memberTypes = enumerationMember(value);
      const fits =
        ranges.some((range) => isDataType(range) && stringFits(value, range)) ||
        (memberTypes !== undefined &&
          ranges.some((range) => memberTypes.some((type) => isSubtype(type, range))));
      if (!fits) error(path, `${show(value)} does not fit ${against}`);
    } else if (typeof value === "number") {
      const fits = ranges.some(
        (range) =>
          (range === "Integer" && Number.isInteger(value)) ||
          (range !== "Integer" && isSubtype(range, "Number") && Number.isFinite(value)),
      );
      if (!fits) error(path, `${value} (a number) does not fit ${against}`);
    } else if (typeof value === "boolean") {
      if (!ranges.includes("Boolean")) error(path, `${value} (a boolean) does not fit ${against}`);
    } else if (isObject(value)) {
      checkObject(value, property, ranges, path, depth);
    } else {
      error(path, `a ${typeof value} is not a value of ${against}`);
    }
  };

  const checkObject = (
    value: JsonObject,
    property: string,
    ranges: string[],
    path: string,
    depth: number,
  ): void => {
    const against = describeRanges(property, ranges);
    if (Object.hasOwn(value, "@value")) {
      checkValue(value["@value"], property, ranges, member(path, "@value"), depth);
      return;
    }
    for (const keyword of ["@list", "@set"]) {
      if (Object.hasOwn(value, keyword)) {
        const items = value[keyword];
        for (const [at, item] of (Array.isArray(items) ? items : [items]).entries()) {
          checkValue(item, property, ranges, `${member(path, keyword)}[${at}]`, 1);
        }
        return;
      }
    }
    const id = lookup(value, "@id");
    if (Object.keys(value).length === 1 && typeof id === "string") {
      const memberTypes = enumerationMember(id);
      if (memberTypes !== undefined) {
        if (!ranges.some((range) => memberTypes.some((type) => isSubtype(type, range)))) {
          error(path, `the enumeration member ${show(id)} does not fit ${against}`);
        }
        return;
      }
      const defined = typesById.get(id);
      if (defined !== undefined && defined.size > 0) {
        if (!nodeFits([...defined], ranges) && !ranges.some((range) => isSubtype(range, "URL"))) {
          error(path, `the node ${show(id)} (${[...defined].join(", ")}) does not fit ${against}`);
        }
      } else if (!ranges.some((range) => !isDataType(range) || isSubtype(range, "URL"))) {
        error(path, `a reference to ${show(id)} does not fit ${against}`);
      }
      return;
    }
    const types = typesOf(value);
    if (types.length === 0) {
      error(path, `a nested node without @type does not fit ${against}`);
    } else if (!nodeFits(types, ranges)) {
      error(path, `a node of type ${types.join(", ")} does not fit ${against}`);
    }
    // A Role stands in for the value and repeats the property it qualifies (schema.org's Role pattern).
    checkNode(value, path, types.some((type) => isSubtype(type, "Role")) ? property : undefined);
  };

  const checkNode = (node: JsonObject, path: string, roleOf?: string): void => {
    if (checked.has(node)) return;
    checked.add(node);
    const types = typesOf(node);
    let untypedReported = false;
    for (const key of Object.keys(node)) {
      const value = node[key];
      const at = member(path, key);
      if (key === "@context") {
        checkContext(value, at);
      } else if (key === "@id") {
        if (typeof value !== "string") error(at, `@id must be a string, found ${show(value)}`);
      } else if (key === "@type") {
        const list = Array.isArray(value) ? value : [value];
        list.forEach((type, position) => {
          const typePath = Array.isArray(value) ? `${at}[${position}]` : at;
          report.typesChecked++;
          if (typeof type !== "string") {
            error(typePath, `@type must be a type name, found ${show(type)}`);
            return;
          }
          const entry = lookup(vocabulary.types, localName(type));
          if (entry === undefined)
            error(typePath, `${show(type)} is not a schema.org ${vocabulary.release} type`);
          else if (entry.attic === true) error(typePath, `${show(type)} is archived in schema.org's attic`);
        });
      } else if (key === "@graph") {
        const list = Array.isArray(value) ? value : [value];
        list.forEach((item, position) => {
          const itemPath = Array.isArray(value) ? `${at}[${position}]` : at;
          if (isObject(item)) checkNode(item, itemPath);
          else error(itemPath, `@graph holds nodes, found ${show(item)}`);
        });
      } else if (key === "@index") {
        // carries no meaning for schema.org
      } else if (key.startsWith("@")) {
        error(at, `the keyword ${key} is not expected in schema.org markup`);
      } else {
        report.propertiesChecked++;
        const name = localName(key);
        const property = lookup(vocabulary.properties, name);
        if (property === undefined) {
          error(at, `${show(key)} is not a schema.org ${vocabulary.release} property`);
          continue;
        }
        if (property.attic === true) error(at, `the property ${show(key)} is archived in schema.org's attic`);
        if (types.length === 0) {
          if (!untypedReported)
            error(member(path, "@type"), "the node has no @type, so its properties cannot apply");
          untypedReported = true;
        } else if (
          name !== roleOf &&
          !types.some((type) => property.domains.some((domain) => isSubtype(type, domain)))
        ) {
          error(
            at,
            `${name} does not apply to ${types.join(", ")} (it applies to ${property.domains.join(", ") || "nothing"})`,
          );
        }
        checkValue(value, name, property.ranges, at, 0);
      }
    }
  };

  const roots = Array.isArray(document)
    ? document.map((item, position) => [item, `$[${position}]`] as const)
    : [[document, "$"] as const];
  for (const [root, path] of roots) {
    if (isObject(root)) checkNode(root, path);
    else error(path, `expected a JSON-LD node object, found ${show(root)}`);
  }
  return report;
}
