import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractJsonLd } from "../../src/import/extract";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { safeParseNewsGraph } from "../../src/validate/parse";
import { runs, timeout } from "../properties/support/runs";
import { article, importValid, inferred, type Json, lines, NO_LANGUAGE, schemaOrg } from "./import-support";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/jsonld-import/${name}`, import.meta.url), "utf8"));

const URL_FROM_BASE = "the url is not stated; the baseUrl option is taken as the article's address";
const URL_FROM_ID = "the url is not stated; the @id (without its fragment) is taken as the article's address";
const LONE_BREADCRUMB =
  "the BreadcrumbList stands beside the article without a link to it; the document has one article, so it is taken as the breadcrumb of its page";

describe("the fixtures: clean shapes", () => {
  test("a NewsArticle in Google's shape becomes one article, two people with their pages, and the publisher with its logo", () => {
    const { graph, warnings } = importValid(fixture("news-article-google-shape.json"));
    expect(graph.articles).toEqual([
      {
        id: "harbour-ferry-resumes",
        url: "https://example.com/news/2025/03/14/harbour-ferry-resumes",
        headline: "Harbour ferry service resumes after three-week strike",
        genre: "news",
        language: "en-GB",
        datePublished: "2025-03-14T07:30:00+01:00",
        dateModified: "2025-03-14T11:05:00+01:00",
        authors: ["ines-varga", "tomas-lindqvist"],
        contributors: [],
        publisher: "the-example-courier",
        breadcrumb: [],
        keywords: [],
        images: [
          { url: "https://example.com/photos/1x1/harbour-ferry.jpg" },
          { url: "https://example.com/photos/4x3/harbour-ferry.jpg" },
          { url: "https://example.com/photos/16x9/harbour-ferry.jpg" },
        ],
        about: [],
        mentions: [],
        related: [],
        citations: [],
        corrections: [],
        updates: [],
        paywalledParts: [],
        fieldProvenance: {
          url: inferred(
            "the url is not stated; the address of the mainEntityOfPage is taken as the article's",
          ),
        },
      },
    ]);
    expect(graph.actors).toEqual([
      {
        id: "ines-varga",
        kind: "person",
        name: "Ines Varga",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        url: "https://example.com/staff/ines-varga",
        worksFor: [],
        knowsAbout: [],
        knowsLanguage: [],
      },
      {
        id: "tomas-lindqvist",
        kind: "person",
        name: "Tomas Lindqvist",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        url: "https://example.com/staff/tomas-lindqvist",
        worksFor: [],
        knowsAbout: [],
        knowsLanguage: [],
      },
      {
        id: "the-example-courier",
        kind: "organization",
        name: "The Example Courier",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        url: "https://example.com/",
        logo: { url: "https://example.com/assets/courier-logo.png", width: 600, height: 60 },
        languages: [],
      },
    ]);
    expect(lines(warnings)).toEqual([
      "$.url: the url is not stated; the address of the mainEntityOfPage is taken as the article's",
    ]);
  });

  test("a Yoast-style @graph resolves author, publisher, image and site by @id; the WebPage is reported", () => {
    const { graph, warnings } = importValid(fixture("news-article-graph-with-references.json"));
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]).toMatchObject({
      id: "border-talks",
      url: "https://example.org/world/2025/05/02/border-talks",
      language: "en",
      authors: ["amara-osei"],
      // "#organization" names the type of a node at its own url: the id comes from the name
      publisher: "example-daily",
      images: [
        {
          url: "https://example.org/images/2025/05/border-talks-table.jpg",
          width: 1600,
          height: 900,
          caption: "Delegations at the negotiating table on Friday",
        },
      ],
    });
    expect(graph.articles[0]?.fieldProvenance).toBeUndefined();
    expect(graph.actors).toEqual([
      {
        id: "amara-osei",
        kind: "person",
        name: "Amara Osei",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        url: "https://example.org/authors/amara-osei",
        worksFor: ["example-daily"],
        knowsAbout: [],
        knowsLanguage: [],
      },
      {
        id: "example-daily",
        kind: "media",
        name: "Example Daily",
        alternateNames: [],
        sameAs: ["https://social.example.net/@exampledaily"],
        memberOf: [],
        roles: [],
        url: "https://example.org/",
        logo: { url: "https://example.org/static/example-daily-logo.png" },
        languages: [],
      },
    ]);
    // The WebSite, at the organisation's url and under its name, is read as its site.
    expect(lines(warnings)).toEqual([
      '$["@graph"][0].isPartOf: the property isPartOf of NewsArticle is not mapped',
      '$["@graph"][1]: a WebPage on its own is not mapped; the model keeps one only as an article\'s mainEntityOfPage',
    ]);
  });

  test("a ClaimReview in Google's shape becomes a claim by the councillor with the fact desk's review", () => {
    const { graph, warnings } = importValid(fixture("claim-review-google-shape.json"));
    expect(graph.claims).toEqual([
      {
        id: "claim-the-citys-new-bridge-toll-has-raised-more-than-it-cost",
        claimant: "councillor-ruth-abernethy",
        statement: "The city's new bridge toll has raised more than it cost to build",
        act: "asserts",
        date: "2025-04-02",
        about: [],
        quantities: [],
        evidence: [],
        appearances: [
          { article: "tolls-pay-their-way" },
          { url: "https://example.com/video/council-meeting-2025-04-01", type: "CreativeWork", first: true },
        ],
        responds: [],
        review: {
          reviewer: "example-fact-desk",
          verdict: "Mostly false",
          rating: { value: 2, best: 5, worst: 1 },
          date: "2025-04-09",
          url: "https://example.org/fact-checks/2025/04/bridge-toll-revenue",
        },
        fieldProvenance: {
          act: inferred(
            'schema.org does not say what the claimant does in making a claim; the act "asserts" is assumed',
          ),
        },
      },
    ]);
    expect(graph.actors.map(({ id, kind }) => `${id} (${kind})`)).toEqual([
      "example-fact-desk (organization)",
      "councillor-ruth-abernethy (person)",
      "ruth-abernethy (person)",
      "the-example-courier (organization)",
    ]);
    expect(graph.actors[1]).toMatchObject({ jobTitle: "Chair of the transport committee" });
    // The appearance is an OpinionNewsArticle: imported as an article, the claim's appearance.
    expect(graph.articles.map(({ id, genre, url }) => ({ id, genre, url }))).toEqual([
      {
        id: "tolls-pay-their-way",
        genre: "opinion",
        url: "https://example.com/opinion/2025/04/02/tolls-pay-their-way",
      },
    ]);
    expect(lines(warnings)).toEqual([
      '$.itemReviewed: schema.org does not say what the claimant does in making a claim; the act "asserts" is assumed',
      `$.itemReviewed.appearance.inLanguage: ${NO_LANGUAGE}`,
    ]);
  });

  test("an Event in Google's shape becomes an event at a place, with its organizer and performers", () => {
    const { graph, warnings } = importValid(fixture("event-google-shape.json"));
    expect(graph.events).toEqual([
      {
        id: "regional-press-freedom-forum-2025",
        name: "Regional Press Freedom Forum 2025",
        kind: "other",
        description:
          "Two days of panels on source protection, newsroom safety and public-interest reporting.",
        start: "2025-09-18T09:30:00+02:00",
        end: "2025-09-19T17:00:00+02:00",
        location: "example-congress-hall",
        participants: [
          { actor: "example-journalists-association", role: "host" },
          { actor: "lena-marchetti", role: "agent" },
          { actor: "the-investigations-desk-panel", role: "agent" },
        ],
        quantities: [],
        fieldProvenance: {
          kind: inferred(
            'schema.org Event does not say what kind of event it is; the kind "other" is assumed',
          ),
        },
      },
    ]);
    // The address's country is kept as a code; its locality and region as places that contain the hall.
    expect(
      graph.places.map(({ id, kind, name, countryCode, containedIn }) => ({
        id,
        kind,
        name,
        countryCode,
        containedIn,
      })),
    ).toEqual([
      {
        id: "example-congress-hall",
        kind: "site",
        name: "Example Congress Hall",
        countryCode: "NL",
        containedIn: "rotterdam",
      },
      {
        id: "south-holland",
        kind: "region",
        name: "South Holland",
        countryCode: "NL",
        containedIn: undefined,
      },
      { id: "rotterdam", kind: "city", name: "Rotterdam", countryCode: "NL", containedIn: "south-holland" },
    ]);
    expect(graph.places[2]?.provenance).toEqual(
      inferred("made from the addressLocality at $.location.address.addressLocality"),
    );
    expect(graph.actors.map(({ id, kind }) => `${id} (${kind})`)).toEqual([
      "example-journalists-association (organization)",
      "lena-marchetti (person)",
      "the-investigations-desk-panel (organization)",
    ]);
    expect(lines(warnings)).toEqual([
      '$["@type"]: schema.org Event does not say what kind of event it is; the kind "other" is assumed',
      '$.location["@type"]: schema.org Place does not say what sort of place it is; the kind "site" is assumed',
      '$.location.address.addressRegion: the addressRegion "South Holland" is kept as a region containing the place',
      '$.location.address.addressLocality: the addressLocality "Rotterdam" is kept as a city containing the place',
      '$.performer[1]["@type"]: schema.org PerformingGroup is kept as the kind "organization", the nearest the model has',
      "$.eventStatus: the property eventStatus of Event is not mapped",
      "$.eventAttendanceMode: the property eventAttendanceMode of Event is not mapped",
      "$.image: the property image of Event is not mapped",
      "$.offers: the property offers of Event is not mapped",
      "$.location.address.streetAddress: the property streetAddress of PostalAddress is not mapped",
      "$.location.address.postalCode: the property postalCode of PostalAddress is not mapped",
    ]);
  });
});

describe("the fixtures: messy variants", () => {
  const base = { baseUrl: "https://example.org/page" };

  test("a document without @context is read as schema.org, with a warning", () => {
    const { graph, warnings } = importValid(fixture("missing-context.json"), base);
    expect(graph.articles.map((node) => node.headline)).toEqual([
      "Night trains to return on the coastal line this summer",
    ]);
    expect(graph.actors.map((node) => node.name)).toEqual(["Priya Nandakumar", "The Example Courier"]);
    expect(lines(warnings)).toEqual([
      "$: no @context: read as schema.org, the only vocabulary the importer knows",
      `$.url: ${URL_FROM_BASE}`,
      `$.inLanguage: ${NO_LANGUAGE}`,
    ]);
  });

  test("http and https schema.org contexts and full-IRI types are the same vocabulary; Library is reported", () => {
    const { graph, warnings } = importValid(fixture("mixed-http-https-context.json"), base);
    expect(graph.actors.map(({ id, kind }) => `${id} (${kind})`)).toEqual([
      "oskar-brennan (person)",
      "the-example-courier (organization)",
    ]);
    expect(graph.articles[0]?.about).toEqual([]);
    expect(lines(warnings)).toEqual([
      `$.url: ${URL_FROM_BASE}`,
      `$.inLanguage: ${NO_LANGUAGE}`,
      "$.about: the about is a Library, a type that is not mapped; dropped",
    ]);
  });

  test("in a type array the most specific mapped type wins, without a warning", () => {
    const { graph, warnings } = importValid(fixture("type-array.json"), base);
    expect(graph.articles[0]?.genre).toBe("news");
    expect(graph.articles[0]?.fieldProvenance?.genre).toBeUndefined();
    expect(graph.actors.map(({ id, kind }) => `${id} (${kind})`)).toEqual([
      "marit-solberg (person)",
      "example-daily (media)",
    ]);
    expect(lines(warnings)).toEqual([`$.url: ${URL_FROM_BASE}`, `$.inLanguage: ${NO_LANGUAGE}`]);
  });

  test("an author and a publisher given as plain names become actors marked as inferred", () => {
    const { graph, warnings } = importValid(fixture("author-as-string.json"), base);
    const note = (field: string, type: string) =>
      `the ${field} is given as a plain name, so the ${type} made from it has no @id, url or other details`;
    expect(graph.articles[0]).toMatchObject({
      authors: ["example-courier-staff"],
      publisher: "the-example-courier",
    });
    expect(graph.actors).toEqual([
      {
        id: "example-courier-staff",
        kind: "person",
        name: "Example Courier staff",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        worksFor: [],
        knowsAbout: [],
        knowsLanguage: [],
        fieldProvenance: { kind: inferred(note("author", "Person")) },
      },
      {
        id: "the-example-courier",
        kind: "organization",
        name: "The Example Courier",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        languages: [],
        fieldProvenance: { kind: inferred(note("publisher", "Organization")) },
      },
    ]);
    expect(lines(warnings)).toEqual([
      `$.url: ${URL_FROM_BASE}`,
      `$.inLanguage: ${NO_LANGUAGE}`,
      `$.author: ${note("author", "Person")}`,
      `$.publisher: ${note("publisher", "Organization")}`,
    ]);
  });

  test("images given as a URL, an ImageObject with url, and one with only contentUrl all become images", () => {
    const { graph, warnings } = importValid(fixture("image-object-and-url-mixed.json"), base);
    expect(graph.articles[0]?.images).toEqual([
      { url: "https://example.org/images/tram-opening-wide.jpg" },
      {
        url: "https://example.org/images/tram-opening-square.jpg",
        width: 1200,
        height: 1200,
        caption: "The first tram leaves the depot",
        credit: "Photo: Example Daily",
      },
      { url: "https://example.org/images/tram-driver.jpg" },
    ]);
    expect(lines(warnings)).toEqual([`$.url: ${URL_FROM_BASE}`, `$.inLanguage: ${NO_LANGUAGE}`]);
  });

  test("copies of a node with the same @id are merged into one, with a warning for each copy merged", () => {
    const { graph, warnings } = importValid(fixture("duplicate-nodes.json"));
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]).toMatchObject({
      id: "comet-visible",
      url: "https://example.org/science/2025/07/comet-visible",
      language: "en",
      authors: ["noor-haddad"],
      publisher: "organization",
    });
    expect(graph.actors.map(({ id, name, sameAs }) => ({ id, name, sameAs }))).toEqual([
      { id: "noor-haddad", name: "Noor Haddad", sameAs: [] },
      { id: "organization", name: "Example Daily", sameAs: [] },
    ]);
    expect(graph.actors[0]).toMatchObject({
      url: "https://example.org/authors/noor-haddad",
      jobTitle: "Science correspondent",
    });
    expect(lines(warnings)).toEqual([
      '$["@graph"][2]: the node "https://example.org/science/2025/07/comet-visible#article" is defined again here (first at $["@graph"][0]); its copies were merged into one node (url, inLanguage, publisher taken from here)',
      '$["@graph"][3]: the node "https://example.org/#/person/noor-haddad" is defined again here (first at $["@graph"][1]); its copies were merged into one node (url, jobTitle taken from here)',
    ]);
  });

  test("copies of a node that disagree keep the first value and report the other", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Person", "@id": "#ada", name: "Ada Lovelace" },
        { "@type": "Person", "@id": "#ada", name: "Augusta Ada King" },
      ],
    });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ada Lovelace"]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][1].name: the node "#ada" is also defined at $["@graph"][0] with a different name; the first value is kept',
    ]);
  });

  test("a reference that resolves to nothing is reported and the article keeps no invented author", () => {
    const { graph, warnings } = importValid(fixture("dangling-reference.json"));
    expect(graph.articles[0]).toMatchObject({ authors: [], publisher: "organization" });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Example Daily"]);
    expect(lines(warnings)).toEqual([
      `$["@graph"][0].url: ${URL_FROM_ID}`,
      `$["@graph"][0].inLanguage: ${NO_LANGUAGE}`,
      '$["@graph"][0].author[0]: no node in the document has the @id "#nobody"; the reference is dropped',
    ]);
  });

  test("unmapped top-level types are reported once each, and their nested nodes are not read", () => {
    const { graph, warnings } = importValid(fixture("unmapped-types.json"));
    expect(graph.articles.map((node) => node.id)).toEqual(["harvest-festival"]);
    expect(graph.actors.map((node) => node.id)).toEqual(["clara-novak"]);
    expect(lines(warnings)).toEqual([
      `$["@graph"][0].url: ${URL_FROM_ID}`,
      `$["@graph"][0].inLanguage: ${NO_LANGUAGE}`,
      `$["@graph"][2].itemListElement[2]: the breadcrumb item has no url; the model keeps the sections above the article, each with its name and page (the article itself is no item); dropped`,
      `$["@graph"][2]: ${LONE_BREADCRUMB}`,
      '$["@graph"][1]: the type Recipe is not mapped; the node is dropped',
    ]);
    // The BreadcrumbList beside the one article is its page's; its last item, the page itself, is no section.
    expect(graph.articles[0]?.breadcrumb).toEqual([
      { name: "Home", url: "https://example.com/" },
      { name: "Food", url: "https://example.com/food/" },
    ]);
  });
});

describe("the fixtures: an HTML page, through extractJsonLd", () => {
  test("the page's NewsArticle is imported with its publisher's logo, and the BreadcrumbList beside it", () => {
    const html = readFileSync(
      new URL("../fixtures/jsonld-import/html-page-with-jsonld.html", import.meta.url),
      "utf8",
    );
    const { documents, findings } = extractJsonLd(html);
    expect(findings.map((finding) => `${finding.index} ${finding.code}`)).toEqual(["2 invalid-json"]);
    const { graph, warnings } = importValid(documents.map((block) => block.value));
    expect(
      graph.articles.map(({ id, url, authors, publisher }) => ({ id, url, authors, publisher })),
    ).toEqual([
      {
        id: "flood-barrier-approved",
        url: "https://example.org/local/2025/11/flood-barrier-approved",
        authors: ["hana-kowalczyk"],
        publisher: "example-daily",
      },
    ]);
    expect(graph.articles[0]?.breadcrumb).toEqual([
      { name: "Home", url: "https://example.org/" },
      { name: "Local", url: "https://example.org/local/" },
    ]);
    expect(graph.articles[0]?.fieldProvenance?.breadcrumb).toEqual(inferred(LONE_BREADCRUMB));
    expect(graph.actors).toContainEqual(
      expect.objectContaining({
        name: "Example Daily",
        logo: { url: "https://example.org/static/example-daily-logo.png" },
      }),
    );
    expect(lines(warnings)).toEqual([`$[0].inLanguage: ${NO_LANGUAGE}`, `$[1]: ${LONE_BREADCRUMB}`]);
  });
});

describe("shapes of input", () => {
  test("a single node, an array of nodes and an @graph give the same graph", () => {
    const node = { "@type": "Person", "@id": "https://example.org/#ada", name: "Ada" };
    const single = importValid({ "@context": schemaOrg, ...node });
    const array = importValid([{ "@context": schemaOrg, ...node }]);
    const graph = importValid({ "@context": schemaOrg, "@graph": [node] });
    expect(single.graph).toEqual(array.graph);
    expect(single.graph).toEqual(graph.graph);
    expect(single.graph.actors.map((actor) => actor.id)).toEqual(["ada"]);
  });

  test("an array of documents, each with its own @graph, is one graph whose references cross documents", () => {
    const { graph, warnings } = importValid([
      { "@context": schemaOrg, "@graph": [article({ author: { "@id": "https://example.org/#jane" } })] },
      {
        "@context": schemaOrg,
        "@graph": [{ "@type": "Person", "@id": "https://example.org/#jane", name: "Jane" }],
      },
    ]);
    expect(graph.articles[0]?.authors).toEqual(["jane"]);
    expect(warnings).toEqual([]);
  });

  test("values may be a string, an object, an array of either, an @value or an @list", () => {
    const { graph, warnings } = importValid(
      article({
        headline: { "@value": "Storm closes mountain pass", "@language": "en" },
        author: [{ "@type": "Person", name: "Ana" }, "Ben"],
        keywords: { "@list": ["weather", "roads"] },
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      headline: "Storm closes mountain pass",
      authors: ["ana", "ben"],
      keywords: ["weather", "roads"],
    });
    expect(lines(warnings)).toEqual([
      "$.author[1]: the author is given as a plain name, so the Person made from it has no @id, url or other details",
    ]);
  });

  test("a lone keywords string is split at commas; the items of an array are kept whole", () => {
    const split = importValid(article({ keywords: "weather, roads,  alps" })).graph.articles[0]?.keywords;
    const whole = importValid(article({ keywords: ["weather, roads", "alps"] })).graph.articles[0]?.keywords;
    expect(split).toEqual(["weather", "roads", "alps"]);
    expect(whole).toEqual(["weather, roads", "alps"]);
  });

  test("types may be bare, schema: prefixed, or full http or https IRIs", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": ["Person", "schema:Person", "http://schema.org/Person", "https://schema.org/Person"].map(
        (type, index) => ({ "@type": type, name: `Person ${index}` }),
      ),
    });
    expect(graph.actors.map((actor) => actor.kind)).toEqual(["person", "person", "person", "person"]);
    expect(warnings).toEqual([]);
  });

  test("property names may be written as schema.org IRIs too", () => {
    const { graph } = importValid(
      article({ headline: undefined, "https://schema.org/headline": "Storm closes mountain pass" }),
    );
    expect(graph.articles[0]?.headline).toBe("Storm closes mountain pass");
  });

  test("types of two families are reported and the first mapped one is kept", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": ["Place", "Person"],
      name: "Kursk",
    });
    expect(graph.places.map((place) => place.name)).toEqual(["Kursk"]);
    expect(graph.actors).toEqual([]);
    expect(lines(warnings)).toContain('$["@type"]: read as Place; the type Person cannot be kept beside it');
  });

  test("a context other than schema.org is reported, and terms are still read as schema.org", () => {
    const { graph, warnings } = importValid({ ...article(), "@context": "https://example.net/vocab" });
    expect(graph.articles).toHaveLength(1);
    expect(lines(warnings)).toEqual([
      '$["@context"]: the context "https://example.net/vocab" is not schema.org\'s and was not loaded; terms are read as schema.org',
    ]);
  });

  test("schema.org contexts in every spelling pass without a warning", () => {
    for (const context of [
      "http://schema.org",
      "https://schema.org/",
      "https://schema.org/docs/jsonldcontext.jsonld",
      { "@vocab": "https://schema.org/" },
      ["https://schema.org", { "@language": "en" }],
    ]) {
      expect(importValid({ ...article(), "@context": context }).warnings).toEqual([]);
    }
  });

  test("what is not a node at the top level is reported", () => {
    expect(lines(fromJsonLd(42).warnings)).toEqual([
      "$: expected a JSON-LD node, an array of nodes or an object with @graph, found 42; nothing was imported",
    ]);
    expect(lines(fromJsonLd(["text"]).warnings)).toEqual([
      '$[0]: expected a JSON-LD node, found "text"; ignored',
    ]);
  });
});

describe("ids", () => {
  test("come from the @id's fragment, else its last path segment, else the name", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Person", "@id": "https://example.org/people#mark-rutte", name: "Mark Rutte" },
        { "@type": "Person", "@id": "https://example.org/people/jens-stoltenberg", name: "Jens Stoltenberg" },
        {
          "@type": "Person",
          "@id": "https://example.org/#/schema/person/4f1c2e0a9b8d7c6e5f4a",
          name: "Ana Ruiz",
        },
        { "@type": "Person", name: "Zoë Ångström-Øberg" },
      ],
    });
    expect(graph.actors.map((actor) => actor.id)).toEqual([
      "mark-rutte",
      "jens-stoltenberg",
      "ana-ruiz",
      "zoe-angstrom-oberg",
    ]);
  });

  test("an article's id comes from its url, not from a generic fragment such as #article", () => {
    const { graph } = importValid(article({ "@id": "https://example.org/news/storm#article" }));
    expect(graph.articles[0]?.id).toBe("storm");
  });

  test("are made unique with a numeric suffix, and the same input always gives the same ids", () => {
    const input = {
      "@context": schemaOrg,
      "@graph": [
        // Two people of one name, told apart by their urls.
        { "@type": "Person", name: "Jane Doe", url: "https://example.org/jane-doe" },
        { "@type": "Person", name: "Jane Doe", url: "https://example.org/another-jane-doe" },
        { "@type": "Place", name: "Jane Doe" },
      ],
    };
    const first = importValid(input).graph;
    expect([...first.actors, ...first.places].map((node) => node.id)).toEqual([
      "jane-doe",
      "jane-doe-2",
      "jane-doe-3",
    ]);
    expect(importValid(structuredClone(input)).graph).toEqual(first);
  });

  test("an id written as an @id fragment is kept; a node that would derive the same one takes its next choice", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": [
        article({ url: "https://example.org/nato" }),
        { "@type": "Organization", "@id": "https://example.org/base#nato", name: "NATO" },
      ],
    });
    expect(graph.actors[0]?.id).toBe("nato");
    expect(graph.articles[0]?.id).toBe("storm-closes-mountain-pass");
  });

  test("names without Latin letters or digits fall back to the kind of node", () => {
    const { graph } = importValid({ "@context": schemaOrg, "@type": "City", name: "Курск" });
    expect(graph.places[0]).toMatchObject({ id: "place", name: "Курск" });
  });
});

describe("fields the model requires", () => {
  test("an article with no url, mainEntityOfPage or http @id is skipped unless a baseUrl is given", () => {
    const input = article({ url: undefined });
    expect(lines(importValid(input).warnings)).toEqual([
      "$: NewsArticle not imported: it has no url (nor a mainEntityOfPage or an http(s) @id), and no baseUrl option was given; the model requires a url",
    ]);
    const { graph } = importValid(input, { baseUrl: "https://example.org/news/storm" });
    expect(graph.articles[0]).toMatchObject({
      url: "https://example.org/news/storm",
      fieldProvenance: { url: inferred(URL_FROM_BASE) },
    });
  });

  test("an article with no headline takes its name, as an inference; with neither it is skipped", () => {
    const named = importValid(article({ headline: undefined, name: "Storm" }));
    expect(named.graph.articles[0]).toMatchObject({
      headline: "Storm",
      fieldProvenance: {
        headline: inferred("the headline is not stated; the name is taken as the headline"),
      },
    });
    expect(lines(importValid(article({ headline: undefined })).warnings)).toEqual([
      "$: NewsArticle not imported: it has no headline (nor name), which the model requires",
    ]);
  });

  test("an article with no datePublished is imported without one, reported, when nothing in the document bounds it", () => {
    const { graph, warnings } = importValid(article({ datePublished: undefined }));
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]).not.toHaveProperty("datePublished");
    expect(graph.articles[0]?.fieldProvenance?.datePublished).toBeUndefined();
    expect(lines(warnings)).toEqual([
      "$.datePublished: the datePublished is not stated (nor dateCreated), and nothing in the document bounds it: the article is imported without a date",
    ]);
  });

  test("an article with no datePublished is dated by the claims that appear in it and its dateModified", () => {
    const url = "https://example.org/news/storm";
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        article({ datePublished: undefined, dateModified: "2025-01-10" }),
        {
          "@type": "Claim",
          "@id": `${url}#claim`,
          text: "The pass will reopen on Friday.",
          author: { "@type": "Person", name: "Mayor" },
          datePublished: "2025-01-07",
          appearance: { "@id": url },
        },
      ],
    });
    const note =
      "the datePublished is not stated; the article was published no earlier than 2025-01-07, the latest date of the claims that appear in it (a claim is made before it is reported), and no later than 2025-01-10, its dateModified";
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2025-01-07/2025-01-10",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(lines(warnings)).toContain(`$["@graph"][0].datePublished: ${note}`);
  });

  test("a date-time without a time zone keeps its date, as an inference; an impossible date is dropped", () => {
    const { graph, warnings } = importValid(
      article({ datePublished: "2025-01-08T12:00:00", dateModified: "2025-02-30" }),
    );
    const note =
      'the source gives "2025-01-08T12:00:00" without a time zone; the date is kept and the time dropped, since the model does not guess a zone';
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2025-01-08",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(graph.articles[0]?.dateModified).toBeUndefined();
    expect(lines(warnings)).toEqual([
      `$.datePublished: the datePublished: ${note}`,
      '$.dateModified: the dateModified "2025-02-30" is not a possible ISO 8601 date; dropped',
    ]);
  });

  test("an offset written +0100 is read as +01:00, the same instant", () => {
    const { graph, warnings } = importValid(article({ datePublished: "2025-01-08T12:00:00+0100" }));
    expect(graph.articles[0]?.datePublished).toBe("2025-01-08T12:00:00+01:00");
    expect(warnings).toEqual([]);
  });

  test("a dateModified before the datePublished is dropped", () => {
    const { graph, warnings } = importValid(article({ dateModified: "2024-12-31" }));
    expect(graph.articles[0]?.dateModified).toBeUndefined();
    expect(lines(warnings)).toEqual([
      "$.dateModified: the dateModified 2024-12-31 is before the datePublished 2025-01-08T12:00:00+01:00; dropped",
    ]);
  });

  test("an article that states no language takes the defaultLanguage option, as an inference", () => {
    const { graph, warnings } = importValid(article({ inLanguage: undefined }), { defaultLanguage: "de" });
    const note = 'the language is not stated; the defaultLanguage option "de" is used';
    expect(graph.articles[0]).toMatchObject({
      language: "de",
      fieldProvenance: { language: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$.inLanguage: ${note}`]);
  });

  test("a plain Article is read as the form article, of no genre in particular (news)", () => {
    const { graph, warnings } = importValid(article({ "@type": "Article" }));
    expect(graph.articles[0]).toMatchObject({ genre: "news", form: "article" });
    expect(graph.articles[0]?.fieldProvenance).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test("each NewsArticle subtype gives its genre", () => {
    const genres = [
      "NewsArticle",
      "AnalysisNewsArticle",
      "OpinionNewsArticle",
      "ReportageNewsArticle",
      "BackgroundNewsArticle",
      "ReviewNewsArticle",
      "AskPublicNewsArticle",
    ].map(
      (type, index) =>
        importValid(article({ "@type": type, url: `https://example.org/${index}` })).graph.articles[0]?.genre,
    );
    expect(genres).toEqual([
      "news",
      "analysis",
      "opinion",
      "reportage",
      "background",
      "review",
      "ask-public",
    ]);
  });

  test("a claim without an author is skipped, since the model needs a claimant", () => {
    const { graph, warnings } = importValid({ "@context": schemaOrg, "@type": "Claim", text: "It is so." });
    expect(graph.claims).toEqual([]);
    expect(lines(warnings)).toEqual([
      "$: Claim not imported: it has no author, and the model requires a claimant (who makes the claim)",
    ]);
  });

  test("a ClaimReview without itemReviewed is skipped; one without a verdict keeps the claim but not the review", () => {
    const review = {
      "@context": schemaOrg,
      "@type": "ClaimReview",
      claimReviewed: "It is so.",
      url: "https://example.org/check",
      author: { "@type": "Organization", name: "Checkers" },
    };
    expect(lines(importValid(review).warnings)).toEqual([
      "$: ClaimReview not imported: it has no itemReviewed, so there is no claim (nor claimant) to attach it to",
    ]);
    const { graph, warnings } = importValid({
      ...review,
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Ann" } },
      reviewRating: { "@type": "Rating", ratingValue: 2 },
    });
    expect(graph.claims.map(({ statement, review: kept }) => ({ statement, kept }))).toEqual([
      { statement: "It is so.", kept: undefined },
    ]);
    expect(lines(warnings)).toContain(
      "$: the ClaimReview is not imported: it lacks a verdict (reviewRating.alternateName), which the model requires",
    );
  });

  test("a rating without its scale takes schema.org's defaults, as an inference", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@type": "ClaimReview",
      url: "https://example.org/check",
      author: { "@type": "Organization", name: "Checkers" },
      itemReviewed: { "@type": "Claim", text: "It is so.", author: { "@type": "Person", name: "Ann" } },
      reviewRating: { "@type": "Rating", ratingValue: 4, alternateName: "Mostly true" },
    });
    expect(graph.claims[0]?.review?.rating).toEqual({ value: 4, best: 5, worst: 1 });
    expect(graph.claims[0]?.fieldProvenance?.review?.note).toMatch(/schema.org's defaults/);
  });
});

