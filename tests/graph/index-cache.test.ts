import { describe, expect, it } from "vitest";
import { cachedNodeIndex } from "../../src/graph/index-cache";
import { indexNodes } from "../../src/graph/node-index";
import { parseNewsGraph } from "../../src/index";
import { articleJsonLd } from "../../src/jsonld/index";
import type { NewsGraph } from "../../src/model/news-graph";
import { fullGraph } from "../model/full-graph";

const fresh = (): NewsGraph => parseNewsGraph(structuredClone(fullGraph));

/** The index cachedNodeIndex gives, as comparable data: id, kind, position and the node itself. */
const entries = (byId: ReturnType<typeof cachedNodeIndex>) =>
  [...byId].map(([id, entry]) => [id, entry.kind, entry.index, entry.node]);

describe("cachedNodeIndex", () => {
  it("gives what indexNodes gives", () => {
    const graph = fresh();
    expect(entries(cachedNodeIndex(graph))).toEqual(entries(indexNodes(graph).byId));
  });

  it("reuses the index of a graph that has not changed", () => {
    const graph = fresh();
    expect(cachedNodeIndex(graph)).toBe(cachedNodeIndex(graph));
  });

  const changes: [string, (graph: NewsGraph) => void][] = [
    [
      "a node's id is changed in place",
      (graph) => {
        const actor = graph.actors[0];
        if (actor) actor.id = "renamed-actor";
      },
    ],
    [
      "a node is replaced by another",
      (graph) => {
        const place = graph.places[0];
        if (place) graph.places[0] = { ...place, name: "Elsewhere" };
      },
    ],
    [
      "a node is inserted before others",
      (graph) => {
        const place = graph.places[0];
        if (place) graph.places.unshift({ ...place, id: "new-place" });
      },
    ],
    [
      "a node is removed",
      (graph) => {
        graph.events.pop();
      },
    ],
    [
      "an earlier node takes the id of a later one",
      (graph) => {
        const article = graph.articles[0];
        const actor = graph.actors[1];
        if (article && actor) article.id = actor.id;
      },
    ],
  ];
  for (const [what, change] of changes) {
    it(`follows the graph when ${what}`, () => {
      const graph = fresh();
      cachedNodeIndex(graph);
      change(graph);
      expect(entries(cachedNodeIndex(graph))).toEqual(entries(indexNodes(graph).byId));
    });
  }

  it("lets articleJsonLd write, after a change, what it writes for a copy it has never seen", () => {
    const graph = fresh();
    const articleId = graph.articles[0]?.id ?? "";
    articleJsonLd(graph, articleId);
    const claimant = graph.claims.find((claim) => claim.evidence.some((span) => span.article === articleId));
    const actor = graph.actors.find((candidate) => candidate.id === claimant?.claimant);
    if (actor === undefined) throw new Error("the fixture has no claim with evidence in its first article");
    graph.actors[graph.actors.indexOf(actor)] = { ...actor, name: "Another Name" };
    expect(articleJsonLd(graph, articleId)).toEqual(articleJsonLd(structuredClone(graph), articleId));
  });
});
