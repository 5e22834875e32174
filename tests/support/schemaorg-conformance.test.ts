import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { expandOffline, OfflineLoadRefused, offlineDocumentLoader } from "./jsonld-offline";
import { checkSchemaOrgConformance } from "./schemaorg-conformance";

type Json = Record<string, unknown>;

const graph = (...nodes: Json[]): Json => ({ "@context": "https://schema.org", "@graph": nodes });

/** The errors of a single node checked on its own. */
const errorsOf = (node: Json) =>
  checkSchemaOrgConformance({ "@context": "https://schema.org", ...node }).errors;

const newsGraph = graph(
  {
    "@type": "NewsArticle",
    "@id": "https://example.org/news/kursk#article",
    headline: "North Korean troops reported in Kursk",
    url: "https://example.org/news/kursk",
    datePublished: "2024-11-05T08:00:00+03:00",
    dateModified: "2024-11-06T09:20Z",
    inLanguage: "en",
    wordCount: 850,
    isAccessibleForFree: true,
    image: {
      "@type": "ImageObject",
      contentUrl: "https://example.org/kursk.jpg",
      width: { "@type": "QuantitativeValue", value: 1200, unitCode: "E37" },
    },
    author: [{ "@id": "https://example.org/people/jane" }],
    publisher: {
      "@type": "NewsMediaOrganization",
      name: "Example News",
      logo: "https://example.org/logo.png",
    },
    about: { "@id": "https://example.org/news/kursk#event" },
    mainEntityOfPage: "https://example.org/news/kursk",
  },
  {
    "@type": "Person",
    "@id": "https://example.org/people/jane",
    name: "Jane Doe",
    url: "https://example.org/people/jane",
    sameAs: ["https://social.example/@jane"],
  },
  {
    "@type": "Claim",
    "@id": "https://example.org/news/kursk#claim",
    text: "No foreign troops are fighting in Kursk",
    author: { "@type": "GovernmentOrganization", name: "Ministry of Defence" },
    datePublished: "2024-10-20",
    appearance: [
      { "@id": "https://example.org/elsewhere" },
      { "@type": "CreativeWork", url: "https://x.org/a" },
    ],
  },
  {
    "@type": "ClaimReview",
    url: "https://example.org/fact-checks/kursk",
    claimReviewed: "No foreign troops are fighting in Kursk",
    itemReviewed: { "@id": "https://example.org/news/kursk#claim" },
    author: { "@type": "Organization", name: "Example Checks" },
    reviewRating: {
      "@type": "Rating",
      alternateName: "False",
      ratingValue: "1",
      bestRating: 5,
      worstRating: 1,
    },
  },
  {
    "@type": "Event",
    "@id": "https://example.org/news/kursk#event",
    name: "Incursion into Kursk Oblast",
    startDate: "2024-08-06",
    endDate: "2024-08-30T12:00:00+03:00",
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: { "@id": "https://schema.org/OfflineEventAttendanceMode" },
    location: { "@id": "https://example.org/places/kursk" },
    organizer: { "@id": "https://example.org/people/jane" },
  },
  {
    "@type": ["Place", "AdministrativeArea"],
    "@id": "https://example.org/places/kursk",
    name: "Kursk Oblast",
    address: { "@type": "PostalAddress", addressRegion: "Kursk", addressCountry: "RU" },
    geo: { "@type": "GeoCoordinates", latitude: 51.73, longitude: "36.19" },
    containedInPlace: { "@type": "Country", name: "Russia", identifier: "RU" },
  },
);

