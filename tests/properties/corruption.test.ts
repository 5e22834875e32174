// Every single-field corruption of a valid graph is rejected, with an issue at the corrupted path.
// Runs: 250 small graphs with 10 corruptions each (2,500 corruptions), 80 graphs with texts and 5 corruptions
// of their evidence spans each (400), and one check that every rule of the corruption table is exercised.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssuePath, NewsGraphError, safeParseNewsGraph } from "../../src/index";
import { arbitraryNewsGraph } from "../../src/testing/index";
import {
  arbitraryCorruption,
  type Corruption,
  corruptionRules,
  corruptionSites,
  startsWith,
} from "./support/corruptions";
import { runs, timeout } from "./support/runs";

function expectRejected(corruption: Corruption): void {
  const result = safeParseNewsGraph(corruption.document);
  if (result.success) throw new Error(`accepted after: ${corruption.description}`);
  expect(result.error).toBeInstanceOf(NewsGraphError);
  const paths = result.error.issues.map((issue) => issue.path);
  const reported = paths.some((path) => corruption.expected.some((expected) => startsWith(path, expected)));
  if (!reported) {
    throw new Error(
      `${corruption.rule} (${corruption.description}) was reported only at ${paths.map(formatIssuePath).join(", ")}; expected ${corruption.expected.map(formatIssuePath).join(" or ")}`,
    );
  }
}

describe("corrupting one field of a valid graph", () => {
  it(
    "is rejected with an issue at the corrupted path, whichever field and whichever rule",
    () => {
      // Ten corruptions of each graph: generating the graph costs more than checking one corruption.
      const corrupted = arbitraryNewsGraph({ maxNodes: 8 }).chain((graph) =>
        fc.array(arbitraryCorruption(graph), { minLength: 10, maxLength: 10 }),
      );
      fc.assert(
        fc.property(corrupted, (corruptions) => {
          corruptions.forEach(expectRejected);
        }),
        runs(250),
      );
    },
    timeout(40_000),
  );

  it(
    "is rejected when it unsettles an anchored evidence span",
    () => {
      const rules = [
        "anchor-exact",
        "anchor-out-of-range",
        "anchor-prefix",
        "anchor-suffix",
        "span-order",
      ] as const;
      const corrupted = arbitraryNewsGraph({ withText: true, maxNodes: 8 })
        .filter((graph) => graph.claims.some((claim) => claim.evidence.length > 0))
        .chain((graph) => fc.array(arbitraryCorruption(graph, { rules }), { minLength: 5, maxLength: 5 }));
      fc.assert(
        fc.property(corrupted, (corruptions) => {
          corruptions.forEach(expectRejected);
        }),
        runs(80),
      );
    },
    timeout(30_000),
  );

  it("covers every rule of the corruption table on generated graphs", () => {
    const seen = new Set<string>();
    const graphs = fc.sample(arbitraryNewsGraph({ withText: true, maxNodes: 20 }), { numRuns: 60, seed: 7 });
    for (const graph of graphs) for (const site of corruptionSites(graph)) seen.add(site.rule);
    expect([...corruptionRules].filter((rule) => !seen.has(rule))).toEqual([]);
  });
});
