import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { exampleHerald } from "../../src/examples/index";
import { fromNinjs, toNinjs } from "../../src/ninjs/index";
import { lines, readValid } from "./support";

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/ninjs/${name}`, import.meta.url), "utf8"));

const inferred = (note: string) => ({ basis: "inferred", note });
const NO_FIRST_CREATED = inferred(
  "the item states no firstCreated; it was published no later than its versionCreated",
);
const NO_GENRE = inferred('the item states no genre the model has; "news" is assumed');
const FROM_BYLINE = inferred("the item names no author but has a byline, read as one author");
const AREA = { kind: inferred('ninjs does not say what kind of place it is; "area" is assumed') };

describe("ninjs 3.x items", () => {
  test("a complex text article (after the IPTC's 3.1 example): entities by rel, a country by its ISO uri, the plain body", () => {
    const { graph, warnings } = readValid(fixture("v3-complex-text-article.json"));
    expect(graph.articles).toEqual([
      {
        id: "20250314lock042",
        url: "http://ninjs.example.com/newsitems/20250314lock042",
        headline: "Engineer in charge of failed canal lock goes on trial",
        genre: "news",
        language: "en",
        datePublished: "../2025-03-14T16:20:00Z",
        dateModified: "2025-03-14T16:20:00Z",
        authors: ["jaan-tamm-and-liis-kask"],
        contributors: [],
        breadcrumb: [],
        keywords: [],
        images: [],
        text: "TALLINN, Estonia -- The engineer who signed off the canal lock that failed last spring went on trial on Friday. Marta Ilves denies negligence.",
        dateline: "tallinn-estonia",
        about: ["marta-ilves"],
        mentions: ["northern-locks-as", "tallinn", "harju-county", "estonia"],
        related: [],
        citations: [],
        corrections: [],
        paywalledParts: [],
        updates: [],
        fieldProvenance: { datePublished: NO_FIRST_CREATED, genre: NO_GENRE, authors: FROM_BYLINE },
      },
    ]);
    expect(graph.actors.find((actor) => actor.id === "marta-ilves")?.sameAs).toEqual([
      "http://www.wikidata.org/entity/Q00000001",
    ]);
    expect(graph.places.find((place) => place.id === "estonia")).toEqual({
      id: "estonia",
      name: "Estonia",
      kind: "country",
      countryCode: "EE",
      alternateNames: [],
      sameAs: [],
    });
    expect(lines(warnings)).toEqual([
      '$.bodies[1]: the model keeps the plain text, which evidence offsets count in; a body of type "application/xhtml+xml" is not read',
      `$.profile: the model has no place for the item's "profile"; not read`,
      `$.copyrightNotice: the model has no place for the item's "copyrightNotice"; not read`,
    ]);
  });

  test("a text with a picture (after TT's 3.0 example): the largest rendition, caption and credit; a GeoJSON point; what has no place is named", () => {
    const { graph, warnings } = readValid(fixture("v3-text-with-picture.json"));
    const [article] = graph.articles;
    expect(article?.images).toEqual([
      {
        url: "https://img.wire.example.com/a001_hires.jpg",
        width: 4000,
        height: 2667,
        caption: "En färja lägger till i hamnen. Arkivbild.",
        credit: "Per Holm/Example Wire",
      },
    ]);
    expect(article?.mentions).toEqual(["eva-lind", "ofarjor-ab", "sverige", "gotland"]);
    expect(article?.fieldProvenance?.mentions).toEqual(
      inferred("nodes the item names without a rel are taken as mentioned"),
    );
    expect(article?.keywords).toEqual(["Ekonomi, affärer och finans"]);
    expect(article?.description).toBe("Färjorna går igen från i morgon, meddelar rederiet.");
    expect(graph.places.find((place) => place.id === "gotland")).toEqual({
      id: "gotland",
      name: "Gotland",
      kind: "area",
      alternateNames: [],
      sameAs: [],
      geo: { latitude: 57.63, longitude: 18.29 },
      fieldProvenance: AREA,
    });
    const paths = warnings.map((warning) => warning.path);
    for (const path of [
      "$.urgency",
      "$.slugline",
      "$.expires",
      "$.people[0].contactInfo",
      "$.subjects[0].relevance",
      "$.genres[0]",
      "$.altIds[0]",
      "$.version",
    ]) {
      expect(paths).toContain(path);
    }
    expect(lines(warnings)).toContain(
      "$.associations[0].renditions: the model keeps one file of an image (its href, width and height), the original or the largest; other renditions and the files' other details are not read",
    );
  });
});

