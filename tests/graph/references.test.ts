import { describe, expect, it } from "vitest";
import * as z from "zod";
import { forEachReference } from "../../src/graph/references";
import { NewsGraph, NodeId, parseNewsGraph } from "../../src/index";
import { fullGraph } from "../model/full-graph";

/** A path with every array index written as "[]": `claims[].evidence[].article`. */
function pattern(path: readonly (string | number)[]): string {
  return path
    .map((segment) => (typeof segment === "number" ? "[]" : `.${segment}`))
    .join("")
    .slice(1);
}

/** Every place in the schema where a NodeId is written, other than the nodes' own ids. */
function nodeIdFields(schema: z.ZodType, path: string[] = [], found = new Set<string>()): Set<string> {
  if (schema === NodeId) {
    if (path.at(-1) !== "id" || path.length !== 3) found.add(pattern(path).replaceAll(".[]", "[]"));
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    nodeIdFields(schema.unwrap() as z.ZodType, path, found);
  } else if (schema instanceof z.ZodArray) {
    nodeIdFields(schema.element as z.ZodType, [...path, "[]"], found);
  } else if (schema instanceof z.ZodDiscriminatedUnion) {
    for (const option of schema.options as z.ZodType[]) nodeIdFields(option, path, found);
  } else if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      nodeIdFields(field, [...path, key], found);
    }
  }
  return found;
}

function referencePatterns(): Set<string> {
  const found = new Set<string>();
  forEachReference(parseNewsGraph(fullGraph), ({ path }) => {
    found.add(pattern(path).replaceAll(".[]", "[]"));
  });
  return found;
}

describe("forEachReference", () => {
  it("visits every field of the model that holds a node id", () => {
    const fields = nodeIdFields(NewsGraph);
    expect(fields.size).toBeGreaterThanOrEqual(20);
    expect([...referencePatterns()].sort()).toEqual([...fields].sort());
  });

  it("gives each reference its id, its path and the kinds it may point to", () => {
    const references: { path: (string | number)[]; id: string; allowed: readonly string[] }[] = [];
    forEachReference(parseNewsGraph(fullGraph), (reference) => {
      references.push(reference);
    });
    expect(references).toContainEqual({ path: ["claims", 0, "claimant"], id: "nato", allowed: ["actor"] });
    expect(references).toContainEqual({
      path: ["articles", 0, "about", 0],
      id: "kursk-deployment",
      allowed: ["actor", "event", "place"],
    });
    expect(references).toContainEqual({
      path: ["actors", 0, "nationality"],
      id: "netherlands",
      allowed: ["actor", "place"],
    });
  });
});
