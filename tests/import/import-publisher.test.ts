// fromJsonLd reads what a news site publishes about itself, its people and its pages: the publisher's home
// page, logo, founding date, policies and site; a person's page, portrait, job, employers, expertise and
// languages; an article's contributors, image rights, citations, backstory, paywalled parts and breadcrumb.
import { describe, expect, test } from "vitest";
import { article, importValid, inferred, type Json, lines, schemaOrg } from "./import-support";

const herald = (overrides: Json = {}): Json => ({
  "@type": "NewsMediaOrganization",
  "@id": "https://example.org/#organization",
  name: "The Example Herald",
  url: "https://example.org/",
  ...overrides,
});

describe("a publisher", () => {
  test("keeps its home page, logo, founding date and policy pages, its id from its name", () => {
    const { graph, warnings } = importValid(
      article({
        publisher: herald({
          logo: {
            "@type": "ImageObject",
            url: "https://example.org/logo.png",
            width: { "@type": "QuantitativeValue", value: 600, unitCode: "E37" },
            height: 60,
          },
          foundingDate: "1998-03",
          ethicsPolicy: "https://example.org/about/ethics",
          masthead: { "@id": "https://example.org/about/masthead" },
          correctionsPolicy: ["https://example.org/about/corrections", "https://example.org/corrections-2"],
        }),
      }),
    );
    expect(graph.actors).toEqual([
      {
        id: "the-example-herald",
        kind: "media",
        name: "The Example Herald",
        alternateNames: [],
        sameAs: [],
        memberOf: [],
        roles: [],
        url: "https://example.org/",
        logo: { url: "https://example.org/logo.png", width: 600, height: 60 },
        foundingDate: "1998-03",
        policies: {
          ethicsPolicy: "https://example.org/about/ethics",
          correctionsPolicy: "https://example.org/about/corrections",
          masthead: "https://example.org/about/masthead",
        },
        languages: [],
      },
    ]);
    expect(lines(warnings)).toEqual([
      "$.publisher.correctionsPolicy[1]: only one correctionsPolicy is kept; this further value is not mapped",
    ]);
  });

  test("reports the policies schema.org gives news organisations only, on another organisation", () => {
    const { graph, warnings } = importValid(
      article({
        publisher: herald({
          "@type": "Organization",
          publishingPrinciples: "https://example.org/principles",
          masthead: "https://example.org/masthead",
        }),
      }),
    );
    expect(graph.actors[0]).toMatchObject({
      kind: "organization",
      policies: { publishingPrinciples: "https://example.org/principles" },
    });
    expect(lines(warnings)).toEqual([
      "$.publisher.masthead: schema.org gives masthead to news organisations only, and this is an Organization; not mapped",
    ]);
  });

  test("takes the languages of the WebSite it publishes; a site under another name or address is reported", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        article({ "@context": undefined, publisher: { "@id": "https://example.org/#organization" } }),
        herald(),
        {
          "@type": "WebSite",
          "@id": "https://example.org/#website",
          url: "https://example.org/",
          name: "The Example Herald",
          inLanguage: ["en", { "@type": "Language", name: "Welsh", alternateName: "cy" }],
          publisher: { "@id": "https://example.org/#organization" },
        },
        {
          "@type": "WebSite",
          url: "https://archive.example.org/",
          name: "Herald Archive",
          inLanguage: "en-GB",
          publisher: { "@id": "https://example.org/#organization" },
        },
      ],
    });
    expect(graph.actors[0]).toMatchObject({ url: "https://example.org/", languages: ["en", "cy", "en-GB"] });
    expect(lines(warnings)).toEqual([
      "$[\"@graph\"][3].url: the WebSite's url is not its publisher's url; not mapped",
      "$[\"@graph\"][3].name: the WebSite's name is not its publisher's name; not mapped",
      // the tag is its alternateName; its name, in words, has no place in the model
      '$["@graph"][2].inLanguage[1].name: the property name of Language is not mapped',
    ]);
  });

  test("takes its WebSite's address as its home page when it states none, as an inference", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        article({ "@context": undefined, publisher: { "@id": "#herald" } }),
        { "@type": "NewsMediaOrganization", "@id": "#herald", name: "The Example Herald" },
        { "@type": "WebSite", url: "https://example.org/", publisher: { "@id": "#herald" } },
      ],
    });
    const note = "the url is not stated; the address of the WebSite it publishes is taken as its home page";
    expect(graph.actors[0]).toMatchObject({
      url: "https://example.org/",
      fieldProvenance: { url: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$["@graph"][1].url: ${note}`]);
  });

  test("a WebSite that no imported organisation publishes is reported as such", () => {
    const { warnings } = importValid({
      "@context": schemaOrg,
      "@type": "WebSite",
      url: "https://example.org/",
      name: "Somewhere",
    });
    expect(lines(warnings)).toEqual([
      "$: a WebSite on its own is not mapped; the model keeps one only as the site of the organisation that publishes it",
    ]);
  });

  test("of two organisations at one home page, the one read first keeps it and the other has it in sameAs", () => {
    const { graph, warnings } = importValid(
      article({
        publisher: herald(),
        author: { "@type": "Organization", name: "Herald Group", url: "https://example.org/#staff" },
      }),
    );
    // Authors are read before the publisher: the group claims the page, fragment aside.
    expect(
      graph.actors.map(({ name, sameAs, ...rest }) => ({
        name,
        sameAs,
        url: "url" in rest ? rest.url : undefined,
      })),
    ).toEqual([
      { name: "The Example Herald", sameAs: ["https://example.org/"], url: undefined },
      { name: "Herald Group", sameAs: [], url: "https://example.org/#staff" },
    ]);
    expect(lines(warnings)).toEqual([
      "$.publisher.url: the url is already the page of the organisation at $.author; kept in sameAs",
    ]);
  });
});

describe("a person", () => {
  const reporter = (overrides: Json = {}): Json => ({
    "@type": "Person",
    "@id": "https://example.org/staff/ana-ruiz#person",
    name: "Ana Ruiz",
    url: "https://example.org/staff/ana-ruiz",
    ...overrides,
  });

  test("keeps a profile page, portrait, job, employers, expertise and languages; the id from the name", () => {
    const { graph, warnings } = importValid(
      article({
        publisher: herald(),
        author: reporter({
          image: "https://example.org/staff/ana-ruiz.jpg",
          jobTitle: "Harbour correspondent",
          worksFor: [{ "@id": "https://example.org/#organization" }, "Harbour Radio"],
          knowsAbout: ["shipping", "local government"],
          knowsLanguage: ["en", { "@type": "Language", alternateName: "es", name: "Spanish" }],
          sameAs: "https://social.example/@ana",
        }),
      }),
    );
    expect(graph.actors.find((actor) => actor.kind === "person")).toEqual({
      id: "ana-ruiz",
      kind: "person",
      name: "Ana Ruiz",
      alternateNames: [],
      sameAs: ["https://social.example/@ana"],
      memberOf: [],
      roles: [],
      url: "https://example.org/staff/ana-ruiz",
      image: { url: "https://example.org/staff/ana-ruiz.jpg" },
      jobTitle: "Harbour correspondent",
      worksFor: ["the-example-herald", "harbour-radio"],
      knowsAbout: ["shipping", "local government"],
      knowsLanguage: ["en", "es"],
    });
    expect(lines(warnings)).toEqual([
      "$.author.worksFor[1]: worksFor is given as a plain name, so the Organization made from it has no @id, url or other details",
      "$.author.knowsLanguage[1].name: the property name of Language is not mapped",
    ]);
  });

  test("a worksFor that names a person is dropped, since people work for organisations", () => {
    const { graph, warnings } = importValid(
      article({ author: reporter({ worksFor: { "@type": "Person", name: "Sam Lee" } }) }),
    );
    expect(graph.actors[0]).toMatchObject({ worksFor: [] });
    expect(lines(warnings)).toContain(
      "$.author.worksFor: worksFor names a Person, and a person works for organisations; dropped",
    );
  });

  test("a fragment that is no type word is still the id, however the url reads", () => {
    const { graph } = importValid(
      article({ author: reporter({ "@id": "https://example.org/staff/ana-ruiz#ana" }) }),
    );
    expect(graph.actors[0]?.id).toBe("ana");
  });

  test("a further url is kept in sameAs, said so", () => {
    const { graph, warnings } = importValid(
      article({ author: reporter({ url: ["https://example.org/staff/ana-ruiz", "https://ana.example/"] }) }),
    );
    expect(graph.actors[0]).toMatchObject({
      url: "https://example.org/staff/ana-ruiz",
      sameAs: ["https://ana.example/"],
    });
    expect(lines(warnings)).toEqual([
      "$.author.url[1]: only one url is kept as the actor's own page; this further url is kept in sameAs",
    ]);
  });
});

describe("an article", () => {
  test("keeps its editor, translator and contributors, a contributor's role from its Role", () => {
    const { graph, warnings } = importValid(
      article({
        editor: { "@type": "Person", name: "Ana Ruiz" },
        translator: { "@type": "Person", name: "Bea Kim" },
        contributor: [
          { "@type": "Role", contributor: { "@type": "Person", name: "Sam Lee" }, roleName: "photographer" },
          { "@type": "Role", contributor: { "@type": "Person", name: "Dee Oh" }, roleName: "caterer" },
          { "@type": "Organization", name: "Wire" },
          { "@type": "Role", roleName: "editor" },
        ],
      }),
    );
    const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
    expect(graph.articles[0]?.contributors.map(({ actor, role }) => [names.get(actor), role])).toEqual([
      ["Ana Ruiz", "editor"],
      ["Bea Kim", "translator"],
      ["Sam Lee", "photographer"],
      ["Dee Oh", undefined],
      ["Wire", undefined],
    ]);
    expect(lines(warnings)).toEqual([
      '$.contributor[1].roleName: the roleName "caterer" is none of editor, reporter, photographer, videographer, illustrator, translator, producer, fact-checker, researcher; the contributor is kept without a role',
      "$.contributor[3]: the role names no contributor; dropped",
    ]);
  });

  test("keeps an image's creator, copyright notice, licence and licence page", () => {
    const { graph, warnings } = importValid(
      article({
        image: {
          "@type": "ImageObject",
          url: "https://example.org/img/bridge.jpg",
          creditText: "Sam Lee / Wire",
          creator: { "@type": "Person", name: "Sam Lee" },
          copyrightNotice: "© 2025 Wire",
          license: "https://example.org/licences/editorial",
          acquireLicensePage: "/licensing",
        },
      }),
    );
    expect(graph.articles[0]?.images).toEqual([
      {
        url: "https://example.org/img/bridge.jpg",
        credit: "Sam Lee / Wire",
        creator: "sam-lee",
        copyrightNotice: "© 2025 Wire",
        license: "https://example.org/licences/editorial",
        acquireLicensePage: "https://example.org/licensing",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  test("keeps its citations, as URLs, titles or works, and its backstory", () => {
    const { graph, warnings } = importValid(
      article({
        backstory: "We spent a week on the night shift.",
        citation: [
          "https://example.org/report.pdf",
          "Interview with the harbour master",
          { "@type": "CreativeWork", name: "Inspection report", url: "https://example.org/inspection.pdf" },
          { "@type": "Dataset", name: "Ship movements 2024" },
          { "@id": "https://data.example.org/tides" },
          { "@type": "NewsArticle", headline: "Earlier coverage" },
          { "@type": "CreativeWork", author: "Nobody" },
        ],
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      backstory: "We spent a week on the night shift.",
      citations: [
        { url: "https://example.org/report.pdf" },
        { title: "Interview with the harbour master" },
        { title: "Inspection report", url: "https://example.org/inspection.pdf" },
        { title: "Ship movements 2024" },
        { url: "https://data.example.org/tides" },
      ],
    });
    expect(lines(warnings)).toEqual([
      '$.citation[3]["@type"]: the citation\'s type Dataset is not kept',
      "$.citation[5]: a citation that is a NewsArticle is not mapped",
      "$.citation[6]: the citation has neither a name nor a url; dropped",
      // An article nested under a property is read as an article of its own, and this one has no url.
      "$.citation[5]: a NewsArticle under a property that is not mapped is imported as an article of its own",
      "$.citation[5]: NewsArticle not imported: it has no url (nor a mainEntityOfPage or an http(s) @id), and no baseUrl option was given; the model requires a url",
      "$.citation[6].author: the property author of CreativeWork is not mapped",
    ]);
  });

  test("keeps the parts of its page that are not free, and is not free itself", () => {
    const closed = { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywall" };
    const { graph, warnings } = importValid(
      article({
        isAccessibleForFree: "False",
        hasPart: [closed, { "@type": "WebPageElement", isAccessibleForFree: true, cssSelector: ".teaser" }],
      }),
    );
    expect(graph.articles[0]).toMatchObject({ isAccessibleForFree: false, paywalledParts: [".paywall"] });
    expect(lines(warnings)).toEqual([
      "$.hasPart[1]: a part of the page that is not marked isAccessibleForFree false is not mapped: the model names the closed parts only",
    ]);
  });

  test("takes closed parts to make an article that does not say so not free, as an inference", () => {
    const { graph } = importValid(
      article({
        hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: "#premium" },
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      isAccessibleForFree: false,
      paywalledParts: ["#premium"],
      fieldProvenance: {
        isAccessibleForFree: inferred(
          "isAccessibleForFree is not stated; parts of the page that are not free make the article not free",
        ),
      },
    });
  });

  test("drops closed parts that an article marked free contradicts, said so", () => {
    const { graph, warnings } = importValid(
      article({
        isAccessibleForFree: true,
        hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywall" },
      }),
    );
    expect(graph.articles[0]).toMatchObject({ isAccessibleForFree: true, paywalledParts: [] });
    expect(lines(warnings)).toEqual([
      "$.hasPart: the article is isAccessibleForFree true, which its parts that are not free contradict; the parts are not mapped",
    ]);
  });

  test("keeps its WebPage's breadcrumb in the order of the positions; items without a url are reported", () => {
    const { graph, warnings } = importValid(
      article({
        mainEntityOfPage: {
          "@type": "WebPage",
          "@id": "https://example.org/news/storm#webpage",
          url: "https://example.org/news/storm",
          breadcrumb: {
            "@type": "BreadcrumbList",
            itemListElement: [
              {
                "@type": "ListItem",
                position: 2,
                name: "Weather",
                item: { "@id": "https://example.org/news/weather" },
              },
              {
                "@type": "ListItem",
                position: "1",
                item: { "@type": "WebPage", "@id": "https://example.org/news", name: "News" },
              },
              { "@type": "ListItem", position: 3, name: "Storm closes mountain pass" },
            ],
          },
          isPartOf: { "@type": "WebSite", url: "https://elsewhere.example/" },
        },
      }),
    );
    expect(graph.articles[0]?.breadcrumb).toEqual([
      { name: "News", url: "https://example.org/news" },
      { name: "Weather", url: "https://example.org/news/weather" },
    ]);
    expect(lines(warnings)).toEqual([
      "$.mainEntityOfPage.breadcrumb.itemListElement[2]: the breadcrumb item has no url; the model keeps the sections above the article, each with its name and page (the article itself is no item); dropped",
      "$.mainEntityOfPage.isPartOf: the WebPage's isPartOf is not the WebSite of the article's publisher, the one site the model keeps; not mapped",
    ]);
  });
});