describe("ninjs 2.x items", () => {
  test("a simple text article (after the IPTC's 2.2 example): lower-case property names", () => {
    const { graph, warnings } = readValid(fixture("v2-simple-text-article.json"));
    expect(graph.articles[0]).toMatchObject({
      headline: "Canal lock engineer goes on trial",
      dateModified: "2025-03-14T16:20:00Z",
      text: "The engineer who signed off the canal lock that failed last spring went on trial on Friday.",
      authors: ["jaan-tamm"],
    });
    expect(lines(warnings)).toEqual([
      '$.bodies[1]: the model keeps the plain text, which evidence offsets count in; a body of type "body_xhtml" is not read',
    ]);
  });

  test("an agency item with a urn gives no article, unless the url option gives its address", () => {
    const item = fixture("v2-agency-urn.json");
    const { graph, warnings } = readValid(item);
    expect(graph.articles).toEqual([]);
    expect(graph.places.map((place) => place.name)).toEqual(["Vestfold"]);
    expect(lines(warnings).at(-1)).toBe(
      "$: the item gives no article: it has no http(s) uri (nor a url option), which the model requires; the nodes it names are read",
    );
    const withUrl = readValid(item, { url: "https://wire.example.com/2025/03/14/datacentre" });
    expect(withUrl.graph.articles[0]).toMatchObject({
      url: "https://wire.example.com/2025/03/14/datacentre",
      datePublished: "2025-03-14T08:15:00Z",
      dateModified: "2025-03-14T08:40:30Z",
      language: "nb-NO",
      keywords: ["Domestic", "Technology"],
      fieldProvenance: { url: inferred("the item's uri is not an http(s) URL; the url option is taken") },
    });
    expect(lines(withUrl.warnings)).toContain(
      `$.ednote: the model has no place for the item's "ednote"; not read`,
    );
  });
});

describe("ninjs 1.x items", () => {
  test("a headline, byline and body_text as single properties (after the IPTC's 1.4 example)", () => {
    const { graph, warnings } = readValid(fixture("v1-simple-text.json"));
    expect(graph.articles[0]).toMatchObject({
      headline: "Canal lock engineer goes on trial",
      text: "The engineer who signed off the canal lock that failed last spring went on trial on Friday.",
      authors: ["jaan-tamm-and-liis-kask"],
    });
    expect(graph.actors[0]?.provenance).toEqual(
      inferred("read from the item's byline (by), which may name several people or an agency"),
    );
    expect(lines(warnings)).toEqual([
      "$.body_xhtml: the model keeps plain text, which evidence offsets count in; markup is not read",
    ]);
  });
});

