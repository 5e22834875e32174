import { describe, expect, it } from "vitest";
import { indexNodes } from "../../src/graph/node-index";
import { parseNewsGraph } from "../../src/index";
import { fullGraph } from "../model/full-graph";

describe("indexNodes", () => {
  it("indexes every node by id with its kind and position", () => {
    const { byId, duplicates } = indexNodes(parseNewsGraph(fullGraph));
    const count = ["articles", "actors", "claims", "events", "places"] as const;
    expect(byId.size).toBe(count.reduce((sum, key) => sum + fullGraph[key].length, 0));
    expect(duplicates).toEqual([]);
    expect(byId.get("kursk-region")).toMatchObject({ kind: "place", index: 1 });
    expect(byId.get("nato")).toMatchObject({ kind: "actor", index: 4, node: { name: "NATO" } });
  });

  it("keeps the first node of an id and lists the later ones as duplicates", () => {
    const node = (id: string) => ({ id, kind: "city" as const, name: id, alternateNames: [], sameAs: [] });
    const { byId, duplicates } = indexNodes({
      articles: [],
      actors: [],
      claims: [],
      events: [],
      places: [node("a"), node("b"), node("a"), node("a")],
    });
    expect(byId.get("a")?.index).toBe(0);
    expect(duplicates.map(({ index, id, first }) => [index, id, first.index])).toEqual([
      [2, "a", 0],
      [3, "a", 0],
    ]);
  });

  it("keeps ids named like Object members apart from the prototype", () => {
    const { byId } = indexNodes({ articles: [], actors: [], claims: [], events: [], places: [] });
    expect(byId.get("constructor")).toBeUndefined();
  });
});
