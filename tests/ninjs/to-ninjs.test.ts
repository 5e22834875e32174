import { describe, expect, test } from "vitest";
import { exampleHerald, northKoreanTroopsInKursk } from "../../src/examples/index";
import type { NewsGraph } from "../../src/model/news-graph";
import { toNinjs } from "../../src/ninjs/index";
import { asciiUri } from "../../src/ninjs/uri";
import { parseNewsGraph } from "../../src/validate/parse";
import { everyKindGraph } from "../jsonld/every-kind-graph";
import { ninjsErrors } from "../support/ninjs/validate";
import { lines } from "./support";

const [reopens, closureCost] = exampleHerald.articles;

describe("every example article written as ninjs", () => {
  const cases = [exampleHerald, northKoreanTroopsInKursk, everyKindGraph].flatMap((graph: NewsGraph) =>
    graph.articles.map((article) => [article.id, graph] as const),
  );
  test.each(cases)("%s validates against the ninjs 3.1 JSON Schema", (id, graph) => {
    expect(ninjsErrors(toNinjs(graph, id).item)).toEqual([]);
  });

  test("the schema check fails on an item that breaks it (a headline without its value, a bad date)", () => {
    const { item } = toNinjs(exampleHerald, "harbour-bridge-reopens");
    expect(ninjsErrors({ ...item, headlines: [{ role: "main" }], firstCreated: "2025-03-14" })).toEqual([
      '/firstCreated must match format "date-time"',
      "/headlines/0 must have required property 'value'",
    ]);
  });
});

describe("toNinjs on The Example Herald's first article", () => {
  const { item, warnings } = toNinjs(exampleHerald, "harbour-bridge-reopens");

  test("writes the uri, the standard, the newsgraph id, the version and the dates", () => {
    expect(item).toMatchObject({
      uri: reopens?.url,
      type: "text",
      standard: {
        name: "ninjs",
        version: "3.1",
        schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
      },
      altIds: [{ role: "newsgraph", value: "harbour-bridge-reopens" }],
      version: "2",
      firstCreated: "2025-03-14T07:30:00+00:00",
      versionCreated: "2025-03-15T09:10:00+00:00",
      language: "en-GB",
    });
  });

  test("writes the headline and the alternative, the summary, the backstory and the correction", () => {
    expect(item.headlines).toEqual([
      { role: "main", value: reopens?.headline },
      { role: "alternative", value: reopens?.alternativeHeadline },
    ]);
    expect(item.descriptions?.map((description) => description.role)).toEqual([
      "summary",
      "backstory",
      "correction",
    ]);
    expect(item.descriptions?.[2]?.value).toBe(reopens?.corrections[0]?.text);
  });

  test("writes the byline, the authors and contributors with their roles as rel, and the publisher", () => {
    expect(item.by).toBe("Ana Ruiz");
    expect(item.people?.map(({ name, rel, literal }) => [name, rel, literal])).toEqual([
      ["Ana Ruiz", "author", "ana-ruiz"],
      ["Bea Kim", "editor", "bea-kim"],
      ["Sam Lee", "photographer", "sam-lee"],
    ]);
    expect(item.people?.[0]?.uri).toBe("https://social.example.net/@anaruiz");
    expect(item.infoSources).toEqual([
      {
        name: "The Example Herald",
        role: "publisher",
        literal: "the-example-herald",
        uri: "https://social.example.net/@exampleherald",
      },
    ]);
    expect(item.organisations?.map(({ rel, literal }) => [rel, literal])).toEqual([
      ["publisher", "the-example-herald"],
      ["about", "port-example-harbour-authority"],
    ]);
  });

  test("writes the genre as an IPTC genre NewsCode with newsgraph's name as literal", () => {
    expect(item.genres).toEqual([
      { name: "Current Events", uri: "http://cv.iptc.org/newscodes/genre/Current", literal: "news" },
    ]);
    expect(toNinjs(exampleHerald, "what-the-bridge-closure-cost").item.genres).toEqual([
      { name: "Analysis", uri: "http://cv.iptc.org/newscodes/genre/Analysis", literal: "analysis" },
    ]);
  });

  test("writes the dateline as located and as a place, and the keywords as subjects", () => {
    expect(item.located).toBe("Port Example");
    expect(item.places?.map(({ rel, literal }) => [rel, literal])).toEqual([
      ["located", "port-example"],
      ["mentions", "port-example"],
    ]);
    expect(item.subjects).toEqual(reopens?.keywords.map((name) => ({ name, rel: "keyword" })));
  });

  test("writes each image as a picture association with its rendition, caption, credit, copyright, licence and creator", () => {
    const image = reopens?.images[0];
    expect(item.associations).toHaveLength(3);
    expect(item.associations?.[0]).toEqual({
      name: "image-1",
      uri: image?.url,
      type: "picture",
      rel: "image",
      descriptions: [{ role: "caption", value: image?.caption }],
      by: image?.credit,
      copyrightNotice: image?.copyrightNotice,
      rightsInfo: { linkedRights: image?.license },
      usageTerms: `Licences: ${image?.acquireLicensePage}`,
      people: [{ name: "Sam Lee", rel: "creator", literal: "sam-lee" }],
      renditions: [{ name: "original", href: image?.url, width: 1200, height: 675 }],
    });
  });

  test("writes the publisher's policies as trust indicators with the schema.org property as role", () => {
    expect(item.trustIndicators).toHaveLength(12);
    expect(item.trustIndicators).toContainEqual({
      role: "https://schema.org/correctionsPolicy",
      href: "https://example.org/about/corrections",
    });
  });

  test("warns of what ninjs has no place for, naming the field", () => {
    expect(lines(warnings)).toContain(
      "articles[0]: ninjs has no place for its section, breadcrumb, citations, isAccessibleForFree and provenance; not written",
    );
    expect(lines(warnings)).toContain(
      "articles[0].corrections: ninjs has no date for a correction: each is written as a description with the role correction, without its date",
    );
  });

  test("writes no body when the article has no text, and a plain-text body when it has", () => {
    expect(item.bodies).toBeUndefined();
    const graph = {
      ...exampleHerald,
      articles: [{ ...(reopens as NonNullable<typeof reopens>), text: "Four cables." }],
    };
    expect(toNinjs(graph, "harbour-bridge-reopens").item.bodies).toEqual([
      { role: "text", contentType: "text/plain", value: "Four cables." },
    ]);
  });

  test("leaves the graph unchanged", () => {
    const before = JSON.stringify(exampleHerald);
    toNinjs(exampleHerald, "harbour-bridge-reopens");
    expect(JSON.stringify(exampleHerald)).toBe(before);
  });

  test("the second article has two authors in its byline", () => {
    expect(toNinjs(exampleHerald, "what-the-bridge-closure-cost").item.by).toBe("Ana Ruiz and Omar Haddad");
    expect(closureCost?.authors).toHaveLength(2);
  });
});

