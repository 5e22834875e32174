// docs/ninjs.md compares the model with IPTC ninjs 3.1. The newsgraph side is checked against the model's
// schemas: every `Type.field` it names exists. The ninjs side is checked against the ninjs 3.1 JSON Schema in
// ../shared/reference/ninjs when that folder is present: every property path named exists, and every
// top-level ninjs property is either in the table or listed as ninjs-only, never both.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Article, Claim, Event, OrganizationActor, PersonActor, Place, StateActor } from "../../src/index";
import { readRepoFile, root } from "./markdown";

const guide = readRepoFile("docs/ninjs.md");
const ninjsPath = join(root, "../shared/reference/ninjs/ninjs-schema_3.1.json");
const hasNinjs = existsSync(ninjsPath);

const shapes: Record<string, Record<string, unknown>> = {
  Article: Article.shape,
  Claim: Claim.shape,
  Event: Event.shape,
  OrganizationActor: OrganizationActor.shape,
  PersonActor: PersonActor.shape,
  Place: Place.shape,
  StateActor: StateActor.shape,
};

/** The text of a `## heading` section, up to the next one. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs/ninjs.md has no section "${heading}"`);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

/** The table's rows as [ninjs cell, newsgraph cell]. */
const rows: [string, string][] = section("Where they correspond")
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const [ninjs = "", newsgraph = ""] = line.split(" | ");
    return [ninjs, newsgraph];
  });
const ninjsInTable = rows.flatMap(([ninjs]) => codeSpans(ninjs));
const newsgraphFields = [
  ...rows.flatMap(([, newsgraph]) => codeSpans(newsgraph)),
  ...codeSpans(section("Only in newsgraph")).filter((span) => /^[A-Z]\w*\.\w+$/.test(span)),
];
const ninjsOnly = codeSpans(section("Only in ninjs"));

type JsonSchema = { $ref?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

describe("docs/ninjs.md", () => {
  it("has a table of correspondences", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(newsgraphFields.length).toBeGreaterThanOrEqual(rows.length);
  });

  it("names only fields the model has", () => {
    const unknown = newsgraphFields.filter((name) => {
      const [type = "", field = ""] = name.split(".");
      return !(type in shapes && field in (shapes[type] ?? {}));
    });
    expect(unknown).toEqual([]);
  });

  describe.skipIf(!hasNinjs)("against the ninjs 3.1 schema", () => {
    const schema = hasNinjs
      ? (JSON.parse(readFileSync(ninjsPath, "utf8")) as JsonSchema & { $defs: Record<string, JsonSchema> })
      : { $defs: {} };
    const definition = (ref: string | undefined): JsonSchema | undefined =>
      ref?.startsWith("#/$defs/") ? schema.$defs[ref.slice("#/$defs/".length)] : undefined;
    // In JSON Schema 2020-12 a $ref applies beside the node's own keywords: look in both.
    const property = (node: JsonSchema | undefined, name: string): JsonSchema | undefined =>
      node === undefined ? undefined : (node.properties?.[name] ?? property(definition(node.$ref), name));
    const items = (node: JsonSchema | undefined): JsonSchema | undefined =>
      node === undefined ? undefined : (node.items ?? items(definition(node.$ref)));
    const topLevel = Object.keys(definition(schema.$ref)?.properties ?? {});

    /** Follows a path such as `people[].uri` or `eventDetails.dates` through the schema. */
    function exists(path: string): boolean {
      let node: JsonSchema | undefined = schema;
      for (const step of path.split(".")) {
        const isArray = step.endsWith("[]");
        node = property(node, isArray ? step.slice(0, -2) : step);
        if (isArray) node = items(node);
        if (node === undefined) return false;
      }
      return true;
    }

    it("is read", () => {
      expect(topLevel.length).toBeGreaterThan(30);
    });

    it("names only property paths ninjs has", () => {
      expect([...ninjsInTable, ...ninjsOnly].filter((path) => !exists(path))).toEqual([]);
    });

    it("accounts for every top-level ninjs property once", () => {
      const mapped = new Set(ninjsInTable.map((path) => path.split(/[.[]/)[0]));
      expect(ninjsOnly.filter((name) => mapped.has(name))).toEqual([]);
      expect(topLevel.filter((name) => !mapped.has(name) && !ninjsOnly.includes(name))).toEqual([]);
    });
  });
});
