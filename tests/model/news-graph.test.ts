import { describe, expect, it } from "vitest";
import * as z from "zod";
import { NEWSGRAPH_FORMAT, NewsGraph, parseNewsGraph, safeParseNewsGraph } from "../../src/index";
import { fullGraph } from "./full-graph";
import { expectValid, graph, issuesOf, onlyIssue, person, world } from "./support";

/** Every field path the schema allows, as `claims[].evidence[].prefix`; not inside fieldProvenance. */
function schemaFields(schema: z.ZodType, path = "", found = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    schemaFields(schema.unwrap() as z.ZodType, path, found);
  } else if (schema instanceof z.ZodArray) {
    schemaFields(schema.element as z.ZodType, `${path}[]`, found);
  } else if (schema instanceof z.ZodDiscriminatedUnion) {
    for (const option of schema.options as z.ZodType[]) schemaFields(option, path, found);
  } else if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const at = path === "" ? key : `${path}.${key}`;
      found.add(at);
      if (key !== "fieldProvenance") schemaFields(field, at, found);
    }
  }
  return found;
}

/** Every field path a value uses, written as {@link schemaFields} writes them. */
function valueFields(value: unknown, path = "", found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) valueFields(item, `${path}[]`, found);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      const at = path === "" ? key : `${path}.${key}`;
      found.add(at);
      if (key !== "fieldProvenance") valueFields(field, at, found);
    }
  }
  return found;
}

const TOP_LEVEL = `"$schema", "format", "articles", "actors", "claims", "events", "places"`;

describe("NewsGraph", () => {
  it("accepts { format: 1 } and fills every collection with []", () => {
    expect(NEWSGRAPH_FORMAT).toBe(1);
    expect(parseNewsGraph({ format: 1 })).toEqual({
      format: 1,
      articles: [],
      actors: [],
      claims: [],
      events: [],
      places: [],
    });
    expect(NewsGraph.parse({ format: 1 }).claims).toEqual([]);
  });

  it("accepts a $schema link for editors", () => {
    expectValid({ $schema: "./newsgraph.schema.json", format: 1 });
  });

  it.each([
    [2, "expected 1, found 2"],
    ["1", 'expected 1, found "1"'],
    [-0, "expected 1, found -0"],
    [undefined, "expected 1, found nothing"],
  ])("rejects a format of %j at format", (format, message) => {
    const issue = onlyIssue({ format });
    expect(issue.path).toEqual(["format"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(message);
  });

  it("rejects a collection that is not an array at its name", () => {
    const issue = onlyIssue({ format: 1, actors: { nato: {} } });
    expect(issue.path).toEqual(["actors"]);
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe("expected array, found an object");
  });

  it("rejects an unknown top-level key at its own path, listing the expected fields", () => {
    const issue = onlyIssue({ format: 1, people: [] });
    expect(issue.path).toEqual(["people"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe(`unknown field "people"; expected only ${TOP_LEVEL}`);
  });

  it("reports each unknown key of a node separately, at its own path", () => {
    const issues = issuesOf(graph({ actors: [person(), person({ id: "b", extra: 1, more: 2 })] }));
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["actors", 1, "extra"], "unrecognized_keys"],
      [["actors", 1, "more"], "unrecognized_keys"],
    ]);
    expect(issues?.[0]?.message).toMatch(/^unknown field "extra"; expected only "id", "name", /);
  });

  it("rejects __proto__ and constructor keys from JSON.parse at their paths, without prototype pollution", () => {
    const input: unknown = JSON.parse(
      `{"format":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
        "actors":[{"id":"a","kind":"person","name":"A","__proto__":{"polluted":"yes"},"constructor":"x"}]}`,
    );
    const issues = issuesOf(input);
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["actors", 0, "__proto__"], "unrecognized_keys"],
      [["actors", 0, "constructor"], "unrecognized_keys"],
      [["__proto__"], "unrecognized_keys"],
      [["constructor"], "unrecognized_keys"],
    ]);
    expect(issues?.[2]?.message).toBe(`unknown field "__proto__"; expected only ${TOP_LEVEL}`);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
    expect(Reflect.get(Object.prototype, "polluted")).toBeUndefined();
  });

  it("gives a parsed graph plain objects with Object.prototype, whatever the input's prototype", () => {
    const input = Object.assign(Object.create(null) as object, { format: 1, places: [] });
    const parsed = parseNewsGraph(input);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it("accepts ids that are names of Object.prototype members", () => {
    expectValid(
      world({
        actors: [person({ id: "constructor" }), person({ id: "tostring", memberOf: ["constructor"] })],
        claims: [],
      }),
    );
  });

  it("has a full graph fixture that uses every field of the model", () => {
    const unused = [...schemaFields(NewsGraph)].filter((field) => !valueFields(fullGraph).has(field));
    expect(unused).toEqual([]);
  });

  it("round-trips a graph that uses every field: parsing its output form gives it back", () => {
    const parsed = parseNewsGraph(fullGraph);
    expect(parsed).toEqual(fullGraph);
    expect(parsed).not.toBe(fullGraph);
    expect(parseNewsGraph(JSON.parse(JSON.stringify(parsed)))).toEqual(fullGraph);
  });

  it("returns fresh default arrays, never shared between parses", () => {
    const first = safeParseNewsGraph({ format: 1, places: [{ id: "p", kind: "city", name: "P" }] });
    const second = safeParseNewsGraph({ format: 1, places: [{ id: "p", kind: "city", name: "P" }] });
    if (!first.success || !second.success) throw new Error("expected both to parse");
    expect(first.data.claims).not.toBe(second.data.claims);
    expect(first.data.places[0]?.sameAs).not.toBe(second.data.places[0]?.sameAs);
    first.data.claims.push({
      id: "c",
      claimant: "x",
      statement: "S.",
      act: "asserts",
      about: [],
      quantities: [],
      evidence: [],
      appearances: [],
      responds: [],
    });
    expect(parseNewsGraph({ format: 1 }).claims).toEqual([]);
  });
});
