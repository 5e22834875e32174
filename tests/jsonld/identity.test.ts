// Distinct nodes get distinct @ids: each way two nodes' naming rules can meet, the node that keeps the @id,
// the one that gives way, and the references that follow it.
import { describe, expect, test } from "vitest";
import { articleJsonLd, toJsonLd } from "../../src/jsonld/index";
import type { NewsGraph } from "../../src/model/news-graph";
import { parseNewsGraph } from "../../src/validate/parse";
import { article, claim, event, graph, organization, person, place } from "../model/support";

type Json = Record<string, unknown>;
type Document = { "@graph": readonly unknown[] };

const PAGE = "https://news.example.org/live";
const PROFILE = "https://news.example.org/staff/ana";
const HOME = "https://news.example.org/";

const nodesOf = (document: Document): Json[] => document["@graph"] as Json[];
const idsOf = (document: Document): unknown[] => nodesOf(document).map((node) => node["@id"]);

/** The node with this `@id` and type; fails the test when there is none, or more than one. */
function node(document: Document, id: string, type?: string): Json {
  const found = nodesOf(document).filter(
    (candidate) => candidate["@id"] === id && (type === undefined || candidate["@type"] === type),
  );
  expect(
    found.map((candidate) => candidate["@type"]),
    `nodes with the @id ${id}`,
  ).toHaveLength(1);
  return found[0] as Json;
}

/** Asserts that no two nodes of the document share an @id. */
function expectDistinct(document: Document): void {
  const ids = idsOf(document);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
}

const valid = (collections: Parameters<typeof graph>[0]): NewsGraph =>
  parseNewsGraph(graph(collections)) as NewsGraph;

/**
 * An article published by The Herald, and Herald Group listed before it at the same home page (a graph the
 * validator refuses, made from a valid one).
 */
function sharedHomePage(articleFields: Record<string, unknown> = {}): NewsGraph {
  const source = valid({
    articles: [article({ url: PAGE, publisher: "herald", ...articleFields })],
    actors: [
      organization({
        id: "herald-group",
        kind: "company",
        name: "Herald Group",
        url: "https://group.example/",
      }),
      organization({ id: "herald", kind: "media", name: "The Herald", url: HOME }),
    ],
  });
  (source.actors[0] as { url?: string }).url = HOME;
  return source;
}

/** Every output the graph has: the whole graph, and each article's page in both profiles. */
function outputs(source: NewsGraph): Document[] {
  return [
    toJsonLd(source),
    ...source.articles.flatMap((item) => [
      articleJsonLd(source, item.id),
      articleJsonLd(source, item.id, { profile: "graph" }),
    ]),
  ];
}

