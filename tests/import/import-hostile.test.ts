// The importer under input built to mislead it: names that Object.prototype also has, object graphs built in
// code (shared and cyclic), URLs the model refuses, copies of one article, remapped context terms.
import { describe, expect, it } from "vitest";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { article, importValid, lines, schemaOrg } from "./import-support";

const PROTOTYPE_NAMES = [
  "toString",
  "constructor",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__proto__",
];

/** An object with an own property of each name, as JSON.parse makes it (an own `__proto__` included). */
const withOwn = (names: readonly string[], value: (name: string) => unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(Object.fromEntries(names.map((name) => [name, value(name)])))) as never;

describe("names that Object.prototype also has", () => {
  it("are not participant roles of an event: no actor is made, and each is reported as not mapped", () => {
    const event = {
      "@context": schemaOrg,
      "@type": "Event",
      name: "Summit",
      ...withOwn(PROTOTYPE_NAMES, (name) => `Injected by ${name}`),
    };
    // JSON.stringify drops an own __proto__ written in an object literal, so it is added as JSON.parse adds it.
    const input = JSON.parse(`${JSON.stringify(event).slice(0, -1)},"__proto__":"Injected"}`);
    const { graph, warnings } = importValid(input);
    expect(graph.actors).toEqual([]);
    expect(graph.events[0]?.participants).toEqual([]);
    for (const name of PROTOTYPE_NAMES)
      expect(lines(warnings)).toContain(`${pathOf(name)}: the property ${name} of Event is not mapped`);
  });

  it("are not types: a node typed constructor or __proto__ is reported as unmapped, not read", () => {
    const input = [
      { "@context": schemaOrg, "@type": "constructor", name: "A" },
      { "@context": schemaOrg, "@type": "__proto__", name: "B" },
      { "@context": schemaOrg, "@type": "toString", name: "C" },
    ];
    const { graph, warnings } = importValid(input);
    expect(graph).toMatchObject({ articles: [], actors: [], claims: [], events: [], places: [] });
    expect(lines(warnings)).toEqual([
      "$[0]: the type constructor is not mapped; the node is dropped",
      "$[1]: the type __proto__ is not mapped; the node is dropped",
      "$[2]: the type toString is not mapped; the node is dropped",
    ]);
  });
});

function pathOf(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `$.${name}` : `$[${JSON.stringify(name)}]`;
}

describe("fromJsonLd never reads the prototype for a name", () => {
  it("gives the same graph whether or not the names are present", () => {
    const plain = fromJsonLd({ "@context": schemaOrg, "@type": "Event", name: "Summit" }).graph;
    const polluted = fromJsonLd({
      "@context": schemaOrg,
      "@type": "Event",
      name: "Summit",
      ...withOwn(PROTOTYPE_NAMES.slice(0, -1), () => ({ "@type": "Person", name: "Injected" })),
    }).graph;
    expect(polluted).toEqual(plain);
  });
});

describe("URLs: the importer keeps only what the model accepts", () => {
  it.each([
    ["U+00A0", "\u00a0"],
    ["U+2028", "\u2028"],
    ["U+FEFF", "\ufeff"],
    ["U+3000", "\u3000"],
    ["a lone surrogate", "\ud800"],
    ["a tab", "\t"],
  ])("drops, and reports, an absolute or relative URL holding %s", (_, character) => {
    const url = `https://example.org/news/a${character}b`;
    const { graph, warnings } = importValid(
      article({
        "@id": "https://example.org/news/storm",
        url,
        image: `/images/a${character}b.jpg`,
        author: { "@type": "Person", name: "Ana", sameAs: url },
      }),
    );
    expect(graph.articles.map((item) => item.url)).toEqual(["https://example.org/news/storm"]);
    expect(graph.articles[0]?.images).toEqual([]);
    expect(graph.actors[0]?.sameAs).toEqual([]);
    const dropped = lines(warnings).filter((line) => line.endsWith("; dropped"));
    expect(dropped.map((line) => line.split(":")[0])).toEqual(["$.url", "$.image", "$.author.sameAs"]);
  });
});

describe("two articles with one url", () => {
  const copy = (id: string, fields: Record<string, unknown>) => article({ "@id": id, ...fields });

  it("are one article: the copies are merged, and their disagreements reported", () => {
    const input = [
      copy("https://example.org/news/storm#article", { author: { "@type": "Person", name: "Ana" } }),
      copy("https://example.org/news/storm#main", { headline: "Storm shuts the pass", wordCount: 300 }),
      // A third copy without @id, whose url comes from the baseUrl.
      article({ url: undefined, description: "The pass is closed." }),
    ];
    const { graph, warnings } = importValid(input, { baseUrl: "https://example.org/news/storm" });
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]).toMatchObject({
      headline: "Storm closes mountain pass",
      description: "The pass is closed.",
      authors: ["ana"],
    });
    const label = 'the article with the url "https://example.org/news/storm"';
    expect(lines(warnings)).toEqual(
      expect.arrayContaining([
        `$[1].headline: ${label} is also defined at $[0] with a different headline; the first value is kept`,
        `$[1]: ${label} is defined again here (first at $[0]); its copies were merged into one node (wordCount taken from here)`,
        `$[2]: ${label} is defined again here (first at $[0]); its copies were merged into one node (description taken from here)`,
      ]),
    );
  });

  it("are one article for a reference to either @id", () => {
    const claim = {
      "@context": schemaOrg,
      "@type": "Claim",
      text: "The pass is closed.",
      author: { "@type": "Person", name: "Ana" },
      appearance: { "@id": "https://example.org/news/storm#main" },
    };
    const input = [
      copy("https://example.org/news/storm#article", {}),
      copy("https://example.org/news/storm#main", {}),
      claim,
    ];
    const { graph } = importValid(input);
    expect(graph.articles).toHaveLength(1);
    expect(graph.claims).toHaveLength(1);
  });
});

