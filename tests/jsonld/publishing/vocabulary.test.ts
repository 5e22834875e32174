// The types each set of rules applies to, in step with schema.org 30.0.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  ORGANIZATION_TYPES,
  PAYWALLED_TYPES,
  PERSON_TYPES,
  WEB_PAGE_ELEMENT_TYPES,
  WEB_PAGE_TYPES,
} from "../../../src/jsonld/publishing/vocabulary";
import { article, rules } from "./support";

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

  test("Person, Organization, WebPage and WebPageElement: each set holds the type and all its subtypes", () => {
    const sorted = (set: ReadonlySet<string>) => [...set].sort();
    expect(sorted(PERSON_TYPES)).toEqual(subtypesOf("Person").sort());
    expect(sorted(ORGANIZATION_TYPES)).toEqual(subtypesOf("Organization").sort());
    expect(sorted(WEB_PAGE_TYPES)).toEqual(subtypesOf("WebPage").sort());
    expect(sorted(WEB_PAGE_ELEMENT_TYPES)).toEqual(subtypesOf("WebPageElement").sort());
    for (const type of PAYWALLED_TYPES) expect(subtypesOf("CreativeWork")).toContain(type);
  });

  test("every subtype of Organization and Person is accepted as an author", () => {
    for (const type of [...subtypesOf("Organization"), ...subtypesOf("Person")]) {
      expect(rules(article({ author: { "@type": type, name: "A", url: "https://example.org/a" } }))).toEqual(
        [],
      );
    }
  });

  test("other CreativeWorks and Things are not held to any rule, even when marked as not free", () => {
    const covered = new Set([
      ...subtypesOf("Article"),
      ...subtypesOf("Event"),
      "ClaimReview",
      "BreadcrumbList",
    ]);
    const others = Object.keys(vocabulary.types).filter((type) => !covered.has(type));
    for (const type of others) expect(rules({ "@type": type })).toEqual([]);
    const works = new Set([...PAYWALLED_TYPES, ...WEB_PAGE_TYPES]);
    for (const type of others.filter((other) => !works.has(other))) {
      expect(rules({ "@type": type, isAccessibleForFree: false })).toEqual([]);
    }
  });
});
