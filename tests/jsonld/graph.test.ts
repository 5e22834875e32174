import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples/north-korean-troops-in-kursk";
import { articleJsonLd, jsonLdScript, toJsonLd } from "../../src/jsonld";
import type { NewsGraph } from "../../src/model/news-graph";
import { parseNewsGraph } from "../../src/validate/parse";
import { expandOffline } from "../support/jsonld-offline";
import { closure, runtimeImports } from "../support/runtime-imports";
import { checkSchemaOrgConformance } from "../support/schemaorg-conformance";
import { ANALYSIS_URL, everyKindGraph, HOSTILE, NEWS_URL } from "./every-kind-graph";

type Json = Record<string, unknown>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BASE = "https://data.example.org/graph";
const at = (id: string, base = NEWS_URL): string => `${base}#${id}`;
const ref = (id: string, base = NEWS_URL): Json => ({ "@id": at(id, base) });

const nodesOf = (document: { "@graph": readonly unknown[] }): Json[] => document["@graph"] as Json[];

// People and organisations with a url of their own are named after it, on every page alike.
const JANE = "https://news.example.org/staff/jane-doe#person";
const PUBLISHER = "https://news.example.org/#organization";
const SITE = "https://news.example.org/#website";
const CHECKS = "https://checks.example.org/#organization";
// Who Jane Doe is, on a page and in the knowledge graph alike.
const JANE_PROFILE = {
  url: "https://news.example.org/staff/jane-doe",
  image: {
    "@type": "ImageObject",
    url: "https://news.example.org/staff/jane-doe.jpg",
    width: { "@type": "QuantitativeValue", value: 400, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: 400, unitCode: "E37" },
  },
  jobTitle: "Defence correspondent",
  worksFor: [{ "@id": PUBLISHER }, ref("nato")],
  knowsAbout: ["NATO", HOSTILE],
  knowsLanguage: ["en", "uk"],
};
const iriOf = (id: string): string =>
  ({ "jane-doe": JANE, "example-news": PUBLISHER, "example-checks": CHECKS })[id] ?? at(id);

/** The node with this `@id`; fails the test when there is none. */
function node(document: { "@graph": readonly unknown[] }, id: string): Json {
  const found = nodesOf(document).find((candidate) => candidate["@id"] === id);
  if (found === undefined) throw new Error(`no node ${id} in the output`);
  return found;
}

/** Every `{ "@id" }`-only object anywhere in a value, with the key it sits under. */
function references(value: unknown, key = "", found: { key: string; id: string }[] = []) {
  if (Array.isArray(value)) for (const item of value) references(item, key, found);
  else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === "@id") found.push({ key, id: String(entries[0][1]) });
    else for (const [name, item] of entries) references(item, name, found);
  }
  return found;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

const whole = toJsonLd(everyKindGraph);
const page = articleJsonLd(everyKindGraph, "news-article");
const knowledge = articleJsonLd(everyKindGraph, "news-article", { profile: "graph" });

