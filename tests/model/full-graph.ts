// A valid document in output form that uses every field of the model, optional ones included:
// parsing it must give it back unchanged. Typed as `NewsGraph`, so a new field fails to compile here
// until it is added.
import type { NewsGraph } from "../../src/index";

const TEXT =
  "NATO confirmed on Monday that North Korean troops had been sent to Russia's Kursk region.\n\n" +
  "Secretary General Mark Rutte called it a “significant escalation”. Moscow denied the report.";

function span(exact: string): { start: number; end: number; exact: string } {
  const start = TEXT.indexOf(exact);
  return { start, end: start + exact.length, exact };
}

const troops = span("North Korean troops had been sent to Russia's Kursk region");
const escalation = span("significant escalation");
const denial = span("Moscow denied the report");

/** Every field of every node, each reference resolving and each span anchored. */
export const fullGraph: NewsGraph = {
  $schema: "https://example.org/newsgraph.schema.json",
  format: 1,
  articles: [
    {
      id: "kursk-article",
      url: "https://example.org/world/kursk",
      headline: "North Korean troops in Kursk, NATO says",
      alternativeHeadline: "A significant escalation",
      description: "NATO confirms the deployment; Moscow denies it.",
      genre: "news",
      language: "en-GB",
      datePublished: "2024-10-28T14:30:00+01:00",
      dateModified: "2024-10-29T09:00:00Z",
      authors: ["jane-doe"],
      publisher: "example-news",
      section: "World",
      keywords: ["NATO", "North Korea"],
      images: [
        {
          url: "https://example.org/img/kursk.jpg",
          width: 1200,
          height: 675,
          caption: "Mark Rutte in Brussels",
          credit: "Photo: Example Agency",
        },
      ],
      text: TEXT,
      dateline: "brussels",
      about: ["kursk-deployment"],
      mentions: ["mark-rutte", "kursk-region", "russia"],
      related: [
        { title: "The pact of June", url: "https://example.org/world/pact", datePublished: "2024-06~" },
      ],
      corrections: [{ date: "2024-10-29", text: "An earlier version misstated the day." }],
      isAccessibleForFree: true,
      provenance: {
        basis: "external",
        note: "Read from the page.",
        source: "https://example.org/world/kursk",
        origin: { format: "html", at: "head" },
      },
      fieldProvenance: {
        dateModified: {
          basis: "external",
          note: "From the page's metadata.",
          source: "https://example.org/world/kursk",
        },
      },
    },
  ],
  actors: [
    {
      id: "mark-rutte",
      kind: "person",
      name: "Mark Rutte",
      alternateNames: ["Rutte"],
      description: "Secretary General of NATO.",
      sameAs: ["https://www.wikidata.org/wiki/Q57792"],
      memberOf: [],
      nationality: "netherlands",
      roles: [{ title: "Secretary General", of: "nato", start: "2024-10-01", end: "2028" }],
      provenance: {
        basis: "inferred",
        note: "Named in the article.",
        origin: { format: "json-ld", at: '$["@graph"][0].mentions[0]' },
      },
      fieldProvenance: { nationality: { basis: "external", note: "Wikidata." } },
    },
    {
      id: "jane-doe",
      kind: "person",
      name: "Jane Doe",
      alternateNames: [],
      sameAs: [],
      memberOf: ["example-news"],
      roles: [],
    },
    {
      id: "russia",
      kind: "state",
      name: "Russia",
      alternateNames: ["Russian Federation", "Moscow"],
      description: "A sovereign state.",
      sameAs: ["https://www.wikidata.org/wiki/Q159"],
      memberOf: [],
      territory: "russia-territory",
      provenance: { basis: "stated", origin: { format: "html", at: 'meta[property="og:site_name"]' } },
      fieldProvenance: { territory: { basis: "inferred", note: "The state's own territory." } },
    },
    {
      id: "netherlands",
      kind: "state",
      name: "Netherlands",
      alternateNames: [],
      sameAs: [],
      memberOf: ["nato"],
    },
    {
      id: "nato",
      kind: "intergovernmental",
      name: "NATO",
      alternateNames: ["North Atlantic Treaty Organization"],
      description: "A military alliance.",
      sameAs: ["https://www.wikidata.org/wiki/Q7184"],
      memberOf: [],
      roles: [],
    },
    {
      id: "example-news",
      kind: "media",
      name: "Example News",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      country: "brussels-country",
      roles: [{ title: "Accredited media partner", of: "nato", start: "2020", end: "2024-06/2024-07" }],
      provenance: { basis: "external", note: "Its own site.", source: "https://example.org/about" },
      fieldProvenance: { country: { basis: "inferred", note: "Where it is based." } },
    },
    {
      id: "fact-checker",
      kind: "ngo",
      name: "Fact Checker",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      roles: [],
    },
  ],
  claims: [
    {
      id: "claim-troops-in-kursk",
      claimant: "nato",
      statement: "North Korean troops were sent to Russia's Kursk region.",
      act: "confirms",
      cue: "confirmed",
      quoteType: "indirect",
      date: "2024-10-28",
      about: ["kursk-deployment", "kursk-region", "russia"],
      quantities: [
        { value: 1500, approximate: true, unit: "soldiers", text: "about 1,500" },
        { min: 1000, max: 5000, unit: "soldiers", text: "between 1,000 and 5,000" },
      ],
      quote: "North Korean troops had been sent to Russia",
      evidence: [{ article: "kursk-article", ...troops, prefix: "on Monday that ", suffix: "." }],
      responds: [],
      reportedBy: "example-news",
      review: {
        reviewer: "fact-checker",
        verdict: "Accurate",
        rating: { value: 5, best: 5, worst: 1 },
        date: "2024-11-01",
        url: "https://example.org/checks/1",
      },
      provenance: {
        basis: "stated",
        note: "The first paragraph.",
        source: "https://example.org/world/kursk",
        origin: { format: "json-ld", at: "$[0].text" },
      },
      fieldProvenance: { date: { basis: "inferred", note: "'on Monday' before publication." } },
    },
    {
      id: "claim-escalation",
      claimant: "mark-rutte",
      statement: "The deployment is a significant escalation.",
      act: "characterises",
      quoteType: "mixed",
      about: ["kursk-deployment"],
      quantities: [],
      quote: "significant escalation",
      evidence: [{ article: "kursk-article", ...escalation, prefix: "“", suffix: "”" }],
      responds: [{ claim: "claim-troops-in-kursk", relation: "supports" }],
    },
    {
      id: "claim-denial",
      claimant: "russia",
      statement: "No North Korean troops are in Russia.",
      act: "denies",
      about: [],
      quantities: [],
      evidence: [{ article: "kursk-article", ...denial }],
      responds: [{ claim: "claim-troops-in-kursk", relation: "denies" }],
    },
  ],
  events: [
    {
      id: "war-in-ukraine",
      name: "Russia's war against Ukraine",
      kind: "armed-conflict",
      start: "2022-02-24/..",
      participants: [{ actor: "russia", role: "agent" }],
      quantities: [],
    },
    {
      id: "kursk-deployment",
      name: "North Korean deployment to Kursk",
      kind: "deployment",
      description: "North Korean troops sent to fight for Russia.",
      start: "2024-10~",
      end: "2024-12?",
      location: "kursk-region",
      participants: [
        { actor: "russia", role: "recipient" },
        { actor: "nato", role: "participant" },
      ],
      partOf: "war-in-ukraine",
      quantities: [
        { max: 12000, unit: "soldiers", text: "up to 12,000" },
        { min: 10000, value: 11000, approximate: true, unit: "soldiers" },
      ],
      status: "disputed",
      provenance: {
        basis: "inferred",
        note: "From the claims.",
        source: "https://example.org/world/kursk",
        origin: { format: "json-ld", at: "$[1].about" },
      },
      fieldProvenance: { start: { basis: "inferred", note: "Reported in October." } },
    },
  ],
  places: [
    {
      id: "russia-territory",
      kind: "country",
      name: "Russia",
      alternateNames: [],
      countryCode: "RU",
      sameAs: [],
    },
    {
      id: "kursk-region",
      kind: "region",
      name: "Kursk region",
      alternateNames: ["Kursk Oblast"],
      containedIn: "russia-territory",
      countryCode: "RU",
      subdivisionCode: "RU-KRS",
      geo: { latitude: 51.73, longitude: 36.19 },
      sameAs: ["https://www.wikidata.org/wiki/Q5429"],
      provenance: {
        basis: "external",
        note: "Wikidata.",
        source: "https://www.wikidata.org/wiki/Q5429",
        origin: { format: "html", at: "html[lang]" },
      },
      fieldProvenance: {
        geo: { basis: "external", note: "Wikidata.", source: "https://www.wikidata.org/wiki/Q5429" },
      },
    },
    {
      id: "brussels-country",
      kind: "country",
      name: "Belgium",
      alternateNames: [],
      countryCode: "BE",
      sameAs: [],
    },
    {
      id: "brussels",
      kind: "city",
      name: "Brussels",
      alternateNames: [],
      containedIn: "brussels-country",
      sameAs: [],
    },
  ],
};
