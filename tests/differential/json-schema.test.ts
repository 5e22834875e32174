// The generated JSON Schema and the zod schemas agree on every shape rule: on valid graphs (in output and
// input form) and on every single-field corruption, except the documented differences. Graph and anchoring
// corruptions are shape-valid, so both accept them. Runs: 300 valid graphs, 200 graphs x 10 corruptions.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NewsGraph, newsGraphJsonSchema } from "../../src/index";
import { arbitraryNewsGraph } from "../../src/testing/index";
import { arbitraryCorruption, type Corruption } from "../properties/support/corruptions";
import { runs, timeout } from "../properties/support/runs";
import { jsonSchemaDifferences } from "./json-schema-differences";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(newsGraphJsonSchema());

const verdicts = (document: unknown) => {
  const json = JSON.parse(JSON.stringify(document)) as unknown;
  return { zod: NewsGraph.safeParse(json).success, jsonSchema: validate(json), errors: validate.errors };
};

// The input form: collections and defaulted arrays that are empty may be left out.
function withoutEmptyArrays(value: unknown, drop: (path: string) => boolean, path = ""): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withoutEmptyArrays(item, drop, `${path}/${i}`));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).filter(
    ([key, item]) => !(Array.isArray(item) && item.length === 0 && drop(`${path}/${key}`)),
  );
  return Object.fromEntries(
    entries.map(([key, item]) => [key, withoutEmptyArrays(item, drop, `${path}/${key}`)]),
  );
}

describe("the JSON Schema and the zod schemas", () => {
  it(
    "both accept every valid graph, with its empty arrays written or left out",
    () => {
      const graphs = fc.tuple(arbitraryNewsGraph({ withText: true }), fc.func(fc.boolean()));
      fc.assert(
        fc.property(graphs, ([graph, drop]) => {
          for (const document of [graph, withoutEmptyArrays(graph, drop)]) {
            const { zod, jsonSchema, errors } = verdicts(document);
            expect({ zod, jsonSchema, errors }).toEqual({ zod: true, jsonSchema: true, errors: null });
          }
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );

  it(
    "agree on every single-field corruption, except the documented differences",
    () => {
      const corrupted = arbitraryNewsGraph({ maxNodes: 8, withText: true }).chain((graph) =>
        fc.array(arbitraryCorruption(graph, { json: true }), { minLength: 10, maxLength: 10 }),
      );
      const check = (corruption: Corruption): void => {
        const { zod, jsonSchema } = verdicts(corruption.document);
        const documented = jsonSchemaDifferences[corruption.rule] !== undefined;
        const expected =
          corruption.layer !== "shape"
            ? { zod: true, jsonSchema: true }
            : documented
              ? { zod: false, jsonSchema: true }
              : { zod: false, jsonSchema: false };
        if (zod !== expected.zod || jsonSchema !== expected.jsonSchema) {
          throw new Error(
            `${corruption.rule} (${corruption.description}): zod ${zod ? "accepts" : "rejects"}, the JSON Schema ${jsonSchema ? "accepts" : "rejects"}; expected ${JSON.stringify(expected)}`,
          );
        }
      };
      fc.assert(
        fc.property(corrupted, (corruptions) => {
          corruptions.forEach(check);
        }),
        runs(200),
      );
    },
    timeout(40_000),
  );

  it("rejects a shape corruption at the corrupted path, where it is not inside an actor's oneOf", () => {
    const graphs = fc.sample(arbitraryNewsGraph({ maxNodes: 8, withText: true }), { numRuns: 40, seed: 3 });
    for (const graph of graphs) {
      for (const corruption of fc.sample(arbitraryCorruption(graph, { json: true }), {
        numRuns: 20,
        seed: 5,
      })) {
        if (corruption.layer !== "shape" || jsonSchemaDifferences[corruption.rule] !== undefined) continue;
        if (corruption.path[0] === "actors" && corruption.path.length > 2) continue;
        validate(JSON.parse(JSON.stringify(corruption.document)));
        const paths = (validate.errors ?? []).map((error) =>
          error.keyword === "additionalProperties" || error.keyword === "required"
            ? `${error.instancePath}/${String((error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (error.params as { missingProperty?: string }).missingProperty)}`
            : error.instancePath,
        );
        const expected = corruption.expected.map((path) =>
          path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join(""),
        );
        expect(
          paths.some((path) => expected.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))),
          `${corruption.description}: ${paths.join(", ")}`,
        ).toBe(true);
      }
    }
  });

  it("are told apart in docs/json-schema-differences.md exactly as the test skips them", () => {
    const docs = readFileSync(new URL("../../docs/json-schema-differences.md", import.meta.url), "utf8");
    const documented = [...docs.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(jsonSchemaDifferences).sort());
  });
});
