// The laws of the ninjs path: what toNinjs writes validates and reads back with every mapped field as it
// was; fromNinjs never throws, never changes its input, and always gives a valid graph.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article";
import { parseFuzzyDate } from "../../src/model/fuzzy-date-syntax";
import type { NewsGraph } from "../../src/model/news-graph";
import { fromNinjs, toNinjs } from "../../src/ninjs/index";
import { asciiUri } from "../../src/ninjs/uri";
import { arbitraryNewsGraph } from "../../src/testing/index";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { runs, timeout } from "../properties/support/runs";
import { ninjsErrors } from "../support/ninjs/validate";

// ninjs dates are date-times: an article published on a day, a month or in an interval is written without
// one, and an item without a date gives no article. Most articles here are given a date-time to the second.
const withArticle = fc
  .tuple(
    arbitraryNewsGraph({ maxNodes: 14 }).filter((graph) => graph.articles.length > 0),
    fc.array(
      fc.option(fc.date({ min: new Date("1000-01-01"), max: new Date("2999-12-31"), noInvalidDate: true })),
      {
        minLength: 8,
        maxLength: 8,
      },
    ),
  )
  .map(([graph, dates]) => ({
    ...graph,
    articles: graph.articles.map((article, i) => {
      const date = dates[i % dates.length];
      if (date === null || date === undefined) return article;
      const { dateModified: _, ...rest } = article;
      return { ...rest, datePublished: date.toISOString().replace(/\.\d{3}Z$/, "Z") };
    }),
  }))
  .filter((graph) => safeParseNewsGraph(graph).success);

/** A date-time's instant and offset, which the written form keeps (a time to the minute gains :00 seconds). */
function instant(value: string | undefined): string | undefined {
  const point = value === undefined ? undefined : parseFuzzyDate(value);
  if (point === undefined || point.isInterval || point.start === "open") return undefined;
  const { precision, earliest, offsetMinutes } = point.start;
  return precision === "minute" || precision === "second" ? `${earliest}${offsetMinutes}` : undefined;
}

/** As JSON would carry it: an item is JSON, which has no -0. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** What docs/ninjs.md's table maps, for one article and the nodes it names; URLs in the ASCII form ninjs takes. */
function mapped(graph: NewsGraph, article: Article) {
  const actors = new Map(graph.actors.map((node) => [node.id, node]));
  const places = new Map(graph.places.map((node) => [node.id, node]));
  const events = new Map(graph.events.map((node) => [node.id, node]));
  const first = (urls: string[]): string[] => urls.slice(0, 1).map(asciiUri);
  const actor = (id: string | undefined) => {
    const node = id === undefined ? undefined : actors.get(id);
    return (
      node && { id: node.id, name: node.name, person: node.kind === "person", sameAs: first(node.sameAs) }
    );
  };
  const subject = (id: string) => {
    const place = places.get(id);
    if (place !== undefined) {
      const country = place.kind === "country" && place.countryCode !== undefined;
      return {
        id,
        name: place.name,
        geo: place.geo,
        countryCode: country ? place.countryCode : undefined,
        sameAs: country ? [] : first(place.sameAs),
      };
    }
    const event = events.get(id);
    return event === undefined ? actor(id) : { id, name: event.name };
  };
  // ninjs lists people, organisations, places and events apart: each list keeps its order within a kind.
  const rank = (id: string): number => {
    const node = actors.get(id);
    if (node !== undefined) return node.kind === "person" ? 0 : 1;
    return places.has(id) ? 2 : 3;
  };
  const byKind = <T>(items: T[], idOf: (item: T) => string): T[] =>
    items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => rank(idOf(a.item)) - rank(idOf(b.item)) || a.index - b.index)
      .map(({ item }) => item);
  const itself = (id: string): string => id;
  return {
    id: article.id,
    url: asciiUri(article.url),
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.description,
    genre: article.genre,
    language: article.language,
    published: instant(article.datePublished),
    modified: instant(article.dateModified),
    // A node named twice in the same role is read once.
    authors: byKind([...new Set(article.authors)], itself).map(actor),
    contributors: byKind(
      article.contributors.filter(
        (contributor, i, all) =>
          all.findIndex((other) => other.actor === contributor.actor && other.role === contributor.role) ===
          i,
      ),
      (contributor) => contributor.actor,
    ).map((contributor) => ({ ...contributor, actor: actor(contributor.actor) })),
    publisher: actor(article.publisher),
    keywords: article.keywords,
    text: article.text,
    dateline: article.dateline === undefined ? undefined : subject(article.dateline),
    about: byKind([...new Set(article.about)], itself).map(subject),
    mentions: byKind([...new Set(article.mentions)], itself).map(subject),
    backstory: article.backstory,
    corrections: article.corrections.map((correction) => correction.text),
    images: article.images.map(({ creator, url, license, acquireLicensePage, ...image }) => ({
      ...image,
      url: asciiUri(url),
      license: license === undefined ? undefined : asciiUri(license),
      acquireLicensePage: acquireLicensePage === undefined ? undefined : asciiUri(acquireLicensePage),
      creator: actor(creator),
    })),
  };
}

