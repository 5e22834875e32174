// Laws of the validators over generated data. Runs per property (npm test; the nightly job multiplies them):
// round trip 400, round trip with texts 300, JSON round trip 300, any JSON value 3000, anything 3000,
// parseNewsGraph throws only NewsGraphError 1000, no mutation 300.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NewsGraphError, parseNewsGraph, safeParseNewsGraph } from "../../src/index";
import { arbitraryNewsGraph } from "../../src/testing/index";
import { arbitraryCorruption } from "./support/corruptions";
import { deepFreeze } from "./support/deep-freeze";
import { runs, timeout } from "./support/runs";
import { expectSame } from "./support/same";

const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  arbitraryNewsGraph({ maxNodes: 4 }).chain((graph) => arbitraryCorruption(graph).map((c) => c.document)),
);

describe("parsing generated graphs", () => {
  it(
    "gives back a graph deep-equal to every valid graph",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph(), (graph) => {
          expectSame(parseNewsGraph(graph), graph);
        }),
        runs(400),
      );
    },
    timeout(30_000),
  );

  it(
    "gives back every valid graph whose evidence is anchored in article texts",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph({ withText: true, maxNodes: 16 }), (graph) => {
          const result = safeParseNewsGraph(graph);
          expect(result.success ? [] : result.error.issues).toEqual([]);
          expectSame(result.success && result.data, graph);
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );

  it(
    "reads back the JSON text of every valid graph unchanged",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph(), (graph) => {
          const text = JSON.stringify(graph);
          expect(JSON.stringify(parseNewsGraph(JSON.parse(text)))).toBe(text);
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );

  it(
    "never throws from safeParseNewsGraph, whatever JSON value it is given",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const result = safeParseNewsGraph(value);
          if (!result.success) expect(result.error).toBeInstanceOf(NewsGraphError);
        }),
        runs(3000),
      );
    },
    timeout(30_000),
  );

  it(
    "never throws from safeParseNewsGraph, whatever JavaScript value it is given",
    () => {
      fc.assert(
        fc.property(anyInput, (value) => {
          const result = safeParseNewsGraph(value);
          if (!result.success) {
            expect(result.error).toBeInstanceOf(NewsGraphError);
            expect(result.error.issues.length).toBeGreaterThan(0);
          }
        }),
        runs(3000),
      );
    },
    timeout(30_000),
  );

  it(
    "throws nothing but a NewsGraphError with issues from parseNewsGraph",
    () => {
      fc.assert(
        fc.property(anyInput, (value) => {
          try {
            parseNewsGraph(value);
          } catch (error) {
            expect(error).toBeInstanceOf(NewsGraphError);
            expect((error as NewsGraphError).issues.length).toBeGreaterThan(0);
          }
        }),
        runs(1000),
      );
    },
    timeout(30_000),
  );

  it(
    "never changes its input: parsing a deep-frozen graph, valid or corrupted, works as on a copy",
    () => {
      const graphs = fc.oneof(
        arbitraryNewsGraph({ withText: true }).map((graph): unknown => graph),
        arbitraryNewsGraph({ maxNodes: 6 }).chain((graph) =>
          arbitraryCorruption(graph).map((c) => c.document),
        ),
      );
      fc.assert(
        fc.property(graphs, (input) => {
          const copy = structuredClone(input);
          const expected = safeParseNewsGraph(copy);
          const result = safeParseNewsGraph(deepFreeze(input));
          expect(input).toEqual(copy);
          expect(result.success).toBe(expected.success);
          if (result.success) expectSame(result.data, input);
          else if (!expected.success) expect(result.error.issues).toEqual(expected.error.issues);
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );
});
