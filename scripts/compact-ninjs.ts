/**
 * Derives the list of ninjs 3.1 property paths that tests/docs/ninjs.test.ts checks docs/ninjs.md against.
 *
 *   npx tsx scripts/compact-ninjs.ts [source-directory]
 *
 * `source-directory` defaults to ../shared/reference/ninjs (relative to the repository root) and must hold
 * `ninjs-schema_3.1.json`; its SHA-256 sum is checked so that another version is never read by mistake.
 * Output: tests/support/ninjs/properties.json, `{ version, topLevel, paths }`, where `topLevel` lists the
 * properties of a ninjs object and `paths` every property path below them, written as docs/ninjs.md writes
 * them (`people[].uri`, `eventDetails.dates`), to the depth of two steps.
 *
 * Facts derived from the IPTC ninjs schema (CC BY 4.0); see tests/support/ninjs/README.md.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FILE = "ninjs-schema_3.1.json";
const SHA256 = "404f578a299bf34e76e98f2de26ad9989882ebd7abf3a4d3cf3aa689b70a8744";
const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const source = resolve(root, process.argv[2] ?? "../shared/reference/ninjs");

interface JsonSchema {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const text = readFileSync(join(source, FILE));
const sum = createHash("sha256").update(text).digest("hex");
if (sum !== SHA256) throw new Error(`${FILE} has sha256 ${sum}, expected ${SHA256} (ninjs 3.1)`);
const schema = JSON.parse(text.toString("utf8")) as JsonSchema & { $defs: Record<string, JsonSchema> };

const definition = (ref: string | undefined): JsonSchema | undefined =>
  ref?.startsWith("#/$defs/") ? schema.$defs[ref.slice("#/$defs/".length)] : undefined;
// In JSON Schema 2020-12 a $ref applies beside the node's own keywords: a node's properties are its own and
// those of what it refers to.
const propertiesOf = (node: JsonSchema | undefined): Record<string, JsonSchema> =>
  node === undefined ? {} : { ...propertiesOf(definition(node.$ref)), ...node.properties };
const itemsOf = (node: JsonSchema): JsonSchema | undefined => node.items ?? definition(node.$ref)?.items;

const topLevel = Object.keys(propertiesOf(schema));
const paths: string[] = [];
for (const [name, node] of Object.entries(propertiesOf(schema))) {
  const items = itemsOf(node);
  const step = items === undefined ? `${name}` : `${name}[]`;
  paths.push(step);
  for (const inner of Object.keys(propertiesOf(items ?? node))) paths.push(`${step}.${inner}`);
}

const output = join(root, "tests/support/ninjs/properties.json");
writeFileSync(output, `${JSON.stringify({ version: "3.1", topLevel, paths }, null, 2)}\n`);
console.log(`wrote ${output}: ${topLevel.length} top-level properties, ${paths.length} paths`);