describe("checkSchemaOrgConformance", () => {
  test("a correct NewsArticle, Claim, ClaimReview, Event and Place graph conforms", () => {
    const report = checkSchemaOrgConformance(newsGraph);
    expect(report.errors).toEqual([]);
    expect(report.typesChecked).toBeGreaterThan(10);
    expect(report.propertiesChecked).toBeGreaterThan(40);
  });

  test("types and properties may be written as schema: names or full IRIs", () => {
    const report = checkSchemaOrgConformance({
      "@context": { "@vocab": "https://schema.org/" },
      "@type": "https://schema.org/NewsArticle",
      "schema:headline": "x",
      "http://schema.org/author": { "@type": "schema:Person", name: "Jane" },
    });
    expect(report.errors).toEqual([]);
    expect(report.typesChecked).toBe(2);
  });

  test("a top-level array of nodes is checked node by node", () => {
    const report = checkSchemaOrgConformance([
      { "@context": "https://schema.org", "@type": "Thing", name: "a" },
      { "@context": "https://schema.org", "@type": "Nothing" },
    ]);
    expect(report.errors.map((error) => error.path)).toEqual(['$[1]["@type"]']);
  });

  describe("types", () => {
    test("an unknown type is an error naming its path", () => {
      const { errors } = checkSchemaOrgConformance(
        graph({ "@type": "Thing" }, { "@type": ["Thing", "NewsStory"] }),
      );
      expect(errors).toEqual([
        { path: '$["@graph"][1]["@type"][1]', message: expect.stringContaining("NewsStory") },
      ]);
    });

    test("a type archived in the attic is an error", () => {
      expect(errorsOf({ "@type": "StupidType" })[0]?.message).toContain("attic");
    });

    test("a node without @type is reported once, at its @type", () => {
      expect(errorsOf({ name: "x", description: "y" })).toEqual([
        { path: '$["@type"]', message: expect.stringContaining("no @type") },
      ]);
    });

    test("a node's type may come from another node with the same @id", () => {
      const report = checkSchemaOrgConformance(
        graph({ "@id": "#a", "@type": "Person" }, { "@id": "#a", name: "A" }),
      );
      expect(report.errors).toEqual([]);
    });
  });

  describe("properties", () => {
    test("an unknown property is an error naming its path", () => {
      expect(errorsOf({ "@type": "NewsArticle", headlines: "x" })).toEqual([
        { path: "$.headlines", message: expect.stringContaining("not a schema.org 30.0 property") },
      ]);
    });

    test("a property on the wrong type is an error naming its path", () => {
      const { errors } = checkSchemaOrgConformance(graph({ "@type": "NewsArticle", claimReviewed: "x" }));
      expect(errors).toEqual([
        {
          path: '$["@graph"][0].claimReviewed',
          message: expect.stringContaining("does not apply to NewsArticle"),
        },
      ]);
    });

    test("properties of supertypes apply, up to Thing", () => {
      expect(
        errorsOf({ "@type": "ReportageNewsArticle", name: "x", headline: "y", dateline: "Kyiv" }),
      ).toEqual([]);
    });

    test("a property archived in the attic is an error", () => {
      expect(errorsOf({ "@type": "Dataset", variablesMeasured: "x" })[0]?.message).toContain("attic");
    });

    test("an unexpected keyword is an error", () => {
      expect(errorsOf({ "@type": "Thing", "@reverse": {} })[0]?.path).toBe('$["@reverse"]');
    });
  });

  describe("ranges", () => {
    test("a number where a date is expected is an error naming its path", () => {
      expect(errorsOf({ "@type": "Event", startDate: 5 })).toEqual([
        {
          path: "$.startDate",
          message: expect.stringContaining("does not fit the range of startDate (Date, DateTime)"),
        },
      ]);
    });

    test("a date of reduced precision (2024, 2024-10) fits Date, and an impossible month does not", () => {
      expect(errorsOf({ "@type": "NewsArticle", datePublished: "2024", dateModified: "2024-10" })).toEqual(
        [],
      );
      expect(errorsOf({ "@type": "NewsArticle", datePublished: "2024-13" })[0]?.path).toBe("$.datePublished");
      expect(errorsOf({ "@type": "NewsArticle", datePublished: "2024-02-30" })[0]?.path).toBe(
        "$.datePublished",
      );
    });

    test("a node of a type outside the range is an error naming its path", () => {
      const { errors } = checkSchemaOrgConformance(
        graph({ "@type": "NewsArticle", author: [{ "@type": "Person", name: "A" }, { "@type": "Place" }] }),
      );
      expect(errors).toEqual([
        { path: '$["@graph"][0].author[1]', message: expect.stringContaining("Place does not fit") },
      ]);
    });

    test("plain text where only a class is expected is an error", () => {
      expect(errorsOf({ "@type": "NewsArticle", author: "Jane" })[0]?.path).toBe("$.author");
    });

    test("a nested node without @type is an error", () => {
      expect(errorsOf({ "@type": "NewsArticle", author: { name: "Jane" } })[0]?.message).toContain(
        "without @type",
      );
    });

    test("a subclass of the range fits", () => {
      expect(errorsOf({ "@type": "Event", location: { "@type": "City", name: "Kursk" } })).toEqual([]);
    });

    test("a reference to a node defined in the document is checked against the range", () => {
      const { errors } = checkSchemaOrgConformance(
        graph({ "@type": "NewsArticle", author: { "@id": "#kursk" } }, { "@id": "#kursk", "@type": "Place" }),
      );
      expect(errors).toEqual([
        { path: '$["@graph"][0].author', message: expect.stringContaining('"#kursk" (Place) does not fit') },
      ]);
    });

    test("a reference to a node outside the document fits any class range but not a text range", () => {
      expect(errorsOf({ "@type": "NewsArticle", author: { "@id": "https://x.org/#jane" } })).toEqual([]);
      expect(errorsOf({ "@type": "NewsArticle", headline: { "@id": "https://x.org/#h" } })[0]?.path).toBe(
        "$.headline",
      );
    });

    test("URL takes absolute URLs only", () => {
      expect(errorsOf({ "@type": "Thing", url: "https://example.org/a?b#c" })).toEqual([]);
      expect(errorsOf({ "@type": "Thing", url: "/relative" })[0]?.path).toBe("$.url");
      expect(errorsOf({ "@type": "Thing", url: { "@id": "https://example.org/" } })).toEqual([]);
    });

    test("Date and DateTime take ISO 8601 strings of their form", () => {
      expect(
        errorsOf({ "@type": "Event", startDate: "2024-02-29", endDate: "2024-03-01T10:00:00.5-05:00" }),
      ).toEqual([]);
      expect(errorsOf({ "@type": "Event", startDate: "2023-02-29" })).toHaveLength(1);
      expect(errorsOf({ "@type": "Event", startDate: "March 1" })).toHaveLength(1);
      expect(errorsOf({ "@type": "Event", startDate: "2024-03-01T25:00" })).toHaveLength(1);
    });

    test("Time takes a time of day", () => {
      expect(errorsOf({ "@type": "Event", doorTime: "19:30:00+01:00" })).toEqual([]);
    });

    test("Integer takes whole numbers and integer numerals; Number takes numerals", () => {
      expect(errorsOf({ "@type": "NewsArticle", commentCount: 3 })).toEqual([]);
      expect(errorsOf({ "@type": "NewsArticle", commentCount: "3" })).toEqual([]);
      expect(errorsOf({ "@type": "NewsArticle", commentCount: 2.5 })).toHaveLength(1);
      expect(errorsOf({ "@type": "NewsArticle", commentCount: "three" })).toHaveLength(1);
      expect(errorsOf({ "@type": "GeoCoordinates", latitude: 51.7 })).toEqual([]);
      expect(errorsOf({ "@type": "QuantitativeValue", minValue: "1.5e3" })).toEqual([]);
      expect(errorsOf({ "@type": "QuantitativeValue", minValue: "1,5" })).toHaveLength(1);
    });

    test("Boolean takes booleans and the True/False members, not strings", () => {
      expect(errorsOf({ "@type": "Event", isAccessibleForFree: false })).toEqual([]);
      expect(errorsOf({ "@type": "Event", isAccessibleForFree: "https://schema.org/True" })).toEqual([]);
      expect(errorsOf({ "@type": "Event", isAccessibleForFree: "yes" })).toHaveLength(1);
      expect(errorsOf({ "@type": "Event", isAccessibleForFree: 1 })).toHaveLength(1);
    });

    test("a bare number does not fit Distance, which is text such as '7 ft'", () => {
      expect(errorsOf({ "@type": "ImageObject", width: 1200 })).toHaveLength(1);
      expect(errorsOf({ "@type": "ImageObject", width: "1200 px" })).toEqual([]);
    });

    test("Duration takes ISO 8601 durations", () => {
      expect(errorsOf({ "@type": "NewsArticle", timeRequired: "PT4M30S" })).toEqual([]);
      expect(errorsOf({ "@type": "NewsArticle", timeRequired: "4 minutes" })).toHaveLength(1);
    });

    test("an enumeration takes its own members only", () => {
      expect(errorsOf({ "@type": "Event", eventStatus: "http://schema.org/EventPostponed" })).toEqual([]);
      expect(errorsOf({ "@type": "Event", eventStatus: "schema:EventCancelled" })).toEqual([]);
      expect(
        errorsOf({ "@type": "Event", eventStatus: "https://schema.org/OnlineEventAttendanceMode" }),
      ).toHaveLength(1);
      expect(
        errorsOf({ "@type": "Event", eventStatus: { "@id": "https://schema.org/Monday" } }),
      ).toHaveLength(1);
      expect(errorsOf({ "@type": "Event", eventStatus: "EventScheduled" })).toHaveLength(1);
    });

    test("a Role node fits in place of a class", () => {
      const author = { "@type": "Role", roleName: "editor", author: { "@type": "Person", name: "Jane" } };
      expect(errorsOf({ "@type": "NewsArticle", author })).toEqual([]);
    });

    test("value objects, @list and @set are checked by their contents", () => {
      expect(errorsOf({ "@type": "Thing", name: { "@value": "x", "@language": "en" } })).toEqual([]);
      expect(errorsOf({ "@type": "Event", startDate: { "@value": 5 } })[0]?.path).toBe(
        '$.startDate["@value"]',
      );
      expect(errorsOf({ "@type": "Thing", sameAs: { "@list": ["https://a.org", "b"] } })[0]?.path).toBe(
        '$.sameAs["@list"][1]',
      );
    });

    test("null and nested arrays are errors", () => {
      expect(errorsOf({ "@type": "Thing", name: null })[0]?.path).toBe("$.name");
      expect(errorsOf({ "@type": "Thing", name: [["x"]] })[0]?.path).toBe("$.name[0]");
    });
  });

  describe("context and odd input", () => {
    test("a context that is not schema.org's is an error", () => {
      const { errors } = checkSchemaOrgConformance({
        "@context": "https://example.org/ctx",
        "@type": "Thing",
      });
      expect(errors).toEqual([{ path: '$["@context"]', message: expect.stringContaining("not schema.org") }]);
    });

    test("input that is not a node is reported, not thrown", () => {
      for (const junk of [null, 5, "x", [1]]) {
        expect(checkSchemaOrgConformance(junk).errors.length).toBeGreaterThan(0);
      }
    });

    test("a cycle of nested nodes is checked once", () => {
      const node: Json = { "@context": "https://schema.org", "@type": "Person", name: "A" };
      node.knows = node;
      expect(checkSchemaOrgConformance(node).errors).toEqual([]);
    });
  });
});

