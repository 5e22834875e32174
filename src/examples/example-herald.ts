// An illustrative news site, written for the example: The Example Herald, a local paper at example.org, with
// two articles of its site. Nothing in it is real: the paper, its people, the town of Port Example and what
// happens there are invented, every address is on a domain reserved for examples, and every node says so in
// its provenance. It shows every field a publisher fills in: the site, its logo and policy pages, authors with
// their pages, contributors in their roles, images with their rights, citations, a backstory, a correction,
// a breadcrumb and a paywall.
//
// The module is data only: it imports nothing at run time, so `newsgraph/examples` stays light.
import type { NewsGraph } from "../model/news-graph";

type Provenance = NonNullable<NewsGraph["actors"][number]["provenance"]>;
type Image = NewsGraph["articles"][number]["images"][number];

const ILLUSTRATIVE: Provenance = {
  basis: "inferred",
  note: "Illustrative: invented for this example. The Example Herald, its staff, Port Example and what is told of them do not exist; every address is on a domain reserved for examples.",
};

const SITE = "https://example.org";

/** The three crops Google asks for when a page gives several images: 16:9, 4:3 and 1:1, 1,200 pixels wide. */
function crops(name: string, fields: Omit<Image, "url" | "width" | "height">): Image[] {
  return [
    { url: `${SITE}/images/2025/03/${name}-16x9.jpg`, width: 1200, height: 675, ...fields },
    { url: `${SITE}/images/2025/03/${name}-4x3.jpg`, width: 1200, height: 900, ...fields },
    { url: `${SITE}/images/2025/03/${name}-1x1.jpg`, width: 1200, height: 1200, ...fields },
  ];
}

const RIGHTS = {
  copyrightNotice: "© 2025 The Example Herald",
  license: `${SITE}/licensing/editorial-use`,
  acquireLicensePage: `${SITE}/licensing`,
};

/**
 * An illustrative news site, The Example Herald at example.org, with two articles of its site that fill in
 * every field a publisher has: the publisher's home page, logo, founding date, languages and its twelve
 * policy pages; authors with their profile pages, portraits, jobs, employer, expertise and languages;
 * contributors in their roles (editor, photographer, researcher, illustrator); images in the three crops
 * search engines ask for, with caption, credit, creator and rights; citations, a backstory, a dated
 * correction, a dateline, a breadcrumb, and a paywalled article. Everything in it is invented, and every node
 * says so in its provenance; `examples/data/example-herald.json` holds the same data.
 *
 * Each article's page (`articleJsonLd`) passes Google's documented rules without a finding, and both pages
 * name the publisher, its site and the shared author alike.
 *
 * @example
 * ```ts
 * import { exampleHerald } from "newsgraph/examples";
 * import { articleJsonLd, jsonLdScript } from "newsgraph/jsonld";
 *
 * for (const article of exampleHerald.articles) {
 *   const html = jsonLdScript(articleJsonLd(exampleHerald, article.id)); // for that page's <head>
 * }
 * ```
 */
