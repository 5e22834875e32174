// newsgraph/testing: every arbitrary yields what the model accepts, its enumerations are the model's, and
// the entry loads neither zod nor the validators. Runs: 2000 per value arbitrary, 500 per node arbitrary.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  Actor,
  Article,
  actorKinds,
  Claim,
  CountryCode,
  countryCodes,
  Event,
  FuzzyDate,
  GeoPoint,
  HttpUrl,
  LanguageTag,
  NodeId,
  OrganizationActor,
  organizationKinds,
  PersonActor,
  Place,
  Provenance,
  parseNewsGraph,
  Quantity,
  StateActor,
  SubdivisionCode,
} from "../../src/index";
import * as testing from "../../src/testing/index";
import {
  arbitraryActor,
  arbitraryArticle,
  arbitraryClaim,
  arbitraryCountryCode,
  arbitraryDateRange,
  arbitraryEvent,
  arbitraryFuzzyDate,
  arbitraryGeoPoint,
  arbitraryHttpUrl,
  arbitraryLanguageTag,
  arbitraryNewsGraph,
  arbitraryNodeId,
  arbitraryPlace,
  arbitraryProvenance,
  arbitraryQuantity,
  arbitrarySubdivisionCode,
  arbitraryText,
} from "../../src/testing/index";
import * as vocabulary from "../../src/testing/vocabulary";
import { runs, timeout } from "../properties/support/runs";

const accepts =
  (schema: z.ZodType) =>
  (value: unknown): void => {
    const result = schema.safeParse(value);
    if (!result.success) throw new Error(`${JSON.stringify(value)}: ${z.prettifyError(result.error)}`);
  };