describe("what fromNinjs fills in and what it refuses", () => {
  test("no language: the defaultLanguage option, or und, marked as inferred", () => {
    const item = {
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      firstCreated: "2025-01-01T00:00:00Z",
    };
    expect(readValid(item).graph.articles[0]?.language).toBe("und");
    const read = readValid(item, { defaultLanguage: "fr" }).graph.articles[0];
    expect(read?.language).toBe("fr");
    expect(read?.fieldProvenance?.language).toEqual(
      inferred("the item states no language; the defaultLanguage option is taken"),
    );
  });

  test("no date: an article without one, its corrections undated too, each reported", () => {
    const { graph, warnings } = readValid({
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      language: "en",
      descriptions: [{ role: "correction", value: "An earlier version misnamed the bridge." }],
    });
    expect(graph.articles[0]).toMatchObject({
      headline: "A",
      corrections: [{ text: "An earlier version misnamed the bridge." }],
    });
    expect(graph.articles[0]).not.toHaveProperty("datePublished");
    expect(graph.articles[0]?.corrections[0]).not.toHaveProperty("date");
    expect(lines(warnings)).toEqual([
      "$: the item states no firstCreated nor versionCreated: the article is read without a date",
      "$.descriptions: ninjs gives no date for a correction, and the item states no versionCreated nor firstCreated: the corrections are read without a date",
    ]);
  });

  test("options of the wrong form are ignored with a warning", () => {
    const { warnings } = readValid({}, { url: "ftp://x", defaultLanguage: "not a tag" });
    expect(warnings.slice(0, 2).map((warning) => warning.path)).toEqual([
      "options.url",
      "options.defaultLanguage",
    ]);
  });

  test("a versionCreated before the firstCreated is not read", () => {
    const { graph, warnings } = readValid({
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      firstCreated: "2025-01-02T00:00:00Z",
      versionCreated: "2025-01-01T00:00:00Z",
    });
    expect(graph.articles[0]?.dateModified).toBeUndefined();
    expect(lines(warnings)).toContain(
      "$.versionCreated: the versionCreated is before the firstCreated; not read",
    );
  });

  test("a value of the wrong type is named with what was found", () => {
    const { warnings } = readValid({ uri: 42, headlines: "A", people: [null, { rel: "author" }] });
    expect(lines(warnings)).toEqual(
      expect.arrayContaining([
        "$.uri: expected a non-empty string, found 42; not read",
        '$.headlines: expected an array, found "A"; not read',
        "$.people[0]: expected an object, found null; not read",
        "$.people[1]: the person has no name (nor literal), which the model requires; not read",
      ]),
    );
  });

  test("something other than an object gives an empty graph and one warning", () => {
    expect(lines(readValid([1, 2]).warnings)).toEqual([
      "$: expected a ninjs item (a JSON object), found an array; nothing read",
    ]);
  });

  test("the same entity named in two arrays is one node; a second publisher is taken as mentioned", () => {
    const { graph, warnings } = readValid({
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      firstCreated: "2025-01-01T00:00:00Z",
      organisations: [
        { name: "Herald", rel: "publisher", literal: "herald" },
        { name: "Courier", rel: "publisher" },
      ],
      infoSources: [
        { name: "Herald", role: "publisher", literal: "herald" },
        { name: "Wire", role: "distributor" },
      ],
    });
    expect(graph.actors.map((actor) => actor.id)).toEqual(["herald", "courier", "wire"]);
    expect(graph.articles[0]?.publisher).toBe("herald");
    expect(graph.articles[0]?.mentions).toEqual(["courier"]);
    expect(lines(warnings)).toEqual([
      "$.organisations[1].rel: the item names a second publisher; the model has one, so it is taken as mentioned",
      '$.infoSources[1]: the model keeps the publisher among an item\'s sources, found the role "distributor"; not read',
    ]);
  });

  test("trust indicators become the publisher's policies, and make it a news organisation", () => {
    const { item } = toNinjs(exampleHerald, "harbour-bridge-reopens");
    const { graph } = readValid(item);
    const publisher = graph.actors.find((actor) => actor.id === "the-example-herald");
    expect(publisher?.kind).toBe("media");
    expect(publisher && "policies" in publisher ? publisher.policies : undefined).toEqual(
      exampleHerald.actors[0] && "policies" in exampleHerald.actors[0]
        ? exampleHerald.actors[0].policies
        : "missing",
    );
  });

  test("a trust indicator without a publisher is reported", () => {
    const { warnings } = readValid({
      uri: "https://example.org/a",
      trustIndicators: [{ role: "https://schema.org/ethicsPolicy", href: "https://example.org/ethics" }],
    });
    expect(warnings.map((warning) => warning.path)).toContain("$.trustIndicators");
  });

  test("fromNinjs never throws on odd values where objects are expected", () => {
    for (const value of [
      null,
      1,
      "x",
      true,
      [],
      {},
      { associations: { a: 1 } },
      { places: [{ name: "X", geoJSON: { type: "Point", coordinates: [500, 1] } }] },
    ]) {
      expect(() => fromNinjs(value)).not.toThrow();
    }
  });
});

