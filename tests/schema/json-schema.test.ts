import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { NEWSGRAPH_SCHEMA_ID, newsGraphJsonSchema } from "../../src/index";

const example = {
  format: 1,
  articles: [
    {
      id: "an-article",
      url: "https://example.org/an-article",
      headline: "A headline",
      genre: "news",
      language: "en-GB",
      datePublished: "2024-10-28T09:00:00+01:00",
    },
  ],
  actors: [
    { id: "nato", kind: "intergovernmental", name: "NATO", sameAs: ["https://www.wikidata.org/wiki/Q7184"] },
  ],
  claims: [
    {
      id: "a-claim",
      claimant: "nato",
      statement: "Something is so.",
      act: "asserts",
      quantities: [{ value: 1500, approximate: true, unit: "soldiers" }],
    },
  ],
};

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(newsGraphJsonSchema());
}

describe("the JSON Schema generated from the zod schemas", () => {
  it("is draft 2020-12 with the package's $id, and compiles in strict ajv", () => {
    const schema = newsGraphJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(NEWSGRAPH_SCHEMA_ID);
    expect(() => compile()).not.toThrow();
  });

  it("accepts a valid document in input form, with defaulted arrays left out", () => {
    const validate = compile();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects an unknown key, a bad id, a javascript: URL and an impossible month, each at its path", () => {
    const validate = compile();
    const bad = structuredClone(example) as Record<string, unknown> & { articles: Record<string, unknown>[] };
    bad.extra = true;
    const article = bad.articles[0] ?? {};
    article.id = "An Article";
    article.url = "javascript:alert(1)";
    article.datePublished = "2024-13-01x";
    expect(validate(bad)).toBe(false);
    const paths = new Set((validate.errors ?? []).map((error) => error.instancePath));
    expect(paths).toEqual(new Set(["", "/articles/0/id", "/articles/0/url", "/articles/0/datePublished"]));
  });

  it("carries the descriptions registered with the model's schemas", () => {
    const schema = newsGraphJsonSchema() as { $defs: Record<string, { description?: string }> };
    expect(schema.$defs.Claim?.description).toMatch(/Something an actor says is so/);
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        "NewsGraph",
        "Article",
        "Actor",
        "Claim",
        "Event",
        "Place",
        "Quantity",
        "TextSpan",
      ]),
    );
  });
});