describe("the value arbitraries", () => {
  it.each([
    ["arbitraryNodeId", arbitraryNodeId(), NodeId],
    ["arbitraryHttpUrl", arbitraryHttpUrl(), HttpUrl],
    ["arbitraryLanguageTag", arbitraryLanguageTag(), LanguageTag],
    ["arbitraryFuzzyDate", arbitraryFuzzyDate(), FuzzyDate],
    ["arbitraryCountryCode", arbitraryCountryCode(), CountryCode],
    ["arbitrarySubdivisionCode", arbitrarySubdivisionCode(), SubdivisionCode],
    ["arbitraryQuantity", arbitraryQuantity(), Quantity],
    ["arbitraryProvenance", arbitraryProvenance(), Provenance],
    ["arbitraryGeoPoint", arbitraryGeoPoint(), GeoPoint],
  ] as [string, fc.Arbitrary<unknown>, z.ZodType][])(
    "%s yields only values the model accepts",
    (_, arbitrary, schema) => {
      fc.assert(fc.property(arbitrary, accepts(schema)), runs(2000));
    },
    timeout(20_000),
  );

  it("arbitraryFuzzyDate reaches leap days, year 0000, qualifiers, date-times at ±14:00 and open intervals", () => {
    const dates = fc.sample(arbitraryFuzzyDate(), { numRuns: 5000, seed: 1 });
    expect(dates.some((date) => /-02-29/.test(date))).toBe(true);
    expect(dates.some((date) => date.startsWith("0000"))).toBe(true);
    expect(dates.some((date) => /[~?%]/.test(date))).toBe(true);
    expect(dates.some((date) => /[+-]14:00/.test(date))).toBe(true);
    expect(dates.some((date) => date.endsWith("/.."))).toBe(true);
    expect(dates.some((date) => date.startsWith("../"))).toBe(true);
  });

  it(
    "arbitraryDateRange yields ends never before their starts",
    () => {
      fc.assert(
        fc.property(arbitraryDateRange(), ([start, end]) => {
          parseNewsGraph({ format: 1, events: [{ id: "e", name: "E", kind: "other", start, end }] });
        }),
        runs(2000),
      );
    },
    timeout(20_000),
  );

  it("arbitraryText yields astral characters, markup and, when asked, lone surrogates", () => {
    const texts = fc.sample(arbitraryText({ loneSurrogates: true, minLength: 1 }), {
      numRuns: 3000,
      seed: 2,
    });
    expect(texts.every((text) => text.length >= 1)).toBe(true);
    expect(texts.some((text) => /[\ud800-\udbff][\udc00-\udfff]/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes("</script>"))).toBe(true);
    expect(
      texts.some((text) =>
        /(?:^|[^\ud800-\udbff])[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/.test(text),
      ),
    ).toBe(true);
    const wellFormed = fc.sample(arbitraryText(), { numRuns: 3000, seed: 2 });
    expect(
      wellFormed.some((text) =>
        /(?:^|[^\ud800-\udbff])[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/.test(text),
      ),
    ).toBe(false);
  });
});

describe("the node arbitraries", () => {
  const targets = {
    articles: ["an-article"],
    actors: ["nato", "russia"],
    claims: ["a-claim"],
    events: ["a-war"],
    places: ["kursk", "russia-territory"],
    texts: new Map([["an-article", "NATO confirmed 😀 the deployment."]]),
  };
  it.each([
    ["arbitraryArticle", arbitraryArticle({ targets }), Article],
    ["arbitraryArticle with text", arbitraryArticle({ targets, withText: true }), Article],
    ["arbitraryActor", arbitraryActor({ targets }), Actor],
    ["arbitraryClaim", arbitraryClaim({ targets }), Claim],
    ["arbitraryEvent", arbitraryEvent({ targets }), Event],
    ["arbitraryPlace", arbitraryPlace({ targets }), Place],
    ["arbitraryActor without targets", arbitraryActor(), Actor],
    ["arbitraryClaim without targets", arbitraryClaim(), Claim],
  ] as [string, fc.Arbitrary<unknown>, z.ZodType][])(
    "%s yields only nodes the model accepts",
    (_, arbitrary, schema) => {
      fc.assert(fc.property(arbitrary, accepts(schema)), runs(500));
    },
    timeout(20_000),
  );

  it(
    "refers only to the targets given, anchoring evidence in the texts given",
    () => {
      const all = new Set([
        ...targets.articles,
        ...targets.actors,
        ...targets.claims,
        ...targets.events,
        ...targets.places,
      ]);
      fc.assert(
        fc.property(arbitraryClaim({ targets }), (claim) => {
          expect(all.has(claim.claimant)).toBe(true);
          for (const id of claim.about) expect(all.has(id)).toBe(true);
          for (const span of claim.evidence) {
            expect(span.article).toBe("an-article");
            expect(targets.texts.get("an-article")?.slice(span.start, span.end)).toBe(span.exact);
          }
        }),
        runs(500),
      );
    },
    timeout(20_000),
  );

  it(
    "writes fields in the order the schemas write them, so that JSON text round-trips too",
    () => {
      fc.assert(
        fc.property(arbitraryNewsGraph(), (graph) => {
          expect(JSON.stringify(parseNewsGraph(graph))).toBe(JSON.stringify(graph));
        }),
        runs(200),
      );
    },
    timeout(20_000),
  );

  it("makes graphs of every size up to maxNodes, and none larger", () => {
    const sizes = fc
      .sample(arbitraryNewsGraph({ maxNodes: 5 }), { numRuns: 300, seed: 4 })
      .map(
        (graph) =>
          graph.articles.length +
          graph.actors.length +
          graph.claims.length +
          graph.events.length +
          graph.places.length,
      );
    expect(Math.max(...sizes)).toBe(5);
    expect(Math.min(...sizes)).toBe(0);
  });

  it(
    "reaches every publisher field: policies, logos, portraits, employers, contributors, rights, paywalls",
    () => {
      const graphs = fc.sample(arbitraryNewsGraph({ maxNodes: 20 }), { numRuns: 200, seed: 9 });
      const actors = graphs.flatMap((graph) => graph.actors);
      const articles = graphs.flatMap((graph) => graph.articles);
      const people = actors.filter((actor) => actor.kind === "person");
      const organizations = actors.filter((actor) => actor.kind !== "person" && actor.kind !== "state");
      expect(
        organizations.some((actor) => actor.kind === "media" && actor.policies?.masthead !== undefined),
      ).toBe(true);
      expect(organizations.some((actor) => actor.logo !== undefined && actor.languages.length > 0)).toBe(
        true,
      );
      expect(organizations.some((actor) => actor.url !== undefined && actor.foundingDate !== undefined)).toBe(
        true,
      );
      expect(people.some((actor) => actor.worksFor.length > 0 && actor.image !== undefined)).toBe(true);
      expect(people.some((actor) => actor.url !== undefined && actor.knowsLanguage.length > 0)).toBe(true);
      expect(articles.some((article) => article.contributors.some((c) => c.role !== undefined))).toBe(true);
      expect(articles.some((article) => article.images.some((image) => image.creator !== undefined))).toBe(
        true,
      );
      expect(articles.some((article) => article.paywalledParts.length > 0)).toBe(true);
      expect(articles.some((article) => article.citations.length > 0 && article.breadcrumb.length > 0)).toBe(
        true,
      );
    },
    timeout(20_000),
  );

  it("makes graphs whose every article has a text under withText: true, and none under withText: false", () => {
    for (const graph of fc.sample(arbitraryNewsGraph({ withText: true }), { numRuns: 100, seed: 5 })) {
      for (const article of graph.articles) expect(article.text?.length).toBeGreaterThan(0);
    }
    for (const graph of fc.sample(arbitraryNewsGraph({ withText: false }), { numRuns: 100, seed: 5 })) {
      for (const article of graph.articles) expect(article.text).toBeUndefined();
    }
  });
});

describe("the testing entry", () => {
  it("draws on the model's own enumerations, and only on assigned country codes", () => {
    expect(["person", "state", ...organizationKinds].sort()).toEqual([...actorKinds].sort());
    for (const code of vocabulary.SAMPLE_COUNTRY_CODES) expect(countryCodes).toContain(code);
  });

  it("lists each node's fields for fieldProvenance in the schemas' order", () => {
    const fieldsOf = (schema: z.ZodObject) => {
      const inner = (schema.shape.fieldProvenance as z.ZodOptional<z.ZodObject>).unwrap();
      return Object.keys(inner.shape);
    };
    expect([...vocabulary.PROVENANCE_FIELDS.article]).toEqual(fieldsOf(Article));
    expect([...vocabulary.PROVENANCE_FIELDS.person]).toEqual(fieldsOf(PersonActor));
    expect([...vocabulary.PROVENANCE_FIELDS.state]).toEqual(fieldsOf(StateActor));
    expect([...vocabulary.PROVENANCE_FIELDS.organization]).toEqual(fieldsOf(OrganizationActor));
    expect([...vocabulary.PROVENANCE_FIELDS.claim]).toEqual(fieldsOf(Claim));
    expect([...vocabulary.PROVENANCE_FIELDS.event]).toEqual(fieldsOf(Event));
    expect([...vocabulary.PROVENANCE_FIELDS.place]).toEqual(fieldsOf(Place));
  });

  it("imports at run time only fast-check, its own modules and the model's zod-free enumerations", () => {
    const folder = new URL("../../src/testing/", import.meta.url);
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(new URL(file, folder), "utf8");
      for (const [statement] of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"[^"]+";/gms)) {
        if (/^import type\b/.test(statement) || /^export type\b/.test(statement)) continue;
        const from = /from\s+"([^"]+)"/.exec(statement)?.[1] ?? "";
        const allowed = from === "fast-check" || from === "../model/vocabulary" || /^\.\/[a-z-]+$/.test(from);
        expect(allowed, `${file}: ${statement}`).toBe(true);
      }
    }
    const vocabulary = readFileSync(new URL("../../src/model/vocabulary.ts", import.meta.url), "utf8");
    expect(vocabulary).not.toMatch(/^import\b/m);
  });

  it("exports arbitraryNewsGraph and an arbitrary for every kind of node and value", () => {
    expect(Object.keys(testing).sort()).toEqual([
      "arbitraryActor",
      "arbitraryArticle",
      "arbitraryClaim",
      "arbitraryCountryCode",
      "arbitraryDateRange",
      "arbitraryEvent",
      "arbitraryFuzzyDate",
      "arbitraryGeoPoint",
      "arbitraryHttpUrl",
      "arbitraryLanguageTag",
      "arbitraryNewsGraph",
      "arbitraryNodeId",
      "arbitraryPlace",
      "arbitraryProvenance",
      "arbitraryQuantity",
      "arbitrarySubdivisionCode",
      "arbitraryText",
    ]);
  });
});
