// The importer keeps zod-free copies of the model's string rules and makes ids itself; these tests keep the
// copies in step with the model and check that every id it makes is one the model accepts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allocateId, idCandidates, newAllocation, slugify } from "../../src/import/jsonld/ids";
import { isCountryCode, isLanguageTag, isNodeId, isSubdivisionCode } from "../../src/import/jsonld/syntax";
import { CountryCode, countryCodes, SubdivisionCode } from "../../src/model/country-code";
import { LanguageTag } from "../../src/model/language-tag";
import { NodeId } from "../../src/model/node-id";
import { arbitraryLanguageTag, arbitraryNodeId } from "../../src/testing/index";
import { runs } from "../properties/support/runs";
import { importValid, type Json, schemaOrg } from "./import-support";

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[a-zA-Z]{1,9}(?:-[a-zA-Z0-9]{1,9}){0,4}$/),
  fc.webUrl(),
  fc.constantFrom(
    "https://example.org/a b",
    "javascript:alert(1)",
    "//example.org",
    "HTTP://X",
    "en-GB",
    "english",
  ),
);

describe("the importer's copies of the model's string rules agree with the model", () => {
  test("BCP 47 language tags", () => {
    fc.assert(
      fc.property(fc.oneof(strings, arbitraryLanguageTag()), (value) => {
        expect(isLanguageTag(value)).toBe(LanguageTag.safeParse(value).success);
      }),
      runs(1000),
    );
  });

  test("country and subdivision codes", () => {
    const letters = fc.stringMatching(/^[A-Z]{2}(?:-[A-Z0-9]{1,4})?$/);
    fc.assert(
      fc.property(fc.oneof(strings, letters), (value) => {
        expect(isCountryCode(value)).toBe(CountryCode.safeParse(value).success);
        expect(isSubdivisionCode(value)).toBe(SubdivisionCode.safeParse(value).success);
      }),
      runs(1000),
    );
    expect(countryCodes.every(isCountryCode)).toBe(true);
  });

  test("node ids", () => {
    fc.assert(
      fc.property(fc.oneof(strings, arbitraryNodeId()), (value) => {
        expect(isNodeId(value)).toBe(NodeId.safeParse(value).success);
      }),
      runs(1000),
    );
  });
});

describe("ids the importer makes", () => {
  test("a slug is empty or a valid node id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const slug = slugify(text);
        expect(slug === "" || NodeId.safeParse(slug).success).toBe(true);
      }),
      runs(1000),
    );
  });

  test("slugs drop accents and apostrophes, and keep letters NFKD cannot take apart", () => {
    expect(slugify("Zoë Ångström-Øberg")).toBe("zoe-angstrom-oberg");
    expect(slugify("The city's Straße, Łódź")).toBe("the-citys-strasse-lodz");
    expect(slugify("Курск")).toBe("");
  });

  test("given ids are valid and unique, however long or taken the candidates are", () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryNodeId(), { maxLength: 3 }), { maxLength: 30 }), (lists) => {
        const allocation = newAllocation();
        const given = lists.map((candidates) => allocateId(candidates, allocation));
        expect(new Set(given).size).toBe(given.length);
        for (const id of given) expect(NodeId.safeParse(id).success).toBe(true);
      }),
      runs(300),
    );
    const long = "a".repeat(200);
    const allocation = newAllocation();
    expect([long, long, long].map((id) => allocateId([id], allocation))).toEqual([
      long,
      `${"a".repeat(198)}-2`,
      `${"a".repeat(198)}-3`,
    ]);
  });

  test("a fragment that is a slug is kept as written for any node but an article", () => {
    const sources = { iri: "https://example.org/page#organization", name: "Example Daily", kind: "actor" };
    expect(idCandidates(sources, false)).toEqual({
      candidates: ["organization", "example-daily"],
      exact: true,
    });
    expect(idCandidates({ ...sources, kind: "article" }, true)).toEqual({
      candidates: ["page", "example-daily"],
      exact: false,
    });
  });

  test("a fragment of an id, / and a number from 2 (newsgraph's name for a node whose #id another has) keeps the id", () => {
    const sources = { iri: "https://example.org/page#nato/2", name: "NATO", kind: "actor" };
    expect(idCandidates(sources, false)).toEqual({ candidates: ["nato", "2"], exact: true });
    expect(idCandidates({ ...sources, iri: "https://example.org/page#nato/1" }, false).exact).toBe(false);
    expect(idCandidates({ ...sources, iri: "https://example.org/page#Nato/2" }, false).exact).toBe(false);
  });

  test("a fragment names a type only when it is the node's own: an organisation at its url and #person is person", () => {
    const node = (type: string, fragment: string) => ({
      "@context": schemaOrg,
      "@type": type,
      "@id": `https://example.org/#${fragment}`,
      name: "Example Daily",
      url: "https://example.org/",
    });
    const ids = (document: Json) => importValid(document).graph.actors.map((actor) => actor.id);
    expect(ids(node("Organization", "person"))).toEqual(["person"]);
    expect(ids(node("Person", "organization"))).toEqual(["organization"]);
    expect(ids(node("Organization", "organization"))).toEqual(["example-daily"]);
    expect(ids(node("Person", "person"))).toEqual(["example-daily"]);
  });
});