describe("an item of odd shapes", () => {
  const item = {
    uri: "https://example.org/a",
    firstCreated: "2025-01-01T00:00:00Z",
    versionCreated: "not a date",
    language: "english please",
    headlines: [
      { value: "<b>A</b>", contentType: "text/html" },
      { role: "main", value: "A" },
      { role: "sub", value: "B" },
      { value: "C" },
    ],
    descriptions: [
      { value: "<p>x</p>", contentType: "text/html" },
      { value: "S" },
      { value: "T" },
      { role: "correction", value: "Fixed." },
    ],
    bodies: [{ value: 3 }, { value: "one" }, { value: "two", contentType: "text/plain" }],
    genres: [{ name: "Opinion" }, { literal: "analysis" }],
    people: [
      { name: "P", rel: "interviewee", uri: "urn:x" },
      { name: "P2", rel: "mentioned" },
    ],
    places: [
      { name: "X", rel: "located" },
      { name: "Y", rel: "located" },
      { name: "Z", geoJSON: { type: "Polygon" } },
    ],
    organisations: [{ name: "Pub", rel: "publisher" }],
    // ninjs 1.x keys associations by name.
    associations: {
      pic: {
        type: "picture",
        uri: "https://img.example/p.jpg",
        rightsInfo: { encodedRights: "x" },
        people: [
          { name: "C1", rel: "creator" },
          { name: "C2", rel: "creator" },
        ],
        renditions: [{ name: "r", href: "ftp://x" }],
      },
      story: {
        type: "text",
        uri: "https://example.org/b",
        headlines: [{ value: "B story" }],
        firstCreated: "2024-12-01T00:00:00Z",
        urgency: 3,
      },
      clip: { type: "video" },
    },
    trustIndicators: [
      { role: "https://schema.org/ethicsPolicy", href: "https://example.org/e" },
      { role: "https://schema.org/ethicsPolicy", href: "https://example.org/e2" },
      { role: "http://cv.iptc.org/newscodes/trustindicator/editorialPolicy", href: "https://x.example" },
    ],
  };
  const { graph, warnings } = readValid(item);
  const [article] = graph.articles;

  test("each value the model can hold is read: the first of each kind, by role, genre by name, pictures and texts", () => {
    expect(article).toMatchObject({
      headline: "A",
      alternativeHeadline: "B",
      description: "S",
      text: "one",
      genre: "opinion",
      publisher: "pub",
      dateline: "x",
      mentions: ["p", "p2", "y", "z"],
      images: [{ url: "https://img.example/p.jpg", creator: "c1" }],
      related: [{ title: "B story", url: "https://example.org/b", datePublished: "2024-12-01T00:00:00Z" }],
      corrections: [{ date: "2025-01-01T00:00:00Z", text: "Fixed." }],
    });
    expect(graph.actors.find((actor) => actor.id === "pub")).toMatchObject({
      kind: "media",
      policies: { ethicsPolicy: "https://example.org/e" },
    });
  });

  test("everything else is reported where it is, with what was found", () => {
    expect(lines(warnings)).toEqual([
      '$.headlines[0]: the model keeps plain text, found a headline of type "text/html"; not read',
      "$.headlines[3]: the model keeps a headline and one alternative; this one is not read",
      '$.descriptions[0]: the model keeps plain text, found a description of type "text/html"; not read',
      "$.descriptions[2]: the model keeps one description; this one is not read",
      "$.bodies[0].value: expected the body as a string, found 3; not read",
      "$.bodies[2]: the model keeps one plain-text body; this one is not read",
      '$.versionCreated: expected an ISO 8601 date-time with an offset, found "not a date"; not read',
      '$.language: expected a BCP 47 language tag, found "english please"; not read',
      "$.genres[1]: the model keeps one genre; this one is not read",
      '$.people[0].uri: the model keeps http(s) identifiers only, found "urn:x"; not read',
      '$.people[0].rel: the model has no counterpart for the rel "interviewee"; taken as mentioned',
      "$.places[1].rel: the item names a second place it is filed from; the model has one, so it is taken as mentioned",
      "$.places[2].geoJSON: the model takes a GeoJSON Point with a longitude and a latitude in range only; not read",
      "$.associations.pic.rightsInfo: the model keeps a licence as an http(s) link (linkedRights) only; not read",
      "$.associations.pic.people[1]: the model keeps one creator of an image; this one is not read as its creator",
      '$.associations.pic.renditions[0]: expected a rendition with an http(s) href, found "ftp://x"; not read',
      "$.associations.story: a related item is kept as a link (title, url, date); its urgency is not read",
      '$.associations.clip: the model keeps associated pictures and texts, found one of type "video"; not read',
      "$.trustIndicators[1]: the model keeps one ethicsPolicy link; this one is not read",
      "$.trustIndicators[2]: the model keeps the publisher's policies by their schema.org name (https://schema.org/correctionsPolicy) with an http(s) href; not read",
    ]);
  });
});

