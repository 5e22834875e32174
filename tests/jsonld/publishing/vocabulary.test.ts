// The types each set of rules applies to, in step with schema.org 30.0.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { rules } from "./support";

describe("the types the rules apply to", () => {
  const vocabulary: { types: Record<string, { supertypes: string[] }> } = JSON.parse(
    readFileSync(new URL("../../support/schemaorg/vocabulary.json", import.meta.url), "utf8"),
  );
  const subtypesOf = (root: string): string[] =>
    Object.keys(vocabulary.types).filter((type) => {
      const pending = [type];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (next === root) return true;
        pending.push(...(vocabulary.types[next]?.supertypes ?? []));
      }
      return false;
    });

  test("every schema.org 30.0 subtype of Article is held to the Article rules", () => {
    const articles = subtypesOf("Article");
    expect(articles.length).toBe(19);
    for (const type of articles) expect(rules({ "@type": type })).toContain("article/headline");
  });

  test("every schema.org 30.0 subtype of Event is held to the Event rules", () => {
    const events = subtypesOf("Event");
    expect(events.length).toBe(36);
    for (const type of events) expect(rules({ "@type": type })).toContain("event/name");
  });

  test("other CreativeWorks and Things are not", () => {
    const covered = new Set([...subtypesOf("Article"), ...subtypesOf("Event"), "ClaimReview"]);
    const others = Object.keys(vocabulary.types).filter((type) => !covered.has(type));
    for (const type of others) expect(rules({ "@type": type })).toEqual([]);
  });
});
