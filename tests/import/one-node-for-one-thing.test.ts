// Actors written in place again and again (one publisher on every article of a page) are one actor.
import { describe, expect, test } from "vitest";
import { hostileJsonLd } from "../adversarial/hostile-inputs";
import { article, importValid, lines, schemaOrg } from "./import-support";

const courier = { "@type": "Organization", name: "The Courier", url: "https://example.org/" };

describe("actors without @id", () => {
  test("the same types, name and url on every article are one actor, each copy reported", () => {
    const { graph, warnings } = importValid([
      article({ publisher: courier }),
      article({ url: "https://example.org/b", publisher: { ...courier } }),
      article({ url: "https://example.org/c", publisher: { ...courier, name: "the  courier" } }),
    ]);
    expect(graph.actors.map(({ id, name }) => `${id}: ${name}`)).toEqual(["the-courier: The Courier"]);
    expect(graph.articles.map((node) => node.publisher)).toEqual([
      "the-courier",
      "the-courier",
      "the-courier",
    ]);
    expect(lines(warnings)).toEqual([
      '$[1].publisher: the Organization "The Courier" is defined again here (first at $[0].publisher); its copies were merged into one node (nothing new here)',
      '$[2].publisher.name: the Organization "the  courier" is also defined at $[0].publisher with a different name; the first value is kept',
      '$[2].publisher: the Organization "the  courier" is defined again here (first at $[0].publisher); its copies were merged into one node (nothing new here)',
    ]);
  });

  test("names with no url on either side are one actor; a url on one side only, or different urls, are two", () => {
    const person = (fields: Record<string, unknown> = {}) => ({
      "@type": "Person",
      name: "Ana Lima",
      ...fields,
    });
    const merged = importValid([
      article({ author: person() }),
      article({ url: "https://example.org/b", author: person() }),
    ]);
    expect(merged.graph.actors).toHaveLength(1);
    const apart = importValid([
      article({ author: person() }),
      article({ url: "https://example.org/b", author: person({ url: "https://example.org/ana" }) }),
      article({ url: "https://example.org/c", author: person({ url: "https://example.org/other-ana" }) }),
    ]);
    expect(apart.graph.actors.map((actor) => actor.id)).toEqual(["ana-lima", "ana-lima-2", "ana-lima-3"]);
  });

  test("a copy without @id joins the node with an @id that it matches, wherever that stands", () => {
    const { graph } = importValid([
      article({ publisher: courier }),
      { "@context": schemaOrg, "@id": "https://example.org/#org", ...courier },
    ]);
    expect(graph.actors.map(({ id }) => id)).toEqual(["org"]);
    expect(graph.articles[0]?.publisher).toBe("org");
  });

  test("different types, or two @ids, stay apart", () => {
    const { graph } = importValid([
      article({ author: { ...courier, "@type": "NewsMediaOrganization" }, publisher: courier }),
      {
        "@context": schemaOrg,
        "@graph": [
          { "@type": "Person", "@id": "#a", name: "Ana Lima" },
          { "@type": "Person", "@id": "#b", name: "Ana Lima" },
        ],
      },
    ]);
    expect(graph.actors.map(({ id, kind }) => `${id} ${kind}`)).toEqual([
      "the-courier media",
      "the-courier-2 organization",
      "a person",
      "b person",
    ]);
  });
});

describe("a page's documents", () => {
  test("a script whose JSON is an array gives its nodes as top-level nodes, with no warning that the array was ignored", () => {
    const { graph, warnings } = importValid([
      [article(), { "@context": schemaOrg, "@type": "Person", name: "Ana Lima" }],
      article({ url: "https://example.org/b" }),
    ]);
    expect(graph.articles).toHaveLength(2);
    expect(graph.actors.map(({ name }) => name)).toEqual(["Ana Lima"]);
    expect(warnings).toEqual([]);
    const bare = importValid([[{ "@type": "Person", name: "Bo" }]]);
    expect(lines(bare.warnings)).toEqual([
      "$[0][0]: no @context: read as schema.org, the only vocabulary the importer knows",
    ]);
  });
});

describe("the scaling bench's shapes", () => {
  const shapes = new Map(hostileJsonLd(500).map(({ name, value }) => [name, value]));
  const read = (name: string) => importValid(shapes.get(name)).graph;

  test("n articles with one publisher in place give one publisher", () => {
    const graph = read("n articles with one publisher written in place");
    expect(graph.articles).toHaveLength(500);
    expect(graph.actors).toHaveLength(1);
  });

  test("n people of one name with different urls stay n people", () => {
    expect(read("n people of one name with different urls").actors).toHaveLength(500);
  });

  test("a live blog of n updates gives n + 1 articles, each at its own address", () => {
    const graph = read("a live blog of n updates without urls");
    expect(graph.articles).toHaveLength(501);
    expect(new Set(graph.articles.map((node) => node.url)).size).toBe(501);
    expect(graph.articles[0]?.updates).toHaveLength(500);
  });

  test("a claim with n appearances keeps them all", () => {
    expect(read("a claim with n appearances").claims[0]?.appearances).toHaveLength(500);
  });
});