describe("an article's url", () => {
  test("two articles at one url (refused by the validator): the first keeps it, the second takes the base URL and its id, and each claim refers to both apart", () => {
    const source = valid({
      articles: [article({ id: "first", url: PAGE }), article({ id: "second", url: `${PAGE}/2` })],
      actors: [organization()],
      claims: [claim({ appearances: [{ article: "first" }, { article: "second" }] })],
    });
    (source.articles[1] as NewsGraph["articles"][number]).url = PAGE;
    for (const output of outputs(source)) expectDistinct(output);
    const whole = toJsonLd(source);
    expect(node(whole, PAGE, "NewsArticle").headline).toBe("North Korean troops in Kursk");
    expect(node(whole, `${PAGE}#second`, "NewsArticle").url).toBe(PAGE);
    expect(node(whole, `${PAGE}#a-claim`).appearance).toEqual([{ "@id": PAGE }, { "@id": `${PAGE}#second` }]);
  });

  test("an article at the base URL, # and another node's id keeps it; the node takes /2, and every reference follows", () => {
    const source = valid({
      articles: [
        article({ id: "live", url: PAGE, authors: ["nato"] }),
        article({ id: "update", url: `${PAGE}#nato`, authors: ["nato"] }),
      ],
      actors: [organization()],
    });
    for (const output of outputs(source)) expectDistinct(output);
    for (const output of [toJsonLd(source), articleJsonLd(source, "update")]) {
      expect(node(output, `${PAGE}#nato`, "NewsArticle").author).toEqual([{ "@id": `${PAGE}#nato/2` }]);
      expect(node(output, `${PAGE}#nato/2`).name).toBe("NATO");
    }
    expect(node(toJsonLd(source), PAGE, "NewsArticle").author).toEqual([{ "@id": `${PAGE}#nato/2` }]);
  });

  test("an article whose url ends in #webpage keeps it; its WebPage takes #webpage/2", () => {
    const source = valid({ articles: [article({ url: `${PAGE}#webpage` })] });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, `${PAGE}#webpage`, "NewsArticle").mainEntityOfPage).toEqual({
      "@id": `${PAGE}#webpage/2`,
    });
    expect(node(page, `${PAGE}#webpage/2`, "WebPage").url).toBe(`${PAGE}#webpage`);
  });

  test("an article at a person's #person keeps it; the person takes the base URL and their id", () => {
    const source = valid({
      articles: [article({ url: `${PROFILE}#person`, authors: ["ana-ruiz"] })],
      actors: [person({ id: "ana-ruiz", name: "Ana Ruiz", url: PROFILE })],
    });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, `${PROFILE}#person`, "NewsArticle").author).toEqual([{ "@id": `${PROFILE}#ana-ruiz` }]);
    expect(node(page, `${PROFILE}#ana-ruiz`, "Person").url).toBe(PROFILE);
  });

  test("an article at an organisation's #website: the organisation keeps #organization, its WebSite takes #website/2", () => {
    const source = valid({
      articles: [article({ url: `${HOME}#website`, publisher: "herald" })],
      actors: [organization({ id: "herald", kind: "media", name: "The Herald", url: HOME })],
    });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, `${HOME}#website`, "NewsArticle").publisher).toEqual({ "@id": `${HOME}#organization` });
    expect(node(page, `${HOME}#website/2`, "WebSite").publisher).toEqual({ "@id": `${HOME}#organization` });
    expect(node(page, `${HOME}#webpage`, "WebPage").isPartOf).toEqual({ "@id": `${HOME}#website/2` });
  });

  test("a reviewed claim whose review's @id an article has: the claim takes /2, and its review after it", () => {
    const source = valid({
      articles: [
        article({ id: "live", url: PAGE }),
        article({ id: "update", url: `${PAGE}#a-claim/review` }),
      ],
      actors: [organization()],
      claims: [
        claim({
          evidence: [{ article: "live", start: 0, end: 5, exact: "North" }],
          review: { reviewer: "nato", verdict: "True", url: `${PAGE}/fact-check` },
        }),
      ],
    });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "live");
    expect(node(page, `${PAGE}#a-claim/2`, "Claim").text).toBe(
      "North Korean troops are in Russia's Kursk region.",
    );
    expect(node(page, `${PAGE}#a-claim/2/review`, "ClaimReview").itemReviewed).toEqual({
      "@id": `${PAGE}#a-claim/2`,
    });
  });
});

describe("a node named after the base URL", () => {
  test("a node whose id is webpage, beside the WebPage of the article at the base URL, takes #webpage/2", () => {
    const source = valid({
      articles: [article({ url: PAGE, about: ["webpage"] })],
      events: [event({ id: "webpage" })],
    });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, `${PAGE}#webpage`, "WebPage").url).toBe(PAGE);
    expect(node(page, PAGE, "NewsArticle").about).toEqual([{ "@id": `${PAGE}#webpage/2` }]);
    expect(node(page, `${PAGE}#webpage/2`).name).toBe("Deployment to Kursk");
  });

  test("a node whose id is person, when a person's profile page is the base URL, takes #person/2", () => {
    const source = valid({
      articles: [article({ url: PROFILE, authors: ["ana-ruiz"], mentions: ["person"] })],
      actors: [person({ id: "ana-ruiz", name: "Ana Ruiz", url: PROFILE })],
      places: [place({ id: "person" })],
    });
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, PROFILE, "NewsArticle").author).toEqual([{ "@id": `${PROFILE}#person` }]);
    expect(node(page, PROFILE, "NewsArticle").mentions).toEqual([{ "@id": `${PROFILE}#person/2` }]);
  });
});

