// The model diagram in the docs, read back as data: each arrow says which field of which kind of node
// refers to which kinds of node. The test compares that with the references the validator checks.
import { forEachReference } from "../../src/graph/references";
import { fullGraph } from "../model/full-graph";

const KINDS = ["Article", "Actor", "Claim", "Event", "Place"] as const;

const COLLECTIONS: Record<string, string> = {
  articles: "Article",
  actors: "Actor",
  claims: "Claim",
  events: "Event",
  places: "Place",
};

/** `Claim.evidence[].article → Article` */
export type Arrow = string;

/** The arrows a diagram draws: `Claim ──evidence[].article──▶ Article`, one per field and target. */
export function arrowsOfDiagram(diagram: string): { arrows: Set<Arrow>; unread: string[] } {
  const arrows = new Set<Arrow>();
  const unread: string[] = [];
  for (const line of diagram.split("\n")) {
    if (!line.includes("▶")) continue;
    const match = /^\s*(\w+)\s+─+(.+?)─+▶\s+(\w+(?:\s*\|\s*\w+)*)(?:\s+\(.*\))?\s*$/.exec(line);
    const [, from = "", labels = "", targets = ""] = match ?? [];
    if (match === null || !KINDS.includes(from as (typeof KINDS)[number])) {
      unread.push(line);
      continue;
    }
    const fields = labels.split(",").map((label) => label.replace(/\(.*?\)/g, "").trim());
    const kinds = targets
      .split("|")
      .map((kind) => kind.trim())
      .sort();
    for (const field of fields) arrows.add(`${from}.${field} → ${kinds.join(" | ")}`);
  }
  return { arrows, unread };
}

/** The references the validator checks, as arrows, taken from a document that fills every field. */
export function arrowsOfModel(): Set<Arrow> {
  const arrows = new Set<Arrow>();
  forEachReference(fullGraph, ({ path, allowed }) => {
    const [collection = "", , ...rest] = path;
    let field = "";
    rest.forEach((segment, index) => {
      if (typeof segment === "number") {
        if (index < rest.length - 1) field += "[]";
      } else field += field === "" ? segment : `.${segment}`;
    });
    const kinds = allowed.map((kind) => kind[0]?.toUpperCase() + kind.slice(1)).sort();
    arrows.add(`${COLLECTIONS[collection]}.${field} → ${kinds.join(" | ")}`);
  });
  return arrows;
}