export const exampleHerald: NewsGraph = {
  format: 1,

  // ── Articles ──────────────────────────────────────────────────────────────────────────────────────────
  articles: [
    {
      id: "harbour-bridge-reopens",
      url: `${SITE}/news/harbour/2025/03/14/harbour-bridge-reopens`,
      headline: "Harbour bridge reopens after six weeks of cable repairs",
      alternativeHeadline: "Traffic returns to the lifting bridge a week ahead of schedule",
      description:
        "The lifting bridge across Port Example's harbour reopened on Friday morning after engineers replaced four corroded cables.",
      genre: "news",
      language: "en-GB",
      datePublished: "2025-03-14T07:30:00+00:00",
      dateModified: "2025-03-15T09:10:00+00:00",
      authors: ["ana-ruiz"],
      contributors: [
        { actor: "bea-kim", role: "editor" },
        { actor: "sam-lee", role: "photographer" },
      ],
      publisher: "the-example-herald",
      section: "Harbour",
      breadcrumb: [
        { name: "News", url: `${SITE}/news` },
        { name: "Harbour", url: `${SITE}/news/harbour` },
      ],
      keywords: ["harbour bridge", "roadworks", "Port Example"],
      images: crops("harbour-bridge-reopens", {
        caption: "The first lorries cross the lifting bridge after it reopened on Friday morning.",
        credit: "Sam Lee / The Example Herald",
        creator: "sam-lee",
        ...RIGHTS,
      }),
      dateline: "port-example",
      about: ["port-example-harbour-authority"],
      mentions: ["port-example"],
      related: [],
      citations: [
        {
          title: "Harbour bridge cable inspection, January 2025",
          url: `${SITE}/documents/bridge-inspection-2025.pdf`,
        },
        {
          title: "Harbour authority board minutes, 3 March 2025",
          url: `${SITE}/documents/harbour-board-minutes-2025-03-03.pdf`,
        },
      ],
      backstory:
        "Our harbour correspondent followed the repairs from the inspection in January to the reopening, and spoke to the engineers, the harbour authority and drivers who used the diversion.",
      corrections: [
        {
          date: "2025-03-15T09:10:00+00:00",
          text: "An earlier version said five cables were replaced; four were.",
        },
      ],
      isAccessibleForFree: true,
      paywalledParts: [],
      updates: [],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "what-the-bridge-closure-cost",
      url: `${SITE}/business/2025/03/17/what-the-bridge-closure-cost`,
      headline: "What six weeks without the harbour bridge cost the town's businesses",
      description:
        "Survey figures and interviews show how the diversion hit cafés, hauliers and the fish market on the east quay.",
      genre: "analysis",
      language: "en-GB",
      datePublished: "2025-03-17T06:00:00+00:00",
      dateModified: "2025-03-17T06:00:00+00:00",
      authors: ["ana-ruiz", "omar-haddad"],
      contributors: [
        { actor: "bea-kim", role: "editor" },
        { actor: "lin-park", role: "researcher" },
        { actor: "kai-moreno", role: "illustrator" },
      ],
      publisher: "the-example-herald",
      section: "Business",
      breadcrumb: [{ name: "Business", url: `${SITE}/business` }],
      keywords: ["harbour bridge", "local economy", "Port Example"],
      images: crops("bridge-closure-cost-chart", {
        caption: "Takings reported by east quay businesses, week by week, during the closure.",
        credit: "Chart: Kai Moreno / The Example Herald",
        creator: "kai-moreno",
        ...RIGHTS,
      }),
      dateline: "port-example",
      about: ["port-example"],
      mentions: ["port-example-harbour-authority"],
      related: [],
      citations: [
        { title: "East quay business survey, March 2025", url: `${SITE}/data/east-quay-survey-2025-03.csv` },
      ],
      backstory:
        "We surveyed 62 businesses on the east quay by telephone between 10 and 14 March; 41 answered. The figures are what they reported, not audited accounts.",
      corrections: [],
      isAccessibleForFree: false,
      paywalledParts: [".article-body--premium"],
      updates: [],
      provenance: ILLUSTRATIVE,
    },
  ],

  // ── Actors ────────────────────────────────────────────────────────────────────────────────────────────
  actors: [
    {
      id: "the-example-herald",
      kind: "media",
      name: "The Example Herald",
      alternateNames: ["Herald"],
      description: "The daily newspaper of Port Example and its harbour.",
      sameAs: ["https://social.example.net/@exampleherald"],
      memberOf: [],
      roles: [],
      url: `${SITE}/`,
      logo: { url: `${SITE}/static/example-herald-logo.png`, width: 512, height: 512 },
      foundingDate: "1998-03",
      languages: ["en-GB"],
      policies: {
        publishingPrinciples: `${SITE}/about/principles`,
        ethicsPolicy: `${SITE}/about/ethics`,
        correctionsPolicy: `${SITE}/about/corrections`,
        diversityPolicy: `${SITE}/about/diversity`,
        diversityStaffingReport: `${SITE}/about/diversity/staffing-report-2024`,
        masthead: `${SITE}/about/masthead`,
        missionCoveragePrioritiesPolicy: `${SITE}/about/mission`,
        noBylinesPolicy: `${SITE}/about/bylines`,
        ownershipFundingInfo: `${SITE}/about/ownership`,
        actionableFeedbackPolicy: `${SITE}/about/feedback`,
        unnamedSourcesPolicy: `${SITE}/about/sources`,
        verificationFactCheckingPolicy: `${SITE}/about/verification`,
      },
      provenance: ILLUSTRATIVE,
    },
    {
      id: "ana-ruiz",
      kind: "person",
      name: "Ana Ruiz",
      alternateNames: [],
      description: "Harbour correspondent of The Example Herald since 2019.",
      sameAs: ["https://social.example.net/@anaruiz"],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/ana-ruiz`,
      image: { url: `${SITE}/staff/ana-ruiz.jpg`, width: 400, height: 400 },
      jobTitle: "Harbour correspondent",
      worksFor: ["the-example-herald"],
      knowsAbout: ["shipping", "harbour infrastructure", "local government"],
      knowsLanguage: ["en", "es"],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "omar-haddad",
      kind: "person",
      name: "Omar Haddad",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/omar-haddad`,
      image: { url: `${SITE}/staff/omar-haddad.jpg`, width: 400, height: 400 },
      jobTitle: "Data reporter",
      worksFor: ["the-example-herald"],
      knowsAbout: ["surveys", "local economy"],
      knowsLanguage: ["en", "ar"],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "bea-kim",
      kind: "person",
      name: "Bea Kim",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/bea-kim`,
      jobTitle: "News editor",
      worksFor: ["the-example-herald"],
      knowsAbout: [],
      knowsLanguage: ["en"],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "sam-lee",
      kind: "person",
      name: "Sam Lee",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/sam-lee`,
      jobTitle: "Photographer",
      worksFor: ["the-example-herald"],
      knowsAbout: [],
      knowsLanguage: [],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "lin-park",
      kind: "person",
      name: "Lin Park",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/lin-park`,
      jobTitle: "Researcher",
      worksFor: ["the-example-herald"],
      knowsAbout: [],
      knowsLanguage: [],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "kai-moreno",
      kind: "person",
      name: "Kai Moreno",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
      url: `${SITE}/staff/kai-moreno`,
      jobTitle: "Graphics editor",
      worksFor: ["the-example-herald"],
      knowsAbout: ["data visualisation"],
      knowsLanguage: [],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "port-example-harbour-authority",
      kind: "government",
      name: "Port Example Harbour Authority",
      alternateNames: [],
      description: "The public body that runs the harbour and its lifting bridge.",
      sameAs: [],
      memberOf: [],
      roles: [],
      languages: [],
      provenance: ILLUSTRATIVE,
    },
  ],

  claims: [],
  events: [],

  // ── Places ────────────────────────────────────────────────────────────────────────────────────────────
  places: [
    {
      id: "port-example",
      kind: "city",
      name: "Port Example",
      alternateNames: [],
      containedIn: "exampleshire",
      sameAs: [],
      provenance: ILLUSTRATIVE,
    },
    {
      id: "exampleshire",
      kind: "region",
      name: "Exampleshire",
      alternateNames: [],
      sameAs: [],
      provenance: ILLUSTRATIVE,
    },
  ],
};