describe("the vocabulary file", () => {
  const vocabulary = JSON.parse(
    readFileSync(new URL("./schemaorg/vocabulary.json", import.meta.url), "utf8"),
  );

  test("is schema.org release 30.0 with all its types, properties and enumeration members", () => {
    expect(vocabulary.release).toBe("30.0");
    expect(Object.keys(vocabulary.types)).toHaveLength(937);
    expect(Object.keys(vocabulary.properties)).toHaveLength(1529);
    expect(Object.keys(vocabulary.enumerationMembers)).toHaveLength(537);
  });

  test("records supertypes, data types, enumerations and members", () => {
    expect(vocabulary.types.NewsArticle).toEqual({ supertypes: ["Article"] });
    expect(vocabulary.types.URL).toEqual({ supertypes: ["Text"], isDataType: true });
    expect(vocabulary.types.EventStatusType).toEqual({
      supertypes: ["StatusEnumeration"],
      isEnumeration: true,
    });
    expect(vocabulary.properties.claimReviewed).toEqual({ domains: ["ClaimReview"], ranges: ["Text"] });
    expect(vocabulary.enumerationMembers.EventScheduled).toEqual(["EventStatusType"]);
  });
});

describe("expandOffline", () => {
  test("expands a schema.org document without the network", async () => {
    const expanded = await expandOffline({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "x",
      url: "https://example.org/a",
      datePublished: "2024-01-05",
    });
    expect(expanded).toEqual([
      {
        "@type": ["http://schema.org/NewsArticle"],
        "http://schema.org/headline": [{ "@value": "x" }],
        "http://schema.org/url": [{ "@id": "https://example.org/a" }],
        "http://schema.org/datePublished": [{ "@type": "http://schema.org/Date", "@value": "2024-01-05" }],
      },
    ]);
  });

  test("serves the context for the http and https forms, with or without a slash", async () => {
    for (const context of [
      "https://schema.org",
      "https://schema.org/",
      "http://schema.org",
      "http://schema.org/",
    ]) {
      const [node] = await expandOffline({ "@context": context, "@type": "Thing", name: "x" });
      expect(node?.["@type"]).toEqual(["http://schema.org/Thing"]);
    }
  });

  test("refuses an unknown remote context with a clear error", async () => {
    const attempt = expandOffline({ "@context": "https://example.org/context.jsonld", name: "x" });
    await expect(attempt).rejects.toThrow(OfflineLoadRefused);
    await expect(attempt).rejects.toThrow("refusing to load https://example.org/context.jsonld");
  });

  test("the loader itself refuses anything but the schema.org context", async () => {
    await expect(offlineDocumentLoader("https://schema.org.evil.example/")).rejects.toThrow(
      OfflineLoadRefused,
    );
  });
});