describe("graph → ninjs → graph", () => {
  it(
    "every article written validates against ninjs 3.1, and reads back with every mapped field",
    () => {
      fc.assert(
        fc.property(withArticle, (graph) => {
          for (const article of graph.articles) {
            const { item } = toNinjs(graph, article.id);
            expect(ninjsErrors(item)).toEqual([]);
            const back = fromNinjs(JSON.parse(JSON.stringify(item)));
            const checked = safeParseNewsGraph(back.graph);
            expect(checked.success ? [] : checked.error.issues).toEqual([]);
            const [read] = back.graph.articles;
            // An article whose dates ninjs cannot carry (no time of day) reads back without them.
            expect(read && json(mapped(back.graph, read))).toEqual(json(mapped(graph, article)));
          }
        }),
        runs(150),
      );
    },
    timeout(60_000),
  );
});

// Values a ninjs item's members can hold, weighted toward what the reader looks for.
const leaf = fc.oneof(
  fc.constantFrom(
    "author",
    "publisher",
    "about",
    "mentions",
    "located",
    "creator",
    "editor",
    "picture",
    "text",
    "main",
    "correction",
    "backstory",
    "text/plain",
    "text/html",
    "original",
    "newsgraph",
    "a",
    "b",
    "en",
    "",
    "2025-01-01T00:00:00Z",
    "2024-12-31T23:00:00+05:00",
    "https://example.org/a",
    "https://schema.org/ethicsPolicy",
    "http://cvx.iptc.org/iso3166-1a2/ru",
    "http://cv.iptc.org/newscodes/genre/Opinion",
    "urn:x",
  ),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -200, max: 5000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ type: "Point", coordinates: [10, 20] }),
);
const KEYS = [
  "name",
  "rel",
  "role",
  "uri",
  "literal",
  "id",
  "value",
  "contentType",
  "type",
  "href",
  "width",
  "height",
  "geoJSON",
  "renditions",
  "descriptions",
  "headlines",
  "people",
  "organisations",
  "by",
  "rightsInfo",
  "firstCreated",
];
const part: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 5 }),
  ),
})).node;
const ITEM_KEYS = [
  "uri",
  "type",
  "version",
  "firstCreated",
  "versionCreated",
  "firstcreated",
  "versioncreated",
  "language",
  "headlines",
  "headline",
  "descriptions",
  "bodies",
  "body_text",
  "body_html",
  "by",
  "byline",
  "located",
  "title",
  "genres",
  "people",
  "organisations",
  "places",
  "events",
  "subjects",
  "infoSources",
  "infosources",
  "associations",
  "trustIndicators",
  "altIds",
  "urgency",
  "__proto__",
  "constructor",
];
const ninjsLike = fc.dictionary(fc.constantFrom(...ITEM_KEYS), part, { maxKeys: 12 });

describe("fromNinjs on anything", () => {
  it(
    "never throws, never changes its input, and gives a graph that passes safeParseNewsGraph",
    () => {
      fc.assert(
        fc.property(fc.oneof(ninjsLike, fc.jsonValue()), (input) => {
          const before = JSON.stringify(input);
          const { graph, warnings } = fromNinjs(input);
          const checked = safeParseNewsGraph(graph);
          expect(checked.success ? [] : checked.error.issues).toEqual([]);
          expect(JSON.stringify(input)).toBe(before);
          for (const warning of warnings)
            expect(warning.path.startsWith("$") || warning.path.startsWith("options.")).toBe(true);
        }),
        runs(400),
      );
    },
    timeout(60_000),
  );
});