describe("fromNinjs at scale", () => {
  test("an item that names the same people thousands of times gives one node each, and each author once", () => {
    const people = Array.from({ length: 20_000 }, (_, i) => ({
      name: `Person ${i % 10}`,
      rel: i % 2 ? "author" : "about",
    }));
    const { graph } = readValid({
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      firstCreated: "2025-01-01T00:00:00Z",
      people,
    });
    expect(graph.actors).toHaveLength(10);
    expect(graph.articles[0]?.authors).toHaveLength(5);
  });

  test("a 1.x headline beside 3.x headlines is reported, not read", () => {
    const { warnings } = readValid({
      uri: "https://example.org/a",
      headlines: [{ value: "A" }],
      headline: "B",
      firstCreated: "2025-01-01T00:00:00Z",
    });
    expect(lines(warnings)).toEqual([
      "$.headline: the item has its headline in another property already; this one is not read",
    ]);
  });
});

describe("what the reader keeps of a node named twice, and of a byline", () => {
  const base = {
    uri: "https://example.org/a",
    headlines: [{ value: "A" }],
    firstCreated: "2025-01-01T00:00:00Z",
  };

  test("a node named again with another name or uri keeps the first, with a warning", () => {
    const { graph, warnings } = readValid({
      ...base,
      people: [
        { name: "Ana Ruiz", rel: "author", literal: "ana", uri: "https://example.org/ana" },
        { name: "A. Ruiz", rel: "about", literal: "ana" },
      ],
    });
    expect(graph.actors).toHaveLength(1);
    expect(graph.articles[0]).toMatchObject({ authors: ["ana"], about: ["ana"] });
    expect(lines(warnings)).toEqual([
      '$.people[1]: names "ana" again with another name or uri; the first ("Ana Ruiz", "https://example.org/ana") is kept',
    ]);
  });

  test("a byline other than the authors' names is reported; the one toNinjs writes is not", () => {
    const people = [
      { name: "Ana Ruiz", rel: "author" },
      { name: "Omar Haddad", rel: "author" },
    ];
    expect(readValid({ ...base, people, by: "Ana Ruiz and Omar Haddad" }).warnings).toEqual([]);
    expect(lines(readValid({ ...base, people, by: "Staff" }).warnings)).toEqual([
      "$.by: the model keeps the authors the item names, not the byline's own words; not read",
    ]);
  });
});
