// Bugs that the property, differential and adversarial tests found, each kept as a plain case.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  FuzzyDate,
  HttpUrl,
  isHttpUrl,
  NewsGraph,
  newsGraphJsonSchema,
  parseFuzzyDate,
  safeParseNewsGraph,
} from "../../src/index";
import { jsonLdScript, toJsonLd } from "../../src/jsonld/index";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(newsGraphJsonSchema());
const withPlace = (place: Record<string, unknown>) => ({
  format: 1,
  places: [{ id: "p", kind: "region", name: "P", ...place }],
});
const withArticle = (fields: Record<string, unknown>) => ({
  format: 1,
  articles: [
    {
      id: "a",
      url: "https://example.org/a",
      headline: "H",
      genre: "news",
      language: "en",
      datePublished: "2024",
      ...fields,
    },
  ],
});

describe("FuzzyDate in the years 0000 to 0099", () => {
  // Date.UTC reads the years 0 to 99 as 1900 to 1999, and 1900 is not a leap year; year 0000 (1 BC) is.
  it("accepts 29 February 0000, a leap year of the proleptic Gregorian calendar", () => {
    expect(FuzzyDate.safeParse("0000-02-29").success).toBe(true);
    expect(FuzzyDate.safeParse("0000-02-29T12:00Z").success).toBe(true);
    expect(parseFuzzyDate("0000-02-29")?.start).toMatchObject({ year: 0, month: 2, day: 29 });
  });

  it("still refuses 29 February in the common years 0001 and 0100, and 30 February 0000", () => {
    for (const date of ["0001-02-29", "0100-02-29", "0000-02-30"])
      expect(FuzzyDate.safeParse(date).success).toBe(false);
    expect(FuzzyDate.safeParse("0004-02-29").success).toBe(true);
  });
});

describe("HttpUrl and white space", () => {
  // They were accepted, and the JSON-LD carried URLs that schema.org's URL range refuses.
  it.each(["00A0", "2028", "2029", "3000", "200A", "FEFF", "1680"])(
    "refuses U+%s anywhere in a URL, in the check and in the JSON Schema",
    (code) => {
      const space = String.fromCharCode(Number.parseInt(code, 16));
      for (const url of [
        `https://example.org/a${space}`,
        `https://example.org/${space}b`,
        `https://exa${space}mple.org/`,
      ]) {
        expect(isHttpUrl(url)).toBe(false);
        expect(validate(withArticle({ url }))).toBe(false);
      }
    },
  );

  it("gives JSON-LD whose every URL fits schema.org's URL range", () => {
    const graph = safeParseNewsGraph(
      withArticle({ url: "https://example.org/a?q=1#top", images: [{ url: "https://example.org/😀.jpg" }] }),
    );
    if (!graph.success) throw graph.error;
    expect(checkSchemaOrgConformance(toJsonLd(graph.data)).errors).toEqual([]);
  });
});

describe("HttpUrl and lone surrogates", () => {
  // The URL parser replaces a lone surrogate with U+FFFD: a silent rewrite of the data.
  it("refuses a lone surrogate in a URL, in the check and in the JSON Schema", () => {
    for (const url of [
      "https://example.org/\udfff",
      "https://\ud800.example.org/",
      "https://example.org/a\ud83d",
    ]) {
      expect(HttpUrl.safeParse(url).success).toBe(false);
      expect(validate(withArticle({ url }))).toBe(false);
    }
  });

  it("accepts astral characters, whose surrogates come in pairs", () => {
    expect(HttpUrl.safeParse("https://example.org/😀").success).toBe(true);
    expect(validate(withArticle({ url: "https://example.org/😀" }))).toBe(true);
  });
});

describe("issues about a megabyte-long key", () => {
  const key = "k".repeat(1_000_000);

  it("quote the key in part, in the issue and in the error's message, and keep it whole in the path", () => {
    const result = safeParseNewsGraph({ format: 1, [key]: true });
    if (result.success) throw new Error("accepted");
    const [issue] = result.error.issues;
    expect(issue?.path).toEqual([key]);
    expect(issue?.message.length).toBeLessThan(300);
    expect(result.error.message.length).toBeLessThan(1000);
    expect(issue?.message).toMatch(/^unknown field "k{60}…" \(1000000 characters\)/);
  });
});

describe("shape rules the JSON Schema now states as the zod schemas do", () => {
  it.each([
    [
      "a quantity with none of value, min and max",
      { format: 1, events: [{ id: "e", name: "E", kind: "other", quantities: [{ unit: "u" }] }] },
    ],
    ["an inferred provenance without a note", withArticle({ provenance: { basis: "inferred" } })],
    ["a URL with a space", withArticle({ url: "https://exa mple.org/" })],
    ["a URL with a line feed", withArticle({ url: "https://example.org/a\nb" })],
    ["a subdivision of an unassigned country", withPlace({ subdivisionCode: "UK-ENG" })],
    ["month 13", withArticle({ datePublished: "2024-13" })],
    ["31 June", withArticle({ datePublished: "2024-06-31" })],
    ["30 February", withArticle({ datePublished: "2024-02-30" })],
    ["hour 24", withArticle({ datePublished: "2024-06-01T24:00Z" })],
    ["an offset of +15:00", withArticle({ datePublished: "2024-06-01T12:00+15:00" })],
  ])("both reject %s", (_, document) => {
    expect(NewsGraph.safeParse(document).success).toBe(false);
    expect(validate(document)).toBe(false);
  });

  it("both accept what is valid near those edges", () => {
    for (const document of [
      {
        format: 1,
        events: [{ id: "e", name: "E", kind: "other", quantities: [{ max: 5000, unit: "soldiers" }] }],
      },
      withArticle({ provenance: { basis: "stated" }, datePublished: "2024-02-29T23:59:59.999+14:00" }),
      withArticle({
        provenance: { basis: "external", note: "From the agency." },
        datePublished: "2024-12-31/..",
      }),
      withPlace({ subdivisionCode: "RU-KRS" }),
    ]) {
      expect(NewsGraph.safeParse(document).success).toBe(true);
      expect(validate(document)).toBe(true);
    }
  });
});

describe("jsonLdScript over a graph's output", () => {
  it("keeps a headline of markup and line separators inside the element", () => {
    const graph = safeParseNewsGraph(withArticle({ headline: "</script><!--\u2028\u2029&" }));
    if (!graph.success) throw graph.error;
    const element = jsonLdScript(toJsonLd(graph.data));
    expect(element.indexOf("</script>")).toBe(element.length - "</script>".length);
    expect(element).not.toMatch(/<!--|\u2028|\u2029/);
  });
});
