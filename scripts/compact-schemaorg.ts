/**
 * Derives the compact schema.org vocabulary the conformance tests read, and copies the schema.org JSON-LD
 * context beside it for offline expansion.
 *
 *   npx tsx scripts/compact-schemaorg.ts [source-directory]
 *
 * `source-directory` defaults to ../shared/reference/schemaorg (relative to the repository root) and must
 * hold release 30.0's `schemaorg-all-https.jsonld` and `schemaorgcontext.jsonld`; their SHA-256 sums are
 * checked so that a different release is never compacted by mistake. Output, in tests/support/schemaorg/:
 *
 * - vocabulary.json: `{ release, types, properties, enumerationMembers }`, one entry per line where it fits:
 *   - `types[Name]`: `supertypes` (direct rdfs:subClassOf within schema.org), and `isDataType`,
 *     `isEnumeration`, `attic` when true (data types: DataType instances and their subclasses; enumerations:
 *     subclasses of Enumeration; attic: archived terms);
 *   - `properties[name]`: `domains` (domainIncludes), `ranges` (rangeIncludes), `attic` when true;
 *   - `enumerationMembers[Name]`: the types the member is an instance of (e.g. EventScheduled →
 *     ["EventStatusType"], True → ["Boolean"]).
 * - context.jsonld: schemaorgcontext.jsonld, byte for byte (the folder is excluded from biome).
 *
 * Data derived from schema.org (CC BY-SA 3.0); see tests/support/schemaorg/README.md.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const RELEASE = "30.0";
const SOURCES = {
  vocabulary: {
    file: "schemaorg-all-https.jsonld",
    sha256: "06227db49dd4674227727176c9cd1e5bbd4174c1cef9391c7ed4dfcef865f2a8",
  },
  context: {
    file: "schemaorgcontext.jsonld",
    sha256: "d8167890b056bc7c71eb39b30cbb4816490d5e671371ba50a5a633d1bc36961a",
  },
} as const;

interface Term {
  "@id": string;
  "@type"?: string | string[];
  "rdfs:subClassOf"?: Reference | Reference[];
  "schema:domainIncludes"?: Reference | Reference[];
  "schema:rangeIncludes"?: Reference | Reference[];
  "schema:isPartOf"?: Reference | Reference[];
}
interface Reference {
  "@id": string;
}
interface TypeEntry {
  supertypes: string[];
  isDataType?: true;
  isEnumeration?: true;
  attic?: true;
}
interface PropertyEntry {
  domains: string[];
  ranges: string[];
  attic?: true;
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const PREFIX = "schema:";
const isSchema = (id: string): boolean => id.startsWith(PREFIX);
const local = (id: string): string => id.slice(PREFIX.length);
const names = (references: Reference | Reference[] | undefined): string[] =>
  list(references)
    .map((reference) => reference["@id"])
    .filter(isSchema)
    .map(local)
    .sort();

function read(directory: string, source: { file: string; sha256: string }): Buffer {
  const bytes = readFileSync(join(directory, source.file));
  const sum = createHash("sha256").update(bytes).digest("hex");
  if (sum !== source.sha256) {
    throw new Error(`${source.file}: sha256 ${sum} is not release ${RELEASE}'s ${source.sha256}`);
  }
  return bytes;
}

/** Every class reachable upwards from `name` (itself included). */
function ancestors(types: Map<string, TypeEntry>, name: string): Set<string> {
  const found = new Set<string>();
  const pending = [name];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(types.get(next)?.supertypes ?? []));
  }
  return found;
}

/** A JSON object written with one member per line, each member's value on that line. */
function lines(entries: [string, unknown][]): string {
  return entries.length === 0
    ? "{}"
    : `{\n${entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(",\n")}\n  }`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const sourceDirectory = resolve(process.argv[2] ?? join(root, "../shared/reference/schemaorg"));
  const target = join(root, "tests/support/schemaorg");

  const graph = (
    JSON.parse(read(sourceDirectory, SOURCES.vocabulary).toString("utf8")) as { "@graph": Term[] }
  )["@graph"];
  const context = read(sourceDirectory, SOURCES.context);

  const terms = graph.filter((term) => isSchema(term["@id"]));
  const isA = (term: Term, type: string): boolean => list(term["@type"]).includes(type);
  const inAttic = (term: Term): boolean =>
    list(term["schema:isPartOf"]).some((part) => part["@id"] === "https://attic.schema.org");

  const types = new Map<string, TypeEntry>();
  for (const term of terms.filter((candidate) => isA(candidate, "rdfs:Class"))) {
    types.set(local(term["@id"]), { supertypes: names(term["rdfs:subClassOf"]) });
  }
  const dataTypeRoots = new Set(
    terms.filter((term) => isA(term, "schema:DataType")).map((term) => local(term["@id"])),
  );
  for (const term of terms.filter((candidate) => isA(candidate, "rdfs:Class"))) {
    const name = local(term["@id"]);
    const entry = types.get(name);
    if (entry === undefined) continue;
    const up = ancestors(types, name);
    if ([...up].some((ancestor) => dataTypeRoots.has(ancestor))) entry.isDataType = true;
    if (up.has("Enumeration")) entry.isEnumeration = true;
    if (inAttic(term)) entry.attic = true;
  }

  const properties = new Map<string, PropertyEntry>();
  for (const term of terms.filter((candidate) => isA(candidate, "rdf:Property"))) {
    const entry: PropertyEntry = {
      domains: names(term["schema:domainIncludes"]),
      ranges: names(term["schema:rangeIncludes"]),
    };
    if (inAttic(term)) entry.attic = true;
    properties.set(local(term["@id"]), entry);
  }

  const members = new Map<string, string[]>();
  for (const term of terms) {
    const memberOf = list(term["@type"]).filter(isSchema).map(local);
    if (memberOf.length > 0 && !isA(term, "rdfs:Class") && !isA(term, "rdf:Property")) {
      members.set(local(term["@id"]), memberOf.sort());
    }
  }

  const sorted = <T>(map: Map<string, T>): [string, T][] =>
    [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const output =
    `{\n  "release": ${JSON.stringify(RELEASE)},\n` +
    `  "types": ${lines(sorted(types))},\n` +
    `  "properties": ${lines(sorted(properties))},\n` +
    `  "enumerationMembers": ${lines(sorted(members))}\n}\n`;

  mkdirSync(target, { recursive: true });
  const vocabularyFile = join(target, "vocabulary.json");
  const contextFile = join(target, "context.jsonld");
  writeFileSync(vocabularyFile, output);
  rmSync(contextFile, { force: true });
  writeFileSync(contextFile, context);
  console.log(
    `schema.org ${RELEASE}: ${types.size} types, ${properties.size} properties, ${members.size} enumeration ` +
      `members -> ${vocabularyFile}; context copied to ${contextFile}`,
  );
}

main();