describe("toNinjs and dates", () => {
  const withDates = (datePublished: string, dateModified?: string) =>
    parseNewsGraph({
      format: 1,
      articles: [
        {
          id: "a",
          url: "https://example.org/a",
          headline: "A",
          genre: "news",
          language: "en",
          datePublished,
          ...(dateModified === undefined ? {} : { dateModified }),
        },
      ],
    });

  test("a date without a time is not written, and a warning says why", () => {
    const { item, warnings } = toNinjs(withDates("2024-10-30"), "a");
    expect(item.firstCreated).toBeUndefined();
    expect(lines(warnings)).toEqual([
      'articles[0].datePublished: ninjs firstCreated takes a date-time with seconds and an offset, found "2024-10-30"; not written rather than given a time it does not state',
    ]);
  });

  test("an interval or an approximate date is not written either", () => {
    const { item, warnings } = toNinjs(withDates("2024-10-28/2024-11-03", "2024-11~"), "a");
    expect([item.firstCreated, item.versionCreated]).toEqual([undefined, undefined]);
    expect(warnings.map((warning) => warning.path)).toEqual([
      "articles[0].datePublished",
      "articles[0].dateModified",
    ]);
  });

  test("a date-time to the minute is written with zero seconds, its offset kept", () => {
    const { item, warnings } = toNinjs(withDates("2024-10-30T14:05+09:00"), "a");
    expect(item.firstCreated).toBe("2024-10-30T14:05:00+09:00");
    expect(warnings).toEqual([]);
    expect(ninjsErrors(item)).toEqual([]);
  });
});

