// The Kursk example's page, as a site following the README would ship it: what search engines use and nothing
// their rich-result rules reject, small enough for every page; the knowledge graph one option away.
import { describe, expect, it } from "vitest";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples";
import { articleJsonLd, checkPublishing, jsonLdScript, toJsonLd } from "../../src/jsonld/index";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";

type Json = Record<string, unknown>;

const page = articleJsonLd(northKoreanTroopsInKursk, KURSK_ARTICLE_ID);
const knowledge = articleJsonLd(northKoreanTroopsInKursk, KURSK_ARTICLE_ID, { profile: "graph" });
const typesOf = (document: { "@graph": readonly unknown[] }): string[] =>
  (document["@graph"] as Json[]).map((node) => String(node["@type"]));

describe("the Kursk example's page", () => {
  it("has no error by Google's rules: its only findings are what the source does not state", () => {
    const findings = checkPublishing(page);
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    // The seed states no author, no exact date and no image (see the example's provenance notes).
    expect(findings.map((finding) => `${finding.severity} ${finding.rule}`)).toEqual([
      "warning article/author",
      "warning article/date-published",
      "warning article/date-modified",
      "warning article/image",
    ]);
  });

  it("holds no node of a type a rich-result rule would reject: its events are Things, named", () => {
    const types = new Set(typesOf(page));
    expect([...types].sort()).toEqual([
      "AdministrativeArea",
      "City",
      "GovernmentOrganization",
      "OpinionNewsArticle",
      "Organization",
      "Person",
      "Thing",
      "WebPage",
    ]);
  });

  it("conforms to the schema.org vocabulary", () => {
    expect(checkSchemaOrgConformance(page).errors).toEqual([]);
  });

  it("fits in a <script> element of at most 8,000 bytes (34,517 with the whole knowledge graph)", () => {
    expect(Buffer.byteLength(jsonLdScript(page))).toBeLessThanOrEqual(8_000);
    expect(Buffer.byteLength(jsonLdScript(knowledge))).toBeGreaterThan(30_000);
  });

  it("keeps the whole knowledge graph one option away, conforming too: events, claims, roles", () => {
    const types = typesOf(knowledge);
    expect(types.filter((type) => type === "Claim")).toHaveLength(northKoreanTroopsInKursk.claims.length);
    expect(types).toContain("Event");
    expect(checkSchemaOrgConformance(knowledge).errors).toEqual([]);
    expect(checkSchemaOrgConformance(toJsonLd(northKoreanTroopsInKursk)).errors).toEqual([]);
  });
});
