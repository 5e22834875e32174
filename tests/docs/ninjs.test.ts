// docs/ninjs.md compares the model with IPTC ninjs 3.1. The newsgraph side is checked against the model's
// schemas: every `Type.field` it names exists. The ninjs side is checked against the property paths of the
// ninjs 3.1 schema (tests/support/ninjs/properties.json, derived by scripts/compact-ninjs.ts): every path
// named exists, and every top-level ninjs property is either in the table or listed as ninjs-only, never both.
// And against newsgraph/ninjs: what the table maps is written and read, what it lists as ninjs-only is reported.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleHerald, northKoreanTroopsInKursk } from "../../src/examples/index";
import {
  Article,
  ArticleImage,
  Claim,
  Contributor,
  Correction,
  Event,
  OrganizationActor,
  PersonActor,
  Place,
  RelatedLink,
  StateActor,
} from "../../src/index";
import { fromNinjs, toNinjs } from "../../src/ninjs/index";
import { everyKindGraph } from "../jsonld/every-kind-graph";
import { readRepoFile } from "./markdown";

const guide = readRepoFile("docs/ninjs.md");
const ninjs = JSON.parse(
  readFileSync(new URL("../support/ninjs/properties.json", import.meta.url), "utf8"),
) as { topLevel: string[]; paths: string[] };

const shapes: Record<string, Record<string, unknown>> = {
  Article: Article.shape,
  ArticleImage: ArticleImage.shape,
  Claim: Claim.shape,
  Contributor: Contributor.shape,
  Correction: Correction.shape,
  Event: Event.shape,
  OrganizationActor: OrganizationActor.shape,
  PersonActor: PersonActor.shape,
  Place: Place.shape,
  RelatedLink: RelatedLink.shape,
  StateActor: StateActor.shape,
};

/** The text of a `## heading` section, up to the next one. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs/ninjs.md has no section "${heading}"`);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

/** The table's rows as [ninjs cell, newsgraph cell]. */
const rows: [string, string][] = section("Where they correspond")
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const [ninjs = "", newsgraph = ""] = line.split(" | ");
    return [ninjs, newsgraph];
  });
const ninjsInTable = rows.flatMap(([ninjs]) => codeSpans(ninjs));
const newsgraphFields = [
  ...rows.flatMap(([, newsgraph]) => codeSpans(newsgraph)),
  ...codeSpans(section("Only in newsgraph")).filter((span) => /^[A-Z]\w*\.\w+$/.test(span)),
];
const ninjsOnly = codeSpans(section("Only in ninjs"));

describe("docs/ninjs.md", () => {
  it("has a table of correspondences", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(newsgraphFields.length).toBeGreaterThanOrEqual(rows.length);
  });

  it("names only fields the model has", () => {
    const unknown = newsgraphFields.filter((name) => {
      const [type = "", field = ""] = name.split(".");
      return !(type in shapes && field in (shapes[type] ?? {}));
    });
    expect(unknown).toEqual([]);
  });

  describe("against the ninjs 3.1 schema", () => {
    const { topLevel } = ninjs;
    // A top-level property may be named bare (`plannedCoverage`) or as a path into it (`people[].uri`).
    const exists = (path: string): boolean => topLevel.includes(path) || ninjs.paths.includes(path);

    it("is read", () => {
      expect(topLevel.length).toBeGreaterThan(30);
    });

    it("names only property paths ninjs has", () => {
      expect([...ninjsInTable, ...ninjsOnly].filter((path) => !exists(path))).toEqual([]);
    });

    it("accounts for every top-level ninjs property once", () => {
      const mapped = new Set(ninjsInTable.map((path) => path.split(/[.[]/)[0]));
      expect(ninjsOnly.filter((name) => mapped.has(name))).toEqual([]);
      expect(topLevel.filter((name) => !mapped.has(name) && !ninjsOnly.includes(name))).toEqual([]);
    });
  });

  describe("against newsgraph/ninjs", () => {
    const topLevel = (path: string): string => path.split(/[.[]/)[0] ?? path;
    const mapped = [...new Set(ninjsInTable.map(topLevel))];
    // The table's rows that only the reader uses.
    const readOnly = ["title"];
    const [first, ...others] = exampleHerald.articles;
    const withText = {
      ...exampleHerald,
      articles: [{ ...(first as Article), text: "Four cables." }, ...others],
    };
    const items = [withText, northKoreanTroopsInKursk, everyKindGraph].flatMap((graph) =>
      graph.articles.map((article) => toNinjs(graph, article.id).item),
    );

    it("writes every top-level property the table maps, for one example article or another", () => {
      const written = new Set(items.flatMap((item) => Object.keys(item)));
      expect(mapped.filter((name) => !written.has(name) && !readOnly.includes(name))).toEqual([]);
    });

    it("reads every top-level property the table maps without reporting it", () => {
      const reported = items.flatMap((item) => fromNinjs(item).warnings.map((warning) => warning.path));
      expect(mapped.filter((name) => reported.includes(`$.${name}`))).toEqual([]);
      const titled = fromNinjs({
        uri: "https://example.org/a",
        title: "A",
        firstCreated: "2025-01-01T00:00:00Z",
      });
      expect(titled.graph.articles[0]?.headline).toBe("A");
    });

    it("reports every property listed only in ninjs as not read, but the type and standard it writes", () => {
      const base = {
        uri: "https://example.org/a",
        headlines: [{ value: "A" }],
        firstCreated: "2025-01-01T00:00:00Z",
      };
      const silent = ninjsOnly.filter(
        (name) =>
          !fromNinjs({ ...base, [name]: "x" }).warnings.some((warning) => warning.path === `$.${name}`),
      );
      expect(silent).toEqual(["standard"]);
      expect(fromNinjs({ ...base, type: "text", standard: { name: "ninjs" } }).warnings).toEqual([]);
    });
  });
});