describe("articleJsonLd", () => {
  test("a live blog's page writes the WebPage its updates share once", () => {
    const ids = nodesOf(articleJsonLd(everyKindGraph, "live-blog")).map((node) => node["@id"]);
    expect(ids.filter((id) => id === "https://news.example.org/live/kursk#webpage")).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a call made while another is under way (from a getter of the graph) writes its own page, and leaves the other's whole", () => {
    const plain = structuredClone(northKoreanTroopsInKursk);
    const expected = articleJsonLd(plain, KURSK_ARTICLE_ID);
    const graph = structuredClone(northKoreanTroopsInKursk);
    // Both calls share the graph's cached index and IRIs: the inner one must not use the outer one's queue.
    articleJsonLd(graph, KURSK_ARTICLE_ID);
    const article = graph.articles[0] as NewsGraph["articles"][number];
    const { headline } = article;
    let inner: unknown;
    let calls = 0;
    Object.defineProperty(article, "headline", {
      get() {
        // The first read starts the inner call, whose own read of the headline starts nothing more.
        if (calls++ === 0) inner = articleJsonLd(graph, KURSK_ARTICLE_ID, { profile: "graph" });
        return headline;
      },
    });
    expect(articleJsonLd(graph, KURSK_ARTICLE_ID)).toEqual(expected);
    expect(inner).toEqual(articleJsonLd(plain, KURSK_ARTICLE_ID, { profile: "graph" }));
  });

  test("returns one @graph under the schema.org context, the article first", () => {
    expect(Object.keys(page)).toEqual(["@context", "@graph"]);
    expect(page["@context"]).toBe("https://schema.org");
    expect(nodesOf(page)[0]?.["@id"]).toBe(NEWS_URL);
  });

  test("maps every article field the model has a schema.org property for", () => {
    expect(node(page, NEWS_URL)).toEqual({
      "@type": "NewsArticle",
      "@id": NEWS_URL,
      url: NEWS_URL,
      mainEntityOfPage: { "@id": `${NEWS_URL}#webpage` },
      headline: HOSTILE,
      alternativeHeadline: "NATO confirms the deployment",
      description: "NATO says North Korean troops are in Russia's Kursk region.",
      inLanguage: "en-GB",
      datePublished: "2024-10-28T14:30:00+01:00",
      dateModified: "2024-10-29T09:05:30.250-05:00",
      author: [{ "@id": JANE }],
      // an editor that is no person (schema.org's editor takes a Person) is a contributor in the role
      editor: [ref("mark-rutte")],
      translator: [ref("regional-person")],
      contributor: [
        { "@type": "Role", contributor: { "@id": PUBLISHER }, roleName: "editor" },
        { "@type": "Role", contributor: ref("example-company"), roleName: "photographer" },
        ref("example-org"),
      ],
      publisher: { "@id": PUBLISHER },
      articleSection: "World",
      keywords: ["NATO", "North Korea", HOSTILE],
      image: [
        {
          "@type": "ImageObject",
          url: "https://news.example.org/img/kursk.jpg",
          width: { "@type": "QuantitativeValue", value: 1200, unitCode: "E37" },
          height: { "@type": "QuantitativeValue", value: 675, unitCode: "E37" },
          caption: "Kursk region",
          creditText: "Photo: A. Photographer / Agency",
          creator: ref("example-company"),
          copyrightNotice: "© 2024 Example Company",
          license: "https://news.example.org/licences/editorial",
          acquireLicensePage: "https://news.example.org/licensing",
        },
        { "@type": "ImageObject", url: "https://news.example.org/img/rutte.jpg" },
      ],
      dateline: "Kyiv",
      locationCreated: ref("kyiv"),
      about: [ref("deployment")],
      mentions: [ref("nato"), ref("kursk-region")],
      citation: [
        {
          "@type": "CreativeWork",
          name: "NATO press conference",
          url: "https://news.example.org/docs/nato-transcript",
        },
        { "@type": "CreativeWork", name: HOSTILE },
        { "@type": "CreativeWork", url: "https://news.example.org/data/troops.csv" },
      ],
      backstory: "Reported from Kyiv and Brussels.",
      isAccessibleForFree: true,
      correction: [
        {
          "@type": "CorrectionComment",
          datePublished: "2024-10-29",
          text: "An earlier version misstated the date of the pact.",
        },
      ],
    });
  });

  test("writes the article's WebPage next, as its mainEntityOfPage: url, site, breadcrumb, related links", () => {
    expect(nodesOf(page)[1]).toEqual({
      "@type": "WebPage",
      "@id": `${NEWS_URL}#webpage`,
      url: NEWS_URL,
      isPartOf: { "@id": SITE },
      breadcrumb: {
        "@type": "BreadcrumbList",
        itemListElement: [
          {
            "@type": "ListItem",
            position: 1,
            name: "World",
            item: { "@id": "https://news.example.org/world" },
          },
          {
            "@type": "ListItem",
            position: 2,
            name: HOSTILE,
            item: { "@id": "https://news.example.org/world/europe" },
          },
        ],
      },
      relatedLink: ["https://news.example.org/ceasefire"],
    });
  });

  test("names the WebPage of an article whose url has a fragment after the page, fragment left out", () => {
    const opinion = articleJsonLd(everyKindGraph, "opinion-article");
    expect(
      nodesOf(opinion)
        .slice(0, 2)
        .map((candidate) => candidate["@id"]),
    ).toEqual([
      "https://news.example.org/opinion/kursk#comments",
      "https://news.example.org/opinion/kursk#webpage",
    ]);
    // no publisher, so no site
    expect(nodesOf(opinion)[1]).toEqual({
      "@type": "WebPage",
      "@id": "https://news.example.org/opinion/kursk#webpage",
      url: "https://news.example.org/opinion/kursk#comments",
    });
  });

  test("marks a paywalled article not free, naming each closed part as a WebPageElement", () => {
    expect(node(articleJsonLd(everyKindGraph, "analysis-article"), ANALYSIS_URL)).toMatchObject({
      isAccessibleForFree: false,
      hasPart: [
        { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywall" },
        { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: "#premium > p" },
      ],
    });
  });

  test("holds, on a page, only the claims with evidence in the article that are reviewed, with their reviews", () => {
    const types = nodesOf(page)
      .filter((candidate) => candidate["@type"] === "Claim" || candidate["@type"] === "ClaimReview")
      .map((candidate) => [candidate["@type"], candidate["@id"], Object.keys(candidate).length > 3]);
    expect(types).toEqual([
      ["Claim", at("claim-nato-confirms"), true],
      ["ClaimReview", `${at("claim-nato-confirms")}/review`, true],
      ["Claim", at("claim-putin-denies"), true],
      ["ClaimReview", `${at("claim-putin-denies")}/review`, true],
      // not reviewed, but claim-nato-confirms responds to it: a light Claim
      ["Claim", at("claim-nis-reports"), false],
    ]);
    expect(node(page, at("claim-nis-reports"))).toEqual({
      "@type": "Claim",
      "@id": at("claim-nis-reports"),
      text: "North Korea has sent troops to Russia.",
    });
  });

  test("writes the publisher, authors, contributors, image creators and reviewers as cards", () => {
    expect(node(page, PUBLISHER)).toEqual({
      "@type": "NewsMediaOrganization",
      "@id": PUBLISHER,
      name: "Example News",
      url: "https://news.example.org/",
      logo: {
        "@type": "ImageObject",
        url: "https://news.example.org/logo.png",
        width: { "@type": "QuantitativeValue", value: 512, unitCode: "E37" },
        height: { "@type": "QuantitativeValue", value: 512, unitCode: "E37" },
      },
      foundingDate: "1998-03",
      publishingPrinciples: "https://news.example.org/about/principles",
      ethicsPolicy: "https://news.example.org/about/ethics",
      correctionsPolicy: "https://news.example.org/about/corrections",
      diversityPolicy: "https://news.example.org/about/diversity",
      diversityStaffingReport: "https://news.example.org/about/diversity-report",
      masthead: "https://news.example.org/about/masthead",
      missionCoveragePrioritiesPolicy: "https://news.example.org/about/mission",
      noBylinesPolicy: "https://news.example.org/about/bylines",
      ownershipFundingInfo: "https://news.example.org/about/ownership",
      actionableFeedbackPolicy: "https://news.example.org/about/feedback",
      unnamedSourcesPolicy: "https://news.example.org/about/sources",
      verificationFactCheckingPolicy: "https://news.example.org/about/verification",
      sameAs: ["https://www.wikidata.org/wiki/Q1"],
    });
    expect(node(page, JANE)).toEqual({
      "@type": "Person",
      "@id": JANE,
      name: "Jane Doe",
      ...JANE_PROFILE,
      sameAs: ["https://social.example.net/@jane"],
    });
    // a card leaves the knowledge graph out: no roles, memberships or nationality
    expect(node(page, at("mark-rutte"))).toEqual({
      "@type": "Person",
      "@id": at("mark-rutte"),
      name: "Mark Rutte",
      sameAs: ["https://www.wikidata.org/wiki/Q57792"],
    });
    expect(node(page, at("example-company"))).toEqual({
      "@type": "Corporation",
      "@id": at("example-company"),
      name: "Example Company",
    });
    // the reviewer's foundingDate has a time, which schema.org's Date cannot take
    expect(node(page, CHECKS)).toEqual({
      "@type": "NGO",
      "@id": CHECKS,
      name: "Example Checks",
      url: "https://checks.example.org/",
      ethicsPolicy: "https://checks.example.org/ethics",
    });
  });

  test("writes the publisher's WebSite after it, and no site for any other organisation on the page", () => {
    const ids = nodesOf(page).map((candidate) => candidate["@id"]);
    expect(ids.indexOf(SITE)).toBe(ids.indexOf(PUBLISHER) + 1);
    expect(node(page, SITE)).toEqual({
      "@type": "WebSite",
      "@id": SITE,
      url: "https://news.example.org/",
      name: "Example News",
      inLanguage: ["en-GB", "uk"],
      publisher: { "@id": PUBLISHER },
    });
    expect(ids).not.toContain("https://checks.example.org/#website");
  });

  test("writes what the page only names as light references: a name, a url, sameAs, no rich-result type", () => {
    expect(node(page, at("deployment"))).toEqual({
      "@type": "Thing",
      "@id": at("deployment"),
      name: "North Korean deployment to Kursk",
    });
    expect(node(page, at("nato"))).toEqual({
      "@type": "Organization",
      "@id": at("nato"),
      name: "NATO",
      sameAs: ["https://www.wikidata.org/wiki/Q7184"],
    });
    expect(node(page, at("kursk-region"))).toEqual({
      "@type": "AdministrativeArea",
      "@id": at("kursk-region"),
      name: "Kursk region",
    });
    const types = new Set(nodesOf(page).map((candidate) => candidate["@type"]));
    expect(types.has("Event")).toBe(false);
  });

  test("holds, in the graph profile, the claims with evidence in the article and every node they reach", () => {
    const claims = nodesOf(knowledge).filter((candidate) => candidate["@type"] === "Claim");
    expect(claims.map((claim) => claim["@id"])).toEqual([
      at("claim-nato-confirms"),
      at("claim-putin-denies"),
      at("claim-nis-reports"), // no evidence here, but claim-nato-confirms responds to it
    ]);
    expect(nodesOf(knowledge).some((candidate) => candidate["@id"] === at("claim-elsewhere"))).toBe(false);
    expect(node(knowledge, at("deployment"))["@type"]).toBe("Event");
    expect(node(knowledge, JANE)).toMatchObject({
      nationality: ref("ukraine-territory"),
      jobTitle: "Defence correspondent",
    });
  });

  test.each([
    ["page", page],
    ["graph", knowledge],
  ])("holds every node its nodes refer to in the %s profile, and no other article", (_, output) => {
    const ids = new Set(nodesOf(output).map((candidate) => candidate["@id"]));
    for (const { key, id } of references(output)) {
      // other articles are their own pages, referred to by url; a breadcrumb's items are section pages
      if (key === "appearance" || key === "item") continue;
      expect(ids.has(id), `${key} → ${id}`).toBe(true);
    }
    expect(ids.has(ANALYSIS_URL)).toBe(false);
  });

  test("reaches, in the graph profile, what only other nodes refer to: containedIn of containedIn, a territory", () => {
    const ids = new Set(nodesOf(knowledge).map((candidate) => candidate["@id"]));
    expect(ids.has(at("europe"))).toBe(true);
    expect(ids.has(at("russia-territory"))).toBe(true);
    expect(ids.has(at("united-nations"))).toBe(true);
    // the page names what the article and its reviewed claims name, and no further
    expect(nodesOf(page).some((candidate) => candidate["@id"] === at("europe"))).toBe(false);
  });

  test("writes a url or kind changed in place at once, as for a graph it has never seen", () => {
    const graph = structuredClone(everyKindGraph);
    articleJsonLd(graph, "news-article");
    const jane = graph.actors.find((actor) => actor.id === "jane-doe");
    const nato = graph.actors.find((actor) => actor.id === "nato");
    if (jane?.kind !== "person" || nato === undefined || nato.kind === "person" || nato.kind === "state")
      throw new Error("fixture changed");
    jane.url = "https://news.example.org/people/jane";
    nato.url = "https://www.nato.example/";
    const after = articleJsonLd(graph, "news-article");
    expect(after).toEqual(articleJsonLd(structuredClone(graph), "news-article"));
    expect(node(after, NEWS_URL).author).toEqual([{ "@id": "https://news.example.org/people/jane#person" }]);
    expect(
      nodesOf(after).some((candidate) => candidate["@id"] === "https://www.nato.example/#organization"),
    ).toBe(true);
  });

  test("refuses a profile that is neither page nor graph, naming it", () => {
    expect(() => articleJsonLd(everyKindGraph, "news-article", { profile: "everything" as "graph" })).toThrow(
      'articleJsonLd: the profile must be "page" or "graph", found "everything"',
    );
  });

  test.each([
    ["page", page],
    ["graph", knowledge],
  ])("emits each node once in the %s profile", (_, output) => {
    const ids = nodesOf(output).map((candidate) => candidate["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("names the publisher, its site and the authors with a url after their pages, the same on every page", () => {
    const news = articleJsonLd(everyKindGraph, "news-article");
    const analysis = articleJsonLd(everyKindGraph, "analysis-article");
    expect(node(news, NEWS_URL).publisher).toEqual({ "@id": PUBLISHER });
    expect(node(analysis, ANALYSIS_URL).publisher).toEqual({ "@id": PUBLISHER });
    expect(node(news, PUBLISHER)).toEqual(node(analysis, PUBLISHER));
    expect(node(news, SITE)).toEqual(node(analysis, SITE));
    expect(node(news, `${NEWS_URL}#webpage`).isPartOf).toEqual(
      node(analysis, `${ANALYSIS_URL}#webpage`).isPartOf,
    );
  });

  test("uses the base URL for the @ids of nodes without a url when given one, so pages share them", () => {
    const news = articleJsonLd(everyKindGraph, "news-article", { baseUrl: BASE });
    const analysis = articleJsonLd(everyKindGraph, "analysis-article", { baseUrl: BASE, profile: "graph" });
    expect(node(news, NEWS_URL).publisher).toEqual({ "@id": PUBLISHER });
    expect(node(news, at("nato", BASE))).toEqual({
      "@type": "Organization",
      "@id": at("nato", BASE),
      name: "NATO",
      sameAs: ["https://www.wikidata.org/wiki/Q7184"],
    });
    expect(node(analysis, at("nato", BASE))).toMatchObject({ "@id": at("nato", BASE), name: "NATO" });
  });

  test("throws an Error naming the unknown id and the article ids there are", () => {
    const call = () => articleJsonLd(everyKindGraph, "no-such-article");
    expect(call).toThrow(Error);
    expect(call).not.toThrow(TypeError);
    expect(call).toThrow(
      'articleJsonLd: no article "no-such-article"; the articles are "news-article", "analysis-article", ' +
        '"opinion-article", "reportage-article", "background-article", "review-article", "ask-public-article"',
    );
    expect(() => articleJsonLd(parseNewsGraph({ format: 1 }), "a")).toThrow(
      'articleJsonLd: no article "a"; the graph has no articles',
    );
  });

  test("refuses a base URL that is not absolute http(s)", () => {
    for (const baseUrl of ["/relative", "javascript:alert(1)", "//example.org/x", ""]) {
      expect(() => articleJsonLd(everyKindGraph, "news-article", { baseUrl })).toThrow(
        `newsgraph JSON-LD: the base URL must be an absolute http(s) URL, found ${JSON.stringify(baseUrl)}`,
      );
    }
  });

  test("embeds with jsonLdScript and parses back to the same data", () => {
    const html = jsonLdScript(page);
    expect(html).not.toContain("</script><script>");
    const json = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
    expect(JSON.parse(json)).toEqual(page);
  });
});

describe("toJsonLd", () => {
  test("emits every node of the graph once, in document order, with a ClaimReview after each reviewed claim", () => {
    const ids = nodesOf(whole).map((candidate) => candidate["@id"]);
    const { articles, actors, claims, events, places } = everyKindGraph;
    const named: Record<string, string[]> = {
      "jane-doe": [JANE],
      "example-news": [PUBLISHER, SITE],
      "example-checks": [CHECKS, "https://checks.example.org/#website"],
    };
    // A live blog's update at a fragment of the live blog's address shares its WebPage, written once.
    const pages = new Set<string>();
    const pageOf = (url: string): string[] => {
      const page = `${url.split("#")[0]}#webpage`;
      if (pages.has(page)) return [];
      pages.add(page);
      return [page];
    };
    expect(ids).toEqual([
      ...articles.flatMap((article) => [article.url, ...pageOf(article.url)]),
      ...actors.flatMap((actor) => named[actor.id] ?? [at(actor.id)]),
      ...claims.flatMap((claim) =>
        claim.review ? [at(claim.id), `${at(claim.id)}/review`] : [at(claim.id)],
      ),
      ...events.map((event) => at(event.id)),
      ...places.map((place) => at(place.id)),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("refers to nodes only by { @id }, and every reference resolves to a node of the output", () => {
    const ids = new Set(nodesOf(whole).map((candidate) => candidate["@id"]));
    const found = references(whole);
    expect(found.length).toBeGreaterThan(40);
    for (const { key, id } of found) if (key !== "item") expect(ids.has(id), `${key} → ${id}`).toBe(true);
  });

  test("gives the same output for the same graph, and never changes its input", () => {
    const frozen = deepFreeze(structuredClone(everyKindGraph));
    expect(toJsonLd(frozen)).toEqual(whole);
    expect(articleJsonLd(frozen, "news-article")).toEqual(page);
    expect(articleJsonLd(frozen, "news-article", { profile: "graph" })).toEqual(knowledge);
    expect(frozen).toEqual(everyKindGraph);
  });

  test("takes the first article's url, without its fragment, as the base of node @ids", () => {
    const [first, ...rest] = everyKindGraph.articles;
    if (first === undefined) throw new Error("fixture has articles");
    const opinionFirst = toJsonLd({
      ...everyKindGraph,
      articles: [...rest.slice(1), first, ...rest.slice(0, 1)],
    });
    expect(nodesOf(opinionFirst)).toContainEqual(
      expect.objectContaining({ "@id": "https://news.example.org/opinion/kursk#nato" }),
    );
    // the opinion article's own @id keeps its url, fragment and all
    expect(nodesOf(opinionFirst)[0]?.["@id"]).toBe("https://news.example.org/opinion/kursk#comments");
  });

  test("takes options.baseUrl over the articles' urls", () => {
    const based = toJsonLd(everyKindGraph, { baseUrl: BASE });
    expect(node(based, at("russia", BASE))["@type"]).toBe("GovernmentOrganization");
    expect(node(based, NEWS_URL)["@type"]).toBe("NewsArticle");
  });

  test("throws an Error when there is neither an article nor a baseUrl to build @ids on", () => {
    const noArticles: NewsGraph = { ...everyKindGraph, articles: [] };
    expect(() => toJsonLd(noArticles)).toThrow(
      "toJsonLd: the graph has no article whose url could be the base of the nodes' @ids; pass options.baseUrl",
    );
    expect(nodesOf(toJsonLd(noArticles, { baseUrl: BASE })).length).toBeGreaterThan(0);
  });
});

describe("mapping", () => {
  test.each([
    ["news-article", "NewsArticle"],
    ["analysis-article", "AnalysisNewsArticle"],
    ["opinion-article", ["BlogPosting", "OpinionNewsArticle"]],
    ["reportage-article", "ReportageNewsArticle"],
    ["background-article", "BackgroundNewsArticle"],
    ["review-article", "ReviewNewsArticle"],
    ["ask-public-article", "AskPublicNewsArticle"],
    ["live-blog", "LiveBlogPosting"],
    ["tech-article", "TechArticle"],
  ])("the article %s is a %s", (id, type) => {
    expect(nodesOf(articleJsonLd(everyKindGraph, id))[0]?.["@type"]).toEqual(type);
  });

  test.each([
    ["jane-doe", "Person"],
    ["russia", "GovernmentOrganization"],
    ["example-org", "Organization"],
    ["russian-government", "GovernmentOrganization"],
    ["nato", "Organization"],
    ["armed-group", "Organization"],
    ["kpa", "GovernmentOrganization"],
    ["example-news", "NewsMediaOrganization"],
    ["example-party", "PoliticalParty"],
    ["example-company", "Corporation"],
    ["example-checks", "NGO"],
  ])("the actor %s is a %s", (id, type) => {
    expect(node(whole, iriOf(id))["@type"]).toBe(type);
  });

  test.each([
    ["russia-territory", "Country"],
    ["kursk-region", "AdministrativeArea"],
    ["kyiv", "City"],
    ["sudzha-station", "Place"],
    ["border-area", "Place"],
    ["black-sea", "BodyOfWater"],
    ["europe", "Continent"],
  ])("the place %s is a %s", (id, type) => {
    expect(node(whole, at(id))["@type"]).toBe(type);
  });

  test("a person keeps names, description and sameAs; roles become OrganizationRoles; nationality is a Country", () => {
    expect(node(whole, at("mark-rutte"))).toEqual({
      "@type": "Person",
      "@id": at("mark-rutte"),
      name: "Mark Rutte",
      alternateName: ["Rutte"],
      description: HOSTILE,
      sameAs: ["https://www.wikidata.org/wiki/Q57792"],
      // memberOf a person, and a role held "of" a person, have no schema.org form: left out
      memberOf: [
        ref("nato"),
        {
          "@type": "OrganizationRole",
          memberOf: ref("nato"),
          roleName: "Secretary General",
          startDate: "2024-10-01",
        },
      ],
      nationality: ref("netherlands"),
    });
  });

  test("a person with a profile page keeps it, with portrait, job, employers, expertise and languages", () => {
    expect(node(whole, JANE)).toEqual({
      "@type": "Person",
      "@id": JANE,
      name: "Jane Doe",
      sameAs: ["https://social.example.net/@jane"],
      memberOf: [
        {
          "@type": "OrganizationRole",
          memberOf: { "@id": PUBLISHER },
          roleName: "Correspondent",
          startDate: "2019",
        },
      ],
      nationality: ref("ukraine-territory"),
      ...JANE_PROFILE,
    });
  });

  test("an organisation with a home page keeps its logo, founding date and policies, and has its WebSite", () => {
    expect(node(whole, PUBLISHER)).toMatchObject({
      url: "https://news.example.org/",
      logo: { "@type": "ImageObject", url: "https://news.example.org/logo.png" },
      foundingDate: "1998-03",
      masthead: "https://news.example.org/about/masthead",
      verificationFactCheckingPolicy: "https://news.example.org/about/verification",
    });
    expect(node(whole, SITE)).toEqual(node(page, SITE));
    expect(node(whole, "https://checks.example.org/#website")).toEqual({
      "@type": "WebSite",
      "@id": "https://checks.example.org/#website",
      url: "https://checks.example.org/",
      name: "Example Checks",
      publisher: { "@id": CHECKS },
    });
    expect(node(whole, CHECKS)).not.toHaveProperty("foundingDate"); // a date-time; schema.org's is a Date
  });

  test("a nationality given as a state is its territory; one that is no country is left out", () => {
    expect(node(whole, JANE).nationality).toEqual(ref("ukraine-territory"));
    expect(node(whole, at("regional-person"))).not.toHaveProperty("nationality");
  });

  test("a state serves its territory; an organisation is located in its country (or its state's territory)", () => {
    expect(node(whole, at("russia"))).toMatchObject({
      memberOf: [ref("united-nations")],
      areaServed: ref("russia-territory"),
    });
    expect(node(whole, at("north-korea"))).not.toHaveProperty("areaServed");
    expect(node(whole, at("russian-government")).location).toEqual(ref("russia-territory"));
    expect(node(whole, PUBLISHER).location).toEqual(ref("ukraine-territory"));
    expect(node(whole, at("kpa"))).not.toHaveProperty("location"); // North Korea has no territory here
  });

  test("a claim is a Claim with its claimant as author, its appearances, subjects, figures and quote", () => {
    expect(node(whole, at("claim-nato-confirms"))).toEqual({
      "@type": "Claim",
      "@id": at("claim-nato-confirms"),
      text: HOSTILE,
      author: ref("nato"),
      datePublished: "2024-10-28T10:00:00+02:00",
      about: [ref("deployment"), ref("kursk-region"), ref("claim-nis-reports")],
      mentions: [
        {
          "@type": "QuantitativeValue",
          value: 1500,
          unitText: "soldiers",
          description: "approximately: about 1,500",
        },
        { "@type": "QuantitativeValue", minValue: 10000, maxValue: 12000, unitText: "soldiers" },
        { "@type": "QuantitativeValue", maxValue: 5000, unitText: "soldiers", description: "up to 5,000" },
        { "@type": "QuantitativeValue", value: 3, unitText: "brigades", description: "approximately" },
      ],
      appearance: [{ "@id": NEWS_URL }, { "@id": ANALYSIS_URL }],
      isBasedOn: { "@type": "Quotation", text: "a significant escalation", author: ref("nato") },
    });
  });

  test("a claim that denies another is about it", () => {
    expect(node(whole, at("claim-putin-denies")).about).toEqual([ref("claim-nato-confirms")]);
  });

  test("a review becomes a ClaimReview with the verdict as the rating's name", () => {
    expect(node(whole, `${at("claim-nato-confirms")}/review`)).toEqual({
      "@type": "ClaimReview",
      "@id": `${at("claim-nato-confirms")}/review`,
      claimReviewed: HOSTILE,
      itemReviewed: ref("claim-nato-confirms"),
      reviewRating: {
        "@type": "Rating",
        alternateName: "Accurate",
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
      },
      author: { "@id": CHECKS },
      datePublished: "2024-10-30",
      url: "https://checks.example.org/nato-kursk",
    });
    expect(node(whole, `${at("claim-putin-denies")}/review`).reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "False",
    });
  });

  test("an event carries its dates, place, larger event, figures and participants by role", () => {
    expect(node(whole, at("deployment"))).toEqual({
      "@type": "Event",
      "@id": at("deployment"),
      name: "North Korean deployment to Kursk",
      description: "North Korean troops are sent to Russia's Kursk region.",
      startDate: "2024-10",
      endDate: "2024-11-02T12:00+03:00",
      location: ref("kursk-region"),
      superEvent: ref("war"),
      performer: [ref("north-korea"), ref("kpa")],
      organizer: [ref("russia")],
      attendee: [ref("armed-group")],
      contributor: [ref("example-company")],
      // targets and recipients (ukraine, russian-government) have no schema.org property: left out
      about: [{ "@type": "QuantitativeValue", value: 10000, unitText: "soldiers" }],
    });
  });

  test("a place keeps names, containment, coordinates, sameAs and its ISO 3166 codes", () => {
    expect(node(whole, at("russia-territory"))).toEqual({
      "@type": "Country",
      "@id": at("russia-territory"),
      name: "Russia",
      containedInPlace: ref("europe"),
      geo: { "@type": "GeoCoordinates", latitude: 61.5, longitude: 105.3 },
      address: { "@type": "PostalAddress", addressCountry: "RU" },
      sameAs: ["https://www.wikidata.org/wiki/Q159"],
    });
    expect(node(whole, at("kursk-region"))).toMatchObject({
      alternateName: ["Kursk Oblast"],
      address: { "@type": "PostalAddress", addressRegion: "RU-KRS" },
    });
  });

  test("dates keep their precision and offset", () => {
    expect(node(whole, NEWS_URL).datePublished).toBe("2024-10-28T14:30:00+01:00");
    expect(node(whole, NEWS_URL).dateModified).toBe("2024-10-29T09:05:30.250-05:00");
    expect(node(whole, "https://news.example.org/review/kursk").datePublished).toBe("2024-10-28T23:59Z");
    expect(node(whole, ANALYSIS_URL).datePublished).toBe("2024-10");
    expect(node(whole, "https://news.example.org/opinion/kursk#comments").datePublished).toBe("2024");
    expect(node(whole, JANE).memberOf).toEqual([
      {
        "@type": "OrganizationRole",
        memberOf: { "@id": PUBLISHER },
        roleName: "Correspondent",
        startDate: "2019",
      },
    ]);
  });

  test("qualified dates and intervals, which schema.org dates cannot express, are left out", () => {
    expect(node(whole, "https://news.example.org/reportage/kursk")).not.toHaveProperty("datePublished"); // 2024-06~
    expect(node(whole, "https://news.example.org/background/kursk")).not.toHaveProperty("datePublished"); // interval
    expect(node(whole, at("claim-nis-reports"))).not.toHaveProperty("datePublished"); // 2024-10~
    expect(node(whole, at("claim-putin-denies"))).not.toHaveProperty("datePublished"); // interval
    const pact = node(whole, at("security-pact"));
    expect(pact).not.toHaveProperty("startDate");
    expect(pact).not.toHaveProperty("endDate");
  });

  test("hostile strings pass through unchanged: escaping is jsonLdScript's job", () => {
    const texts = JSON.stringify(whole).match(/Troops \\"in\\" Kursk [^"]*/g) ?? [];
    // headline, keyword, breadcrumb, citation, claim text, claimReviewed, description, knowsAbout
    expect(texts.length).toBe(8);
    expect(node(whole, NEWS_URL).headline).toBe(HOSTILE);
    expect(node(whole, at("mark-rutte")).description).toBe(HOSTILE);
  });

  test("a reference that does not resolve is written, and no node is invented for it", () => {
    const dangling: NewsGraph = {
      ...everyKindGraph,
      articles: [{ ...(everyKindGraph.articles[1] as NewsGraph["articles"][number]), authors: ["nobody"] }],
    };
    const output = articleJsonLd(dangling, "analysis-article");
    expect(node(output, ANALYSIS_URL).author).toEqual([ref("nobody", ANALYSIS_URL)]);
    expect(nodesOf(output).some((candidate) => candidate["@id"] === at("nobody", ANALYSIS_URL))).toBe(false);
  });
});

describe("schema.org conformance", () => {
  test("the whole fixture graph uses only schema.org types and properties, with values in range", () => {
    const report = checkSchemaOrgConformance(whole);
    expect(report.typesChecked).toBeGreaterThan(60);
    expect(report.propertiesChecked).toBeGreaterThan(180);
    expect(report.errors).toEqual([]);
  });

  test.each(everyKindGraph.articles.map((article) => article.id))("the page of %s conforms", (id) => {
    const report = checkSchemaOrgConformance(articleJsonLd(everyKindGraph, id));
    expect(report.errors).toEqual([]);
  });

  test("JSON-LD processing expands the output offline without error", async () => {
    const expanded = await expandOffline(structuredClone(whole) as never);
    expect(expanded.length).toBe(nodesOf(whole).length);
    expect(expanded[0]?.["@type"]).toEqual(["http://schema.org/NewsArticle"]);
    expect(expanded[0]?.["http://schema.org/headline"]).toEqual([{ "@value": HOSTILE }]);
  });

  test("the example graph's page and whole graph conform", async () => {
    for (const document of [
      articleJsonLd(northKoreanTroopsInKursk, KURSK_ARTICLE_ID),
      toJsonLd(northKoreanTroopsInKursk),
    ]) {
      const report = checkSchemaOrgConformance(document);
      expect(report.errors).toEqual([]);
      await expect(expandOffline(structuredClone(document) as never)).resolves.toBeInstanceOf(Array);
    }
  });
});

describe("the JSON-LD modules import no zod at run time", () => {
  test("no module reached from newsgraph/jsonld imports zod, or any package but the HTML reader's parse5, the importer's entities and the page reader's jsonrepair, at run time", () => {
    const { files, packages } = closure(resolve(root, "src/jsonld/index.ts"));
    expect([...packages].sort()).toEqual(["entities/decode", "jsonrepair", "parse5"]);
    const readers = [...files].filter((file) => runtimeImports(file).includes("parse5"));
    expect(readers.map((file) => file.slice(root.length + 1))).toEqual(["src/import/html.ts"]);
    const decoders = [...files].filter((file) => runtimeImports(file).includes("entities/decode"));
    expect(decoders.map((file) => file.slice(root.length + 1))).toEqual(["src/import/jsonld/values.ts"]);
    const repairers = [...files].filter((file) => runtimeImports(file).includes("jsonrepair"));
    expect(repairers.map((file) => file.slice(root.length + 1))).toEqual(["src/import/json-repair.ts"]);
    expect(files.has(resolve(root, "src/jsonld/graph.ts"))).toBe(true);
    expect(files.has(resolve(root, "src/graph/node-index.ts"))).toBe(true);
    // model modules may be reached only when they are zod-free helpers
    const models = [...files].filter((file) => file.includes("/src/model/"));
    expect(models.map((file) => file.slice(root.length + 1)).sort()).toEqual([
      "src/model/describe.ts",
      "src/model/fuzzy-date-syntax.ts",
      "src/model/html-text-syntax.ts",
      "src/model/http-url-syntax.ts",
      "src/model/vocabulary.ts",
    ]);
  });

  test("the check sees through a runtime import of zod", () => {
    expect(runtimeImports(resolve(root, "src/model/place.ts"))).toContain("zod");
    expect(closure(resolve(root, "src/model/place.ts")).packages.has("zod")).toBe(true);
  });
});