describe("people and organisations at one address (refused by the validator)", () => {
  test("two people at one profile page: the first keeps #person, the other takes the base URL and their id", () => {
    const source = valid({
      articles: [article({ url: PAGE, authors: ["ana-ruiz", "ana-ruiz-2"] })],
      actors: [
        person({ id: "ana-ruiz", name: "Ana Ruiz", url: PROFILE }),
        person({ id: "ana-ruiz-2", name: "Ana Ruiz", url: `${PROFILE}/2` }),
      ],
    });
    const second = source.actors[1] as { url?: string };
    second.url = `${PROFILE}#bio`;
    for (const output of outputs(source)) expectDistinct(output);
    const page = articleJsonLd(source, "an-article");
    expect(node(page, PAGE, "NewsArticle").author).toEqual([
      { "@id": `${PROFILE}#person` },
      { "@id": `${PAGE}#ana-ruiz-2` },
    ]);
    expect(node(page, `${PAGE}#ana-ruiz-2`, "Person").url).toBe(`${PROFILE}#bio`);
  });

  test("two organisations at one home page: the publisher keeps #organization and #website, though listed second", () => {
    const source = sharedHomePage({ mentions: ["herald-group"] });
    for (const output of outputs(source)) expectDistinct(output);
    for (const output of [articleJsonLd(source, "an-article"), toJsonLd(source)]) {
      expect(node(output, PAGE, "NewsArticle").publisher).toEqual({ "@id": `${HOME}#organization` });
      expect(node(output, PAGE, "NewsArticle").mentions).toEqual([{ "@id": `${PAGE}#herald-group` }]);
      expect(node(output, `${HOME}#website`, "WebSite").publisher).toEqual({ "@id": `${HOME}#organization` });
      expect(node(output, `${PAGE}#webpage`, "WebPage").isPartOf).toEqual({ "@id": `${HOME}#website` });
    }
    expect(node(toJsonLd(source), `${HOME}#website/2`, "WebSite").publisher).toEqual({
      "@id": `${PAGE}#herald-group`,
    });
  });
});

describe("the same @ids on every page", () => {
  const source = (): NewsGraph =>
    valid({
      articles: [
        article({ id: "live", url: PAGE, authors: ["nato"] }),
        article({ id: "update", url: `${PAGE}#nato`, authors: ["nato"], about: ["webpage"] }),
      ],
      actors: [organization()],
      events: [event({ id: "webpage" })],
    });

  test("whichever page is written first, and on every call", () => {
    const options = { baseUrl: PAGE };
    const forwards = source();
    const first = [articleJsonLd(forwards, "live", options), articleJsonLd(forwards, "update", options)];
    const backwards = source();
    const second = [articleJsonLd(backwards, "update", options), articleJsonLd(backwards, "live", options)];
    expect(second.reverse()).toEqual(first);
    expect(articleJsonLd(forwards, "live", options)).toEqual(first[0]);
    expect(node(first[1] as Document, `${PAGE}#nato`, "NewsArticle").author).toEqual([
      { "@id": `${PAGE}#nato/2` },
    ]);
    expect(node(first[1] as Document, `${PAGE}#nato`, "NewsArticle").about).toEqual([
      { "@id": `${PAGE}#webpage/2` },
    ]);
  });

  test("a url changed in place names the nodes as a graph never seen would", () => {
    const graph = source();
    articleJsonLd(graph, "live");
    (graph.articles[1] as NewsGraph["articles"][number]).url = `${PAGE}/update`;
    const after = articleJsonLd(graph, "live");
    expect(after).toEqual(articleJsonLd(structuredClone(graph), "live"));
    expect(node(after, PAGE, "NewsArticle").author).toEqual([{ "@id": `${PAGE}#nato` }]);
  });

  test("a publisher changed in place names the organisations as a graph never seen would", () => {
    const graph = sharedHomePage();
    articleJsonLd(graph, "an-article");
    (graph.articles[0] as NewsGraph["articles"][number]).publisher = "herald-group";
    const after = articleJsonLd(graph, "an-article");
    expect(after).toEqual(articleJsonLd(structuredClone(graph), "an-article"));
    expect(node(after, PAGE, "NewsArticle").publisher).toEqual({ "@id": `${HOME}#organization` });
    expect(node(after, `${HOME}#organization`).name).toBe("Herald Group");
  });
});