describe("term definitions in @context", () => {
  const remapped = (context: unknown, fields: Record<string, unknown> = {}) =>
    article({ "@context": context, headline: "Not a headline", name: "The name", ...fields });

  it.each([
    ["a string", { headline: "https://other.example/ns#title" }],
    ["an expanded definition", { headline: { "@id": "https://other.example/ns#title" } }],
    ["a compact IRI of a prefix it defines", { o: "https://other.example/ns#", headline: "o:title" }],
  ])(
    "do not read a schema.org term remapped to another vocabulary by %s as schema.org's",
    (_, definitions) => {
      const { graph, warnings } = importValid(remapped(["https://schema.org", definitions]));
      expect(graph.articles[0]?.headline).toBe("The name");
      expect(lines(warnings)).toContain(
        '$.headline: headline is not a schema.org term: the @context maps it to "https://other.example/ns#title"; not mapped',
      );
    },
  );

  it("read a term of their own that they map to schema.org as schema.org's", () => {
    const input = remapped([{ "@vocab": "https://schema.org/", titel: "https://schema.org/headline" }], {
      headline: undefined,
      titel: "Sturm",
    });
    expect(importValid(input).graph.articles[0]?.headline).toBe("Sturm");
  });

  it("apply to the node that holds them and to what is nested in it, not to the nodes beside it", () => {
    const own = { "@vocab": "https://schema.org/", name: "https://other.example/ns#label" };
    const input = [
      article({ author: { "@type": "Person", name: "Ana" }, "@context": ["https://schema.org", own] }),
      article({ "@id": "#second", url: "https://example.org/b", author: { "@type": "Person", name: "Ben" } }),
    ];
    const { graph, warnings } = importValid(input);
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ben"]);
    expect(lines(warnings)).toEqual([
      "$[0].author: Person not imported: it has no name, which the model requires",
      "$[0].author: the author refers to a node that could not be imported ($[0].author); the reference is dropped",
    ]);
  });

  it("give way to schema.org's context written after them, and to a null", () => {
    const own = { headline: "https://other.example/ns#title" };
    for (const context of [
      [own, "https://schema.org"],
      [own, null, { "@vocab": "https://schema.org/" }],
    ])
      expect(importValid(remapped(context)).graph.articles[0]?.headline).toBe("Not a headline");
  });

  it("map a type elsewhere too: a NewsArticle of another vocabulary is not an article", () => {
    const input = article({
      "@context": ["https://schema.org", { NewsArticle: "https://other.example/ns#Story" }],
    });
    const { graph, warnings } = importValid(input);
    expect(graph.articles).toEqual([]);
    expect(lines(warnings)).toEqual([
      "$: the type https://other.example/ns#Story is not mapped; the node is dropped",
    ]);
  });

  it("report a term defined as nothing, and a definition that is not an IRI", () => {
    const input = remapped(["https://schema.org", { headline: null, keywords: 42 }]);
    const { graph, warnings } = importValid(input);
    expect(graph.articles[0]?.headline).toBe("The name");
    expect(lines(warnings)).toEqual(
      expect.arrayContaining([
        '$["@context"][1].keywords: expected the term\'s IRI (a string or { "@id": … }), found 42; ignored',
        "$.headline: headline is defined as nothing (null) by the @context; not mapped",
      ]),
    );
  });
});

describe("more members or items than a function call takes arguments", () => {
  // A spread into push passes every element as an argument: about 130,000 overflow the stack.
  const many = 150_000;

  it("an @graph of that many members is read, not reported unreadable", { timeout: 60_000 }, () => {
    const input = { "@context": schemaOrg, "@graph": [article(), ...Array.from({ length: many }, () => 1)] };
    const { graph, warnings } = fromJsonLd(input);
    expect(graph.articles).toHaveLength(1);
    expect(warnings.filter((warning) => warning.message.includes("could not be read"))).toEqual([]);
  });

  it("a keywords list of that many items is read whole", () => {
    const { graph } = importValid({ ...article(), keywords: "news,".repeat(many) });
    expect(graph.articles[0]?.keywords).toHaveLength(many);
  });
});

describe("what an @graph holds besides nodes", () => {
  it("is reported, each item at its path, never dropped in silence", () => {
    const { graph, warnings } = fromJsonLd({ "@context": schemaOrg, "@graph": [article(), 7, "text", true] });
    expect(graph.articles).toHaveLength(1);
    expect(lines(warnings)).toEqual(
      expect.arrayContaining([
        '$["@graph"][1]: expected a JSON-LD node in the @graph, found 7; ignored',
        '$["@graph"][2]: expected a JSON-LD node in the @graph, found "text"; ignored',
        '$["@graph"][3]: expected a JSON-LD node in the @graph, found true; ignored',
      ]),
    );
  });
});
