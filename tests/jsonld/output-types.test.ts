// The JSON-LD types (src/jsonld/output.ts) say what the serializers write, and the serializers' own types
// cannot prove it (their mappers are typed with schema-dts, which allows far more). So real output is
// written out as TypeScript literals and type-checked against JsonLdGraph: a property the types do not
// know, a value of another kind or a @type they do not list fails here.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleHerald, northKoreanTroopsInKursk } from "../../src/examples/index";
import { articleJsonLd, toJsonLd } from "../../src/jsonld/graph";
import type { NewsGraph } from "../../src/model/news-graph";
import { arbitraryNewsGraph } from "../../src/testing/index";
import { root } from "../docs/markdown";
import { type TypeProblem, typeCheck } from "../docs/type-check";
import { everyKindGraph } from "./every-kind-graph";

const workDir = join(root, ".tmp/jsonld-output-types");

const outputsOf = (name: string, graph: NewsGraph): [string, unknown][] => [
  [
    `${name}: toJsonLd`,
    toJsonLd(graph, graph.articles.length > 0 ? {} : { baseUrl: "https://example.org/g" }),
  ],
  ...graph.articles.flatMap((article): [string, unknown][] => [
    [`${name}: articleJsonLd of ${article.id}`, articleJsonLd(graph, article.id)],
    [
      `${name}: articleJsonLd of ${article.id}, graph profile`,
      articleJsonLd(graph, article.id, { profile: "graph" }),
    ],
  ]),
];

const samples = fc.sample(arbitraryNewsGraph({ withText: true }), { numRuns: 20, seed: 17 });
const outputs: [string, unknown][] = [
  ...outputsOf("every kind", everyKindGraph),
  ...outputsOf("the Kursk example", northKoreanTroopsInKursk),
  ...outputsOf("the Example Herald", exampleHerald),
  ...samples.flatMap((graph, index) => outputsOf(`arbitrary graph ${index}`, graph)),
];

// output.ts imports nothing, so the program holds little but the literals.
const asModule = (value: unknown): string =>
  `import type { JsonLdGraph } from "../../src/jsonld/output";\n\nexport const output = ${JSON.stringify(value, null, 1)} satisfies JsonLdGraph;\n`;

// Real output with one change each, to show that the check sees what it must.
const person = { "@type": "Person", "@id": "https://example.org/#a", name: "A" };
const canaries: [string, unknown][] = [
  ["an unknown property", { "@context": "https://schema.org", "@graph": [{ ...person, headline: "A" }] }],
  [
    "a @type never written",
    { "@context": "https://schema.org", "@graph": [{ ...person, "@type": "Patient" }] },
  ],
  [
    "a list where one reference is",
    { "@context": "https://schema.org", "@graph": [{ ...person, nationality: [] }] },
  ],
];

// Every @type of JsonLdNode: the 7 article genres and 10 article forms, WebPage, WebSite, Person, the 6
// organisation types, Claim, ClaimReview, Event, the 6 place types, and Thing (an event named on a page).
const TOP_LEVEL_TYPES = [
  ...["", "Analysis", "Opinion", "Reportage", "Background", "Review", "AskPublic"].map(
    (genre) => `${genre}NewsArticle`,
  ),
  ...["", "Blog", "LiveBlog", "SocialMedia", "DiscussionForum"].map((form) =>
    form ? `${form}Posting` : "Article",
  ),
  ...["Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle"],
  "WebPage",
  "WebSite",
  "Person",
  ...["", "Government", "NewsMedia"].map((kind) => `${kind}Organization`),
  "PoliticalParty",
  "Corporation",
  "NGO",
  "Claim",
  "ClaimReview",
  "Event",
  ...["Place", "Country", "AdministrativeArea", "City", "BodyOfWater", "Continent"],
  "Thing",
];

// As strict as the project, without its libraries: the literals need none, and the check takes half the time.
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

let problems = new Map<string, TypeProblem[]>();
const fileOf = (kind: string, index: number): string => join(workDir, `${kind}-${index}.ts`);

beforeAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const files = [
    ...outputs.map(([, value], index) => [fileOf("output", index), value] as const),
    ...canaries.map(([, value], index) => [fileOf("canary", index), value] as const),
  ];
  for (const [file, value] of files) writeFileSync(file, asModule(value));
  problems = typeCheck(
    files.map(([file]) => file),
    OPTIONS,
  );
}, 120_000);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("the JSON-LD the serializers write", () => {
  it(`has every type of node among its ${outputs.length} outputs`, () => {
    const graphs = outputs.map(([, value]) => value as { "@graph": { "@type": string | string[] }[] });
    const types = new Set(graphs.flatMap((graph) => graph["@graph"].flatMap((node) => node["@type"])));
    expect([...types].sort()).toEqual([...TOP_LEVEL_TYPES].sort());
  });

  it.each(outputs.map(([name], index) => [name, index] as const))("%s is a JsonLdGraph", (_, index) => {
    expect(problems.get(fileOf("output", index))).toEqual([]);
  });

  it.each(canaries.map(([name], index) => [name, index] as const))("with %s, it is not", (_, index) => {
    expect(problems.get(fileOf("canary", index))?.length).toBeGreaterThan(0);
  });
});