describe("toNinjs on other shapes", () => {
  test("a country is written with its ISO 3166 uri as IPTC writes it, and a point as GeoJSON", () => {
    const graph = parseNewsGraph({
      format: 1,
      articles: [
        {
          id: "a",
          url: "https://example.org/a",
          headline: "A",
          genre: "reportage",
          language: "en",
          datePublished: "2024-10-30T10:00:00Z",
          about: ["russia", "kursk", "summit"],
        },
      ],
      places: [
        {
          id: "russia",
          kind: "country",
          name: "Russia",
          countryCode: "RU",
          sameAs: ["https://www.wikidata.org/wiki/Q159"],
        },
        { id: "kursk", kind: "city", name: "Kursk", geo: { latitude: 51.73, longitude: 36.19 } },
      ],
      events: [{ id: "summit", kind: "meeting", name: "The summit" }],
    });
    const { item, warnings } = toNinjs(graph, "a");
    expect(item.places).toEqual([
      { name: "Russia", rel: "about", literal: "russia", uri: "http://cvx.iptc.org/iso3166-1a2/ru" },
      {
        name: "Kursk",
        rel: "about",
        literal: "kursk",
        geoJSON: { type: "Point", coordinates: [36.19, 51.73] },
      },
    ]);
    expect(item.events).toEqual([{ id: "summit", name: "The summit", rel: "about", literal: "summit" }]);
    expect(item.genres).toEqual([{ name: "reportage", literal: "reportage" }]);
    expect(lines(warnings)).toContain(
      'places[0]: ninjs has no place for its sameAs of "russia"; not written',
    );
    expect(lines(warnings)).toContain(
      'places[1]: ninjs has no place for its kind (city) of "kursk"; not written',
    );
    expect(ninjsErrors(item)).toEqual([]);
  });

  test("an unknown article id is an error that lists the articles", () => {
    expect(() => toNinjs(exampleHerald, "nope")).toThrow(
      'toNinjs: no article "nope"; the articles are "harbour-bridge-reopens", "what-the-bridge-closure-cost"',
    );
  });

  test("claims with evidence in the article are reported, since ninjs has no place for them", () => {
    const { warnings } = toNinjs(northKoreanTroopsInKursk, northKoreanTroopsInKursk.articles[0]?.id ?? "");
    expect(lines(warnings).filter((line) => line.includes("claims"))).toHaveLength(1);
  });
});

describe("toNinjs on a graph that was never validated", () => {
  test("a reference to no node, or to a claim, is reported and left out; the item still validates", () => {
    const graph = {
      format: 1,
      articles: [
        {
          ...(reopens as NonNullable<typeof reopens>),
          authors: ["ghost"],
          contributors: [],
          publisher: "ghost",
          dateline: "ghost",
          about: ["a-claim"],
          mentions: [],
          images: [{ url: "https://example.org/a.jpg", creator: "ghost" }],
        },
      ],
      actors: [],
      claims: [{ id: "a-claim", evidence: [] }],
      events: [],
      places: [],
    } as unknown as NewsGraph;
    const { item, warnings } = toNinjs(graph, "harbour-bridge-reopens");
    expect(ninjsErrors(item)).toEqual([]);
    expect(lines(warnings).slice(0, 5)).toEqual([
      'articles[0].authors[0]: no node has the id "ghost"; not written',
      'articles[0].publisher: no node has the id "ghost"; not written',
      'articles[0].dateline: no place has the id "ghost"; not written',
      'articles[0].about[0]: "a-claim" is a claim, which ninjs does not name; not written',
      'articles[0].images[0].creator: no actor has the id "ghost"; not written',
    ]);
    expect([item.by, item.infoSources, item.located]).toEqual([undefined, undefined, undefined]);
  });

  test("a graph without articles is named as such", () => {
    expect(() => toNinjs({ ...exampleHerald, articles: [] }, "a")).toThrow(
      'toNinjs: no article "a"; the graph has no articles',
    );
  });
});

describe("asciiUri", () => {
  test("keeps an RFC 3986 URI as it is, and writes any other URL in ASCII, user information too", () => {
    expect(asciiUri("https://example.org")).toBe("https://example.org");
    expect(asciiUri("https://bücher.example/a b?q=é#ü")).toBe(
      "https://xn--bcher-kva.example/a%20b?q=%C3%A9#%C3%BC",
    );
    expect(asciiUri("https://ana maria:pä@example.org/%zz")).toBe(
      "https://ana%20maria:p%C3%A4@example.org/%25zz",
    );
    expect(asciiUri("not a url ü")).toBe("not a url ü");
  });
});