describe("URLs", () => {
  test("relative URLs are resolved against the baseUrl, and an image's against the article's url", () => {
    const { graph, warnings } = importValid(
      article({
        url: "/news/storm",
        image: "../images/pass.jpg",
        author: { "@type": "Person", name: "Ana", url: "/staff/ana" },
      }),
      { baseUrl: "https://example.org/section/page" },
    );
    expect(graph.articles[0]).toMatchObject({
      url: "https://example.org/news/storm",
      images: [{ url: "https://example.org/images/pass.jpg" }],
    });
    expect(graph.actors[0]).toMatchObject({ url: "https://example.org/staff/ana", sameAs: [] });
    expect(warnings).toEqual([]);
  });

  test("URLs that are not http(s), or relative without a base, are dropped with a warning", () => {
    const { graph, warnings } = importValid(
      article({ image: ["javascript:alert(1)", "/images/pass.jpg"], sameAs: "x" }),
    );
    expect(graph.articles[0]?.images).toEqual([{ url: "https://example.org/images/pass.jpg" }]);
    expect(lines(warnings)).toEqual([
      '$.image[0]: the image "javascript:alert(1)" is not an http(s) URL; dropped',
      "$.sameAs: the property sameAs of NewsArticle is not mapped",
    ]);
  });

  test("an invalid baseUrl or defaultLanguage option is reported and ignored", () => {
    const { warnings } = importValid(article(), { baseUrl: "/relative", defaultLanguage: "english" });
    expect(lines(warnings)).toEqual([
      'options.baseUrl: expected an absolute http(s) URL, found "/relative"; ignored',
      'options.defaultLanguage: expected a BCP 47 language tag, found "english"; ignored',
    ]);
  });
});

describe("what is not mapped is reported", () => {
  test("unknown properties, terms of other vocabularies and unsupported keywords", () => {
    const { warnings } = importValid(article({ wordCount: 800, "og:title": "Storm", "@reverse": {} }));
    expect(lines(warnings)).toEqual([
      '$["@reverse"]: the keyword @reverse is not supported; ignored',
      "$.wordCount: the property wordCount of NewsArticle is not mapped",
      '$["og:title"]: og:title is not a schema.org term; not mapped',
    ]);
  });

  test("values of an unexpected shape", () => {
    const { graph, warnings } = importValid(
      article({ headline: 42, name: "Storm", author: 7, isAccessibleForFree: "maybe" }),
    );
    expect(graph.articles[0]?.headline).toBe("Storm");
    expect(lines(warnings)).toEqual([
      "$.headline: expected text for the headline, found 42; ignored",
      "$.headline: the headline is not stated; the name is taken as the headline",
      '$.author: expected a node or an { "@id" } reference for the author, found 7; dropped',
      '$.isAccessibleForFree: expected true or false for isAccessibleForFree, found "maybe"; ignored',
    ]);
  });

  test("a reference to a node of the wrong kind", () => {
    const { graph, warnings } = importValid(
      article({ author: { "@type": "Place", name: "Kursk" }, about: { "@type": "Place", name: "Kursk" } }),
    );
    expect(graph.articles[0]?.authors).toEqual([]);
    expect(graph.places.map((place) => place.name)).toEqual(["Kursk"]);
    expect(lines(warnings)).toContain("$.author: the author cannot be a Place; the reference is dropped");
  });

  test("claims about other claims are kept as responses, the relation marked as inferred", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Claim", "@id": "#a", text: "A.", author: { "@id": "#ann" } },
        { "@type": "Claim", "@id": "#b", text: "Not A.", author: { "@id": "#ann" }, about: { "@id": "#a" } },
        { "@type": "Person", "@id": "#ann", name: "Ann" },
      ],
    });
    expect(graph.claims[1]).toMatchObject({ id: "b", responds: [{ claim: "a", relation: "qualifies" }] });
    expect(lines(warnings)).toContain(
      '$["@graph"][1].about: a claim about another claim is taken to respond to it; schema.org does not say how, so "qualifies" is assumed',
    );
  });

  test("cycles the model forbids are broken at the edge that closes them", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "City", "@id": "#a", name: "A", containedInPlace: { "@id": "#b" } },
        { "@type": "City", "@id": "#b", name: "B", containedInPlace: { "@id": "#a" } },
        { "@type": "Event", "@id": "#e", name: "E", superEvent: { "@id": "#e" } },
      ],
    });
    expect(graph.places.map((place) => place.containedIn)).toEqual(["b", undefined]);
    expect(graph.events[0]?.partOf).toBeUndefined();
    expect(lines(warnings)).toEqual(
      expect.arrayContaining([
        '$["@graph"][1].containedInPlace: this containedIn would close a cycle, which the model forbids; dropped',
        '$["@graph"][2].superEvent: this partOf would close a cycle, which the model forbids; dropped',
      ]),
    );
  });
});

describe("safety", () => {
  test(
    "never throws on any JSON value (or any other value), and always returns a valid graph",
    () => {
      const anything = fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
      });
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), anything), (value) => {
          const result = fromJsonLd(value);
          expect(safeParseNewsGraph(result.graph).success).toBe(true);
        }),
        runs(1000),
      );
    },
    timeout(30_000),
  );

  test(
    "never throws on JSON-LD-like input, never changes it, and always returns a valid graph",
    () => {
      const types = [
        "NewsArticle",
        "Person",
        "Organization",
        "GovernmentOrganization",
        "Claim",
        "ClaimReview",
      ];
      const moreTypes = [
        "Event",
        "Place",
        "City",
        "ImageObject",
        "Rating",
        "PostalAddress",
        "OrganizationRole",
      ];
      const props = [
        "headline",
        "name",
        "url",
        "datePublished",
        "author",
        "about",
        "itemReviewed",
        "text",
        "image",
      ];
      const moreProps = [
        "containedInPlace",
        "memberOf",
        "roleName",
        "startDate",
        "endDate",
        "superEvent",
        "address",
      ];
      const ids = ["#a", "#b", "https://example.org/x#c", "https://example.org/y"];
      const leaf = fc.oneof(
        {
          arbitrary: fc.constantFrom("2024-01-02", "https://example.org/p", "Name", "#a", "2024-13-40"),
          weight: 6,
        },
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
      );
      const { node } = fc.letrec((tie) => ({
        node: fc
          .record(
            {
              "@type": fc.oneof(
                fc.constantFrom(...types, ...moreTypes),
                fc.array(fc.constantFrom(...types, ...moreTypes)),
              ),
              "@id": fc.constantFrom(...ids),
              name: leaf,
              headline: leaf,
              datePublished: leaf,
              url: leaf,
              author: tie("value"),
              itemReviewed: tie("value"),
            },
            { requiredKeys: [] },
          )
          .chain((base) =>
            fc
              .dictionary(fc.constantFrom(...props, ...moreProps), tie("value"), { maxKeys: 4 })
              .map((rest) => ({ ...rest, ...base })),
          ),
        value: fc.oneof(
          { depthSize: "small" },
          leaf,
          tie("node"),
          fc.record({ "@id": fc.constantFrom(...ids) }),
          fc.array(fc.oneof(leaf, tie("node")), { maxLength: 3 }),
        ),
      }));
      const document = fc.oneof(
        node.map((value) => ({ "@context": schemaOrg, ...(value as Json) })),
        fc.array(node, { maxLength: 4 }).map((graph) => ({ "@context": schemaOrg, "@graph": graph })),
      );
      fc.assert(
        fc.property(document, fc.boolean(), (input, withBase) => {
          importValid(input, withBase ? { baseUrl: "https://example.org/base/page" } : {});
        }),
        runs(300),
      );
    },
    timeout(30_000),
  );

  test("deep nesting is reported, not followed into a stack overflow", () => {
    let value: unknown = { "@type": "Person", name: "Deep" };
    for (let level = 0; level < 100_000; level++) value = { "@type": "Thing", subjectOf: [value] };
    const { graph, warnings } = fromJsonLd({ "@context": schemaOrg, "@graph": [value] });
    expect(safeParseNewsGraph(graph).success).toBe(true);
    const deep = warnings.filter((warning) => warning.message.startsWith("nested more than 100 levels deep"));
    expect(deep).toHaveLength(1);
  });

  test("__proto__ keys are ordinary properties, never followed", () => {
    const input = JSON.parse(
      `{"@context":"${schemaOrg}","@type":"Person","name":"Ada","__proto__":{"name":"x"}}`,
    );
    const { graph, warnings } = importValid(input);
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ada"]);
    expect(lines(warnings)).toEqual(["$.__proto__: the property __proto__ of Person is not mapped"]);
    expect(({} as Json).name).toBeUndefined();
  });

  test("input that cannot be read (a throwing getter) is reported, never thrown", () => {
    const hostile = { "@context": schemaOrg, "@type": "Person" } as Json;
    Object.defineProperty(hostile, "name", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const { graph, warnings } = fromJsonLd(hostile);
    expect(graph.actors).toEqual([]);
    expect(lines(warnings)).toEqual(["$: the input could not be read: boom; nothing was imported"]);
  });
});

describe("the documented example", () => {
  test("fromJsonLd's TSDoc example does what it says", () => {
    const { graph, warnings } = fromJsonLd(
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Storm closes mountain pass",
        datePublished: "2025-01-08T12:00:00+01:00",
        inLanguage: "en",
        author: { "@type": "Person", name: "Jane Doe" },
      },
      { baseUrl: "https://example.org/news/storm" },
    );
    expect(graph.articles[0]?.url).toBe("https://example.org/news/storm");
    expect(graph.articles[0]?.fieldProvenance?.url?.basis).toBe("inferred");
    expect(graph.actors[0]?.name).toBe("Jane Doe");
    expect(warnings[0]?.message).toBe(URL_FROM_BASE);
  });
});
