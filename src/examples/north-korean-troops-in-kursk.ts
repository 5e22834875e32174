// The example graph, derived by hand from the seed article ../shared/seed/000_61f346895e7745f5.txt: an
// opinion piece of late October 2024 on North Korean troops in Russia's Kursk region.
//
// Conventions of this file:
// - Facts, names, figures and the quoted words are the article's; every `statement` and `description` is in
//   our own words. Anything the article does not state (a year, a URL, an identifier, a reading of an
//   ambiguous sentence) carries Provenance `inferred` or `external`, with the reasoning in its note.
// - A state is an actor (`russia`, kind `state`); the land it holds is a place with the suffix `-territory`
//   (`russia-territory`), since ids are unique across the whole document.
// - Evidence offsets are UTF-16 indices into the seed text, which the package does not ship. A claim with a
//   verbatim quote has a second span on the quoted words alone, inside the curly quotes, with those quotes as
//   prefix and suffix: "significant escalation" also occurs unquoted, in the author's voice.
// - The module is data only: it imports nothing at run time, so `newsgraph/examples` stays light.
import type { NewsGraph } from "../model/news-graph";

type Provenance = NonNullable<NewsGraph["places"][number]["provenance"]>;
type TextSpan = NewsGraph["claims"][number]["evidence"][number];

/**
 * The id of the seed article in {@link northKoreanTroopsInKursk}: the key under which to pass its text to
 * `verifyAnchors`.
 *
 * @example
 * ```ts
 * import { verifyAnchors } from "newsgraph";
 * import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "newsgraph/examples";
 *
 * declare const seedText: string; // the seed article's text, which the package does not ship
 * const issues = verifyAnchors(northKoreanTroopsInKursk, { [KURSK_ARTICLE_ID]: seedText });
 * issues.length; // 0: every evidence span points at its exact text
 * ```
 */
export const KURSK_ARTICLE_ID = "nk-troops-kursk-opinion";

const AUTHOR = "nk-troops-kursk-opinion-author";

function wikidata(item: string): string {
  return `https://www.wikidata.org/wiki/${item}`;
}

function span(start: number, end: number, exact: string): TextSpan {
  return { article: KURSK_ARTICLE_ID, start, end, exact };
}

function quotedWords(start: number, end: number, exact: string): TextSpan {
  return { article: KURSK_ARTICLE_ID, start, end, exact, prefix: "“", suffix: "”" };
}

const WIKIDATA_MATCH: Provenance = {
  basis: "external",
  note: "Wikidata item identified by the editors of this example from the name and context; the article links to no identifiers.",
};

const ISO_CODE: Provenance = {
  basis: "external",
  note: "ISO 3166 code added by the editors of this example; the article gives no codes.",
};

const YEAR_AS_ARTICLE = "the year, 2024, is inferred as for the article's datePublished";

/**
 * An example {@link NewsGraph} derived from a real opinion piece on North Korean troops in Russia's Kursk
 * region (late October 2024): one article, the actors and places it names, the events it reports (the
 * deployment, NATO's confirmation, the June security pact, the arms supplies, the statements at the UN,
 * the war around them) and every claim in it — NATO's confirmation and figures, the denials by Russia and
 * North Korea, South Korea's threat, and the author's own opinions — each anchored in the text by
 * character offsets. What the article does not say is marked with Provenance, never passed off as stated.
 * The article's text is not included; `examples/data/north-korean-troops-in-kursk.json` holds the same data.
 *
 * @example
 * ```ts
 * import { parseNewsGraph } from "newsgraph";
 * import { northKoreanTroopsInKursk } from "newsgraph/examples";
 *
 * const graph = parseNewsGraph(northKoreanTroopsInKursk); // passes shape and graph checks
 * const denials = graph.claims.filter((claim) => claim.act === "denies");
 * denials.map((claim) => claim.claimant); // ["vladimir-putin", "north-korea"]
 * ```
 */
export const northKoreanTroopsInKursk: NewsGraph = {
  format: 1,

  // ── Articles ──────────────────────────────────────────────────────────────────────────────────────────
  articles: [
    {
      id: KURSK_ARTICLE_ID,
      url: "https://example.org/opinion/north-korean-troops-in-kursk",
      headline: "North Korean troops in Kursk: NATO's confirmation and the risk of a wider war",
      genre: "opinion",
      language: "en",
      datePublished: "2024-10-28/2024-11-03",
      authors: [],
      contributors: [],
      breadcrumb: [],
      keywords: [],
      images: [],
      about: ["north-korean-deployment-to-kursk"],
      mentions: [
        "nato",
        "mark-rutte",
        "russia",
        "ukraine",
        "north-korea",
        "south-korea",
        "vladimir-putin",
        "volodymyr-zelenskyy",
        "kim-hong-kyun",
        "south-korea-nis",
        "un-security-council",
        "un-general-assembly",
        "kursk-region",
        "moscow",
        "pyongyang",
        "russo-ukrainian-war",
        "nato-press-conference",
        "russia-north-korea-security-pact",
        "north-korean-arms-supplies",
      ],
      // The "read also" list printed after the text: titles exactly as shown, curly apostrophes kept.
      related: [
        {
          title: "Georgia Rises As Mass Protests Erupt Against Government’s EU Withdrawal",
          datePublished: "2024-12-03",
        },
        {
          title: "Fragile Ceasefire In Kurram: Addressing Decades Of Sectarian Strife In Pakistan",
          datePublished: "2024-11-25",
        },
        {
          title: "Trump’s Return, The Riyadh Summit, And The Future Of Peace In The Middle East",
          datePublished: "2024-11-11",
        },
      ],
      citations: [],
      corrections: [],
      updates: [],
      paywalledParts: [],
      fieldProvenance: {
        url: {
          basis: "inferred",
          note: "The article's address is not known. This placeholder on example.org, a domain reserved for documentation, gives the node the absolute URL the model requires.",
        },
        headline: {
          basis: "inferred",
          note: "The seed text has no headline. This one was written for the example to describe the piece; it is not the publisher's.",
        },
        genre: {
          basis: "inferred",
          note: "Classified as opinion by the editors of this example: the piece argues, in its author's own voice, for peace talks over military alliances.",
        },
        datePublished: {
          basis: "inferred",
          note: "Not stated. The year follows from the war being 'two and a half years old' (it began in February 2022) and from Mark Rutte being 'the new Secretary General' (in office since 1 October 2024). The piece reports NATO's confirmation of 'the 28th of October' as news, dates North Korea's UN remarks to 'this week' and South Korea's opposition to 'last week', which puts it in the week that began on Monday 28 October 2024. The 'read also' links dated November and December 2024 were shown with the page when it was captured and do not date the piece.",
        },
        authors: {
          basis: "inferred",
          note: "The seed text has no byline, so no author is listed. The piece's own opinions are claims by the placeholder actor nk-troops-kursk-opinion-author.",
        },
        publisher: {
          basis: "inferred",
          note: "The seed text does not say where the piece was published, so no publisher is given.",
        },
      },
    },
  ],

  // ── Actors ────────────────────────────────────────────────────────────────────────────────────────────
  // Unnamed "Ukrainian officials" and "South Korean officials" are folded into their states: the article
  // names no office or person behind them, so a node of their own would say nothing the state does not.
  actors: [
    {
      id: "russia",
      kind: "state",
      name: "Russia",
      // The article says "Moscow" for the Russian government ("the alliance between Moscow and Pyongyang").
      alternateNames: ["Moscow"],
      description: "The Russian state, which receives the North Korean troops and is party to the June pact.",
      sameAs: [wikidata("Q159")],
      memberOf: [],
      territory: "russia-territory",
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "north-korea",
      kind: "state",
      name: "North Korea",
      // "Pyongyang has supplied Russia…": the capital stands for the government.
      alternateNames: ["Pyongyang"],
      description: "The North Korean state, which sends the troops and denies doing so.",
      sameAs: [wikidata("Q423")],
      memberOf: [],
      territory: "north-korea-territory",
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "ukraine",
      kind: "state",
      name: "Ukraine",
      alternateNames: [],
      description:
        "The Ukrainian state, at war with Russia; includes the Ukrainian officials the article cites.",
      sameAs: [wikidata("Q212")],
      memberOf: [],
      territory: "ukraine-territory",
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "south-korea",
      kind: "state",
      name: "South Korea",
      alternateNames: [],
      description:
        "The South Korean state, which opposes the Russia–North Korea alliance; includes the South Korean officials NATO consulted.",
      sameAs: [wikidata("Q884")],
      memberOf: [],
      territory: "south-korea-territory",
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "nato",
      kind: "intergovernmental",
      name: "NATO",
      alternateNames: [],
      description: "The alliance whose Secretary General confirmed the deployment.",
      sameAs: [wikidata("Q7184")],
      memberOf: [],
      languages: [],
      roles: [],
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "united-nations",
      kind: "intergovernmental",
      name: "United Nations",
      alternateNames: ["UN"],
      description: "The organisation to which the Security Council and the General Assembly belong.",
      sameAs: [wikidata("Q1065")],
      memberOf: [],
      languages: [],
      roles: [],
      provenance: {
        basis: "inferred",
        note: "The article names the UN only within 'UN Security Council' and 'UN General Assembly'; it is added as the organisation both bodies belong to.",
      },
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "un-security-council",
      kind: "intergovernmental",
      name: "UN Security Council",
      alternateNames: ["United Nations Security Council"],
      description: "The UN body whose resolutions the deployment is said to breach.",
      sameAs: [wikidata("Q37470")],
      memberOf: ["united-nations"],
      languages: [],
      roles: [],
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "un-general-assembly",
      kind: "intergovernmental",
      name: "UN General Assembly",
      alternateNames: ["United Nations General Assembly"],
      description: "The UN body before which North Korea dismissed the reports.",
      sameAs: [wikidata("Q47423")],
      memberOf: ["united-nations"],
      languages: [],
      roles: [],
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "south-korea-nis",
      kind: "government",
      name: "National Intelligence Service",
      alternateNames: [],
      description: "South Korea's intelligence agency, which reported the deployment before NATO did.",
      // No sameAs: its Wikidata item could not be confirmed, and a guessed identifier would mislead.
      sameAs: [],
      memberOf: [],
      languages: [],
      country: "south-korea",
      roles: [],
    },
    {
      id: "north-korean-troops",
      kind: "military",
      name: "North Korean troops",
      alternateNames: ["North Korean soldiers"],
      description: "The North Korean soldiers, special forces among them, reported to be deployed in Russia.",
      sameAs: [],
      memberOf: [],
      languages: [],
      country: "north-korea",
      roles: [],
    },
    {
      id: "russian-forces",
      kind: "military",
      name: "Russian forces",
      alternateNames: [],
      description: "Russia's armed forces, whom the North Korean soldiers are said to be aiding.",
      sameAs: [],
      memberOf: [],
      languages: [],
      country: "russia",
      roles: [],
    },
    {
      id: "ukrainian-forces",
      kind: "military",
      name: "Ukrainian forces",
      alternateNames: [],
      description: "Ukraine's armed forces, said to hold a foothold in Russia's Kursk region.",
      sameAs: [],
      memberOf: [],
      languages: [],
      country: "ukraine",
      roles: [],
    },
    {
      id: "mark-rutte",
      kind: "person",
      name: "Mark Rutte",
      alternateNames: [],
      // The article's titles for him vary: "NATO Secretary", "NATO Secretary General", "the new Secretary General".
      description:
        "NATO's Secretary General, called 'NATO Secretary', 'NATO Secretary General' and 'the new Secretary General' in the article.",
      sameAs: [wikidata("Q57792")],
      memberOf: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      roles: [{ title: "Secretary General", of: "nato", start: "2024-10-01" }],
      fieldProvenance: {
        roles: {
          basis: "external",
          note: "The title is the article's ('NATO Secretary General', 'the new Secretary General'); the start date, 1 October 2024, is from Wikidata.",
          source: wikidata("Q57792"),
        },
        sameAs: WIKIDATA_MATCH,
      },
    },
    {
      id: "vladimir-putin",
      kind: "person",
      name: "Vladimir Putin",
      alternateNames: [],
      description: "The President of Russia, who denies the reports of North Korean troops.",
      sameAs: [wikidata("Q7747")],
      memberOf: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      roles: [{ title: "President", of: "russia" }],
      fieldProvenance: { sameAs: WIKIDATA_MATCH },
    },
    {
      id: "volodymyr-zelenskyy",
      kind: "person",
      name: "Volodymyr Zelenskyy",
      alternateNames: ["Zelenskyy"],
      description:
        "The President of Ukraine, who warns that up to 5,000 North Korean soldiers could join the fighting.",
      // No sameAs: his Wikidata item could not be confirmed while writing this example.
      sameAs: [],
      memberOf: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      roles: [{ title: "President", of: "ukraine" }],
      fieldProvenance: {
        name: {
          basis: "external",
          note: "The article says only 'President Zelenskyy'; the given name, Volodymyr, is from general reference.",
        },
        roles: {
          basis: "inferred",
          note: "The article calls him 'President Zelenskyy' in a sentence about Ukrainian officials; that he is Ukraine's president is read from that context.",
        },
      },
    },
    {
      id: "kim-hong-kyun",
      kind: "person",
      name: "Kim Hong-kyun",
      alternateNames: [],
      description: "South Korea's Vice-Foreign Minister, who threatens decisive measures.",
      sameAs: [],
      memberOf: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      roles: [{ title: "Vice-Foreign Minister", of: "south-korea" }],
      fieldProvenance: {
        roles: {
          basis: "inferred",
          note: "The title is the article's ('Vice-Foreign Minister'); that the office is South Korea's is read from the sentence before, on South Korea's opposition.",
        },
      },
    },
    {
      // The claimant of the piece's own opinions. Not listed among the article's authors: a placeholder
      // there would read as a byline.
      id: AUTHOR,
      kind: "person",
      name: "Unnamed author of the opinion piece",
      alternateNames: [],
      description: "Whoever wrote the opinion piece; the seed text does not name them.",
      sameAs: [],
      memberOf: [],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      roles: [],
      provenance: {
        basis: "inferred",
        note: "The seed text has no byline. This node stands in for its writer so that the piece's own opinions can be recorded as claims with a claimant; nothing else is known of them.",
      },
    },
  ],

  // ── Places ────────────────────────────────────────────────────────────────────────────────────────────
  places: [
    {
      id: "russia-territory",
      kind: "country",
      name: "Russia",
      alternateNames: [],
      countryCode: "RU",
      sameAs: [wikidata("Q159")],
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
    {
      id: "ukraine-territory",
      kind: "country",
      name: "Ukraine",
      alternateNames: [],
      countryCode: "UA",
      sameAs: [wikidata("Q212")],
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
    {
      id: "north-korea-territory",
      kind: "country",
      name: "North Korea",
      alternateNames: [],
      countryCode: "KP",
      sameAs: [wikidata("Q423")],
      provenance: {
        basis: "inferred",
        note: "The article names North Korea as a party, not as a place; its territory is recorded so that the state can point to it.",
      },
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
    {
      id: "south-korea-territory",
      kind: "country",
      name: "South Korea",
      alternateNames: [],
      countryCode: "KR",
      sameAs: [wikidata("Q884")],
      provenance: {
        basis: "inferred",
        note: "The article names South Korea as a party, not as a place; its territory is recorded so that the state can point to it.",
      },
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
    {
      id: "kursk-region",
      kind: "region",
      name: "Kursk region",
      alternateNames: ["Kursk Oblast"],
      containedIn: "russia-territory",
      countryCode: "RU",
      subdivisionCode: "RU-KRS",
      // No sameAs: the region's Wikidata item could not be confirmed while writing this example.
      sameAs: [],
      fieldProvenance: {
        alternateNames: {
          basis: "external",
          note: "The article says 'Russia's Kursk region'; Kursk Oblast is the region's official English name.",
        },
        countryCode: ISO_CODE,
        subdivisionCode: ISO_CODE,
      },
    },
    {
      id: "moscow",
      kind: "city",
      name: "Moscow",
      alternateNames: [],
      containedIn: "russia-territory",
      countryCode: "RU",
      sameAs: [wikidata("Q649")],
      provenance: {
        basis: "stated",
        note: "Named in the article only as a stand-in for Russia's government ('the alliance between Moscow and Pyongyang').",
      },
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
    {
      id: "pyongyang",
      kind: "city",
      name: "Pyongyang",
      alternateNames: [],
      containedIn: "north-korea-territory",
      countryCode: "KP",
      sameAs: [wikidata("Q18808")],
      provenance: {
        basis: "stated",
        note: "Named in the article as a stand-in for North Korea's government; the June pact was signed here (general reference).",
      },
      fieldProvenance: { countryCode: ISO_CODE, sameAs: WIKIDATA_MATCH },
    },
  ],

  // ── Events ────────────────────────────────────────────────────────────────────────────────────────────
  // Figures stay on the claims that give them (NATO's ~1,500, Zelenskyy's up to 5,000), so none loses its
  // source; the events carry no quantities.
  events: [
    {
      id: "russo-ukrainian-war",
      name: "War in Ukraine",
      kind: "armed-conflict",
      description:
        "The war between Russia and Ukraine, into which the North Korean troops and arms are drawn; the article puts its age at two and a half years.",
      start: "2022-02-24",
      location: "ukraine-territory",
      participants: [
        { actor: "russia", role: "participant" },
        { actor: "ukraine", role: "participant" },
      ],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "external",
          note: "The article gives only the war's age, 'two and a half years'. 24 February 2022, the start of Russia's full-scale invasion, is from general reference and agrees with it.",
        },
      },
    },
    {
      id: "north-korean-deployment-to-kursk",
      name: "North Korean troop deployment to Russia's Kursk region",
      kind: "deployment",
      description:
        "North Korean soldiers, special forces among them, sent to Russia's Kursk region to fight alongside Russian forces against Ukraine.",
      location: "kursk-region",
      participants: [
        { actor: "north-korea", role: "agent" },
        { actor: "north-korean-troops", role: "participant" },
        { actor: "russia", role: "recipient" },
        { actor: "ukraine", role: "target" },
      ],
      partOf: "russo-ukrainian-war",
      quantities: [],
      // Confirmed by NATO, reported by South Korea's NIS and Ukraine, denied by Russia and North Korea:
      // "disputed" is what the claims in the article say, whatever later became known.
      status: "disputed",
    },
    {
      id: "nato-south-korea-discussions",
      name: "NATO's discussions with South Korean officials",
      kind: "meeting",
      description: "Talks with South Korean officials after which NATO confirmed the deployment.",
      participants: [
        { actor: "nato", role: "participant" },
        { actor: "south-korea", role: "participant" },
      ],
      quantities: [],
    },
    {
      id: "nato-press-conference",
      name: "NATO press conference on North Korean troops in Russia",
      kind: "press-conference",
      description:
        "Mark Rutte's press conference at which NATO confirmed the deployment and he called it a significant escalation.",
      start: "2024-10-28",
      participants: [
        { actor: "nato", role: "host" },
        { actor: "mark-rutte", role: "agent" },
      ],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "inferred",
          note: `NATO's confirmation is dated 'the 28th of October' and Rutte spoke 'in a press conference'; that these were one occasion is the editors' reading, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },
    {
      id: "russia-north-korea-security-pact",
      name: "Russia–North Korea security pact",
      kind: "agreement",
      description:
        "A pact signed by the leaders of Russia and North Korea, each undertaking to defend the other in case of aggression.",
      start: "2024-06-19",
      location: "pyongyang",
      participants: [
        { actor: "russia", role: "participant" },
        { actor: "north-korea", role: "participant" },
        { actor: "vladimir-putin", role: "participant" },
      ],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "external",
          note: "The article says 'signed in June'. The year and the day, 19 June 2024, are from general reference (Putin's visit to Pyongyang) and agree with the article's date.",
        },
        location: {
          basis: "external",
          note: "Not in the article: the pact was signed in Pyongyang (general reference).",
        },
        participants: {
          basis: "inferred",
          note: "'Signed ... between the two countries' leaders': Russia's leader is taken to be Vladimir Putin, the Russian president the article names. North Korea's leader is not named in the article and is not added.",
        },
      },
    },
    {
      id: "north-korean-arms-supplies",
      name: "North Korean arms supplies to Russia",
      kind: "arms-transfer",
      // "tonnes of ammunition" gives no number, and a Quantity needs one: the amount stays in words here.
      description:
        "Ballistic missiles and ammunition by the tonne, supplied by North Korea to Russia for use in Ukraine. The article gives no figures.",
      participants: [
        { actor: "north-korea", role: "agent" },
        { actor: "russia", role: "recipient" },
      ],
      partOf: "russo-ukrainian-war",
      quantities: [],
      status: "reported",
    },
    {
      id: "north-korea-un-general-assembly-statement",
      name: "North Korea's remarks at the UN General Assembly",
      kind: "statement",
      description:
        "North Korea dismissed the reports of its troops in Russia before the UN General Assembly.",
      start: "2024-10-28/2024-11-03",
      participants: [
        { actor: "north-korea", role: "agent" },
        { actor: "un-general-assembly", role: "host" },
      ],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "inferred",
          note: "The article says 'this week': the week of its own inferred date of publication.",
        },
      },
    },
    {
      id: "south-korea-opposition-statement",
      name: "South Korea's statement against the Russia–North Korea alliance",
      kind: "statement",
      description:
        "South Korea voiced strong opposition to the alliance of Russia and North Korea, and its Vice-Foreign Minister threatened decisive measures.",
      start: "2024-10-21/2024-10-27",
      participants: [
        { actor: "south-korea", role: "agent" },
        { actor: "kim-hong-kyun", role: "participant" },
      ],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "inferred",
          note: "The article says 'last week': the week before its own inferred date of publication.",
        },
        participants: {
          basis: "inferred",
          note: "Kim Hong-kyun's pledge follows South Korea's opposition in the text and is taken to belong to the same statement.",
        },
      },
    },
    {
      id: "south-korea-nis-report",
      name: "South Korean intelligence report on the deployment",
      kind: "statement",
      description:
        "South Korea's National Intelligence Service reported the deployment before NATO confirmed it.",
      start: "../2024-10-28",
      participants: [{ actor: "south-korea-nis", role: "agent" }],
      quantities: [],
      fieldProvenance: {
        start: {
          basis: "inferred",
          note: `'Before NATO's statement' of 28 October: only the latest possible date is known, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },
  ],

  // ── Claims ────────────────────────────────────────────────────────────────────────────────────────────
  // In the order of the text. Claims without an explicit reporting verb are the author's.
  claims: [
    {
      id: "claim-nato-confirms-deployment",
      claimant: "nato",
      statement: "North Korean troops are operating in Russia's Kursk region.",
      act: "confirms",
      cue: "confirmed",
      quoteType: "indirect",
      date: "2024-10-28",
      about: ["north-korean-deployment-to-kursk", "north-korean-troops", "kursk-region"],
      quantities: [],
      evidence: [
        span(
          0,
          111,
          "NATO confirmed on the 28th of October that North Korean troops are currently operating in Russia’s Kursk region",
        ),
      ],
      // To confirm is to back the earlier report: NATO spoke "after reports were verified".
      appearances: [],
      responds: [{ claim: "claim-nis-reported-deployment", relation: "supports" }],
      fieldProvenance: {
        date: { basis: "inferred", note: `The article says 'the 28th of October'; ${YEAR_AS_ARTICLE}.` },
      },
    },
    {
      id: "claim-author-ukrainian-foothold",
      claimant: AUTHOR,
      statement: "Ukrainian forces hold ground inside Russia's Kursk region.",
      act: "asserts",
      about: ["ukrainian-forces", "kursk-region", "russo-ukrainian-war"],
      quantities: [],
      evidence: [span(113, 155, "where Ukrainian forces maintain a foothold")],
      appearances: [],
      responds: [],
      fieldProvenance: {
        claimant: {
          basis: "inferred",
          note: "A relative clause inside the report of NATO's confirmation, read as the author's background rather than as part of what NATO confirmed.",
        },
      },
    },
    {
      id: "claim-author-rutte-disclosed-after-verification",
      claimant: AUTHOR,
      statement:
        "Mark Rutte made NATO's finding public once the reports had been verified, after talks with South Korean officials.",
      act: "asserts",
      about: ["mark-rutte", "nato-press-conference", "nato-south-korea-discussions"],
      quantities: [],
      evidence: [
        span(
          157,
          296,
          "This information was disclosed by NATO Secretary Mark Rutte after reports were verified, following discussions with South Korean officials.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-nato-1500-soldiers",
      claimant: "nato",
      statement:
        "About 1,500 North Korean soldiers, special forces among them, are in Russia to help Russian forces fight Ukraine.",
      act: "reports",
      cue: "reports",
      quoteType: "indirect",
      date: "2024-10-28",
      about: ["north-korean-deployment-to-kursk", "north-korean-troops", "russian-forces"],
      quantities: [
        { value: 1500, approximate: true, unit: "North Korean soldiers", text: "approximately 1,500" },
      ],
      evidence: [
        span(
          297,
          450,
          "NATO reports the presence of approximately 1,500 North Korean soldiers, which include special forces, whose aim is to aid Russian forces against Ukraine.",
        ),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: `Not dated in the article; told with the confirmation of 28 October and taken to be made with it, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },
    {
      id: "claim-author-significant-escalation",
      claimant: AUTHOR,
      statement: "The deployment is a major escalation of the military situation in the region.",
      act: "characterises",
      about: ["north-korean-deployment-to-kursk"],
      quantities: [],
      // The first, unquoted "significant escalation": the author's words, not Rutte's.
      evidence: [
        span(451, 527, "This event marks a significant escalation in the region’s military dynamics."),
      ],
      appearances: [],
      responds: [{ claim: "claim-rutte-significant-escalation", relation: "supports" }],
    },
    {
      id: "claim-rutte-significant-escalation",
      claimant: "mark-rutte",
      statement:
        "North Korea's troop deployment is a significant escalation and a dangerous widening of the war in Ukraine.",
      act: "characterises",
      cue: "characterised",
      quoteType: "mixed",
      date: "2024-10-28",
      about: ["north-korean-deployment-to-kursk", "nato-press-conference", "russo-ukrainian-war"],
      quantities: [],
      quote: "significant escalation",
      evidence: [
        span(
          528,
          715,
          "In a press conference, NATO Secretary General Mark Rutte characterised North Korea’s deployment of troops as a “significant escalation” and dangerous expansion of the conflict in Ukraine.",
        ),
        quotedWords(640, 662, "significant escalation"),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: `'In a press conference': taken to be the one at which NATO confirmed the deployment on 28 October, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },
    {
      id: "claim-breach-of-unsc-resolutions",
      claimant: AUTHOR,
      statement: "North Korea's deployment of troops violates UN Security Council resolutions.",
      act: "asserts",
      about: ["north-korean-deployment-to-kursk", "un-security-council"],
      quantities: [],
      evidence: [span(716, 781, "This move represents a breach of UN Security Council resolutions.")],
      appearances: [],
      responds: [],
      // Ambiguous in the text; recorded, not resolved.
      fieldProvenance: {
        claimant: {
          basis: "inferred",
          note: "Ambiguous: the sentence has no reporting verb, so it is read as the author's own statement, but it directly follows Rutte's characterisation and may paraphrase him. The other reading's claimant is mark-rutte.",
        },
      },
    },
    {
      id: "claim-ukraine-voices-concern",
      claimant: "ukraine",
      statement: "Ukraine is alarmed by North Korea's deployment of troops.",
      act: "warns",
      cue: "have voiced their concerns",
      quoteType: "indirect",
      about: ["north-korean-deployment-to-kursk"],
      quantities: [],
      evidence: [span(782, 838, "Likewise, Ukrainian officials have voiced their concerns")],
      appearances: [],
      responds: [],
      fieldProvenance: {
        claimant: {
          basis: "inferred",
          note: "The article says 'Ukrainian officials', naming none; the claim is attributed to the state of Ukraine.",
        },
      },
    },
    {
      id: "claim-zelenskyy-up-to-5000-soldiers",
      claimant: "volodymyr-zelenskyy",
      statement: "As many as 5,000 elite North Korean soldiers could be sent to the front lines at once.",
      act: "estimates",
      cue: "states",
      quoteType: "indirect",
      about: ["north-korean-deployment-to-kursk", "north-korean-troops"],
      quantities: [{ max: 5000, unit: "elite North Korean soldiers", text: "up to 5,000" }],
      evidence: [
        span(
          843,
          953,
          "President Zelenskyy states that up to 5,000 elite North Korean soldiers could join the frontlines immediately.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-putin-denies-reports",
      claimant: "vladimir-putin",
      statement: "The reports that North Korean troops are deployed in Russia are untrue.",
      act: "denies",
      cue: "has denied",
      quoteType: "indirect",
      about: ["north-korean-deployment-to-kursk"],
      quantities: [],
      evidence: [span(954, 1024, "Conversely, Russian President Vladimir Putin has denied these reports.")],
      // "These reports": the confirmation and the figures told before it.
      appearances: [],
      responds: [
        { claim: "claim-nato-confirms-deployment", relation: "denies" },
        { claim: "claim-nato-1500-soldiers", relation: "denies" },
        { claim: "claim-zelenskyy-up-to-5000-soldiers", relation: "denies" },
      ],
    },
    {
      id: "claim-north-korea-stereotyped-rumours",
      claimant: "north-korea",
      statement: "The reports of North Korean troops in Russia are nothing but rumours.",
      act: "denies",
      cue: "continues to dismiss",
      quoteType: "mixed",
      date: "2024-10-28/2024-11-03",
      about: ["north-korean-deployment-to-kursk", "north-korea-un-general-assembly-statement"],
      quantities: [],
      quote: "stereotyped rumours",
      evidence: [
        span(
          1025,
          1170,
          "Similarly, North Korea continues to dismiss these reports and has referred to them as “stereotyped rumours” in the UN General Assembly this week.",
        ),
        quotedWords(1112, 1131, "stereotyped rumours"),
      ],
      appearances: [],
      responds: [
        { claim: "claim-nato-confirms-deployment", relation: "denies" },
        { claim: "claim-nato-1500-soldiers", relation: "denies" },
        { claim: "claim-zelenskyy-up-to-5000-soldiers", relation: "denies" },
      ],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: "The article says 'this week': the week of its own inferred date of publication.",
        },
      },
    },
    {
      id: "claim-president-internal-matter",
      claimant: "vladimir-putin",
      statement:
        "The situation is an internal matter, and a way of defending Russia's right to ally itself with North Korea.",
      act: "characterises",
      cue: "has framed",
      quoteType: "mixed",
      about: ["north-korean-deployment-to-kursk", "russia", "north-korea"],
      quantities: [],
      quote: "internal matter",
      evidence: [
        span(
          1171,
          1315,
          "The president has framed the situation as an “internal matter” and as a strategy to defend Russia’s right to engage with North Korea as an ally.",
        ),
        quotedWords(1217, 1232, "internal matter"),
      ],
      appearances: [],
      responds: [{ claim: "claim-rutte-significant-escalation", relation: "disputes" }],
      // Ambiguous in the text; recorded, not resolved.
      fieldProvenance: {
        claimant: {
          basis: "inferred",
          note: "Ambiguous: the article says only 'the president'. Read as Vladimir Putin, the nearest president named (two sentences before) and the one whose country's right to the alliance is defended. The sentence follows North Korea's denial, so North Korea's head of state, whom the article does not name, is the other possible reading.",
        },
      },
    },
    {
      id: "claim-south-korea-opposes-alliance",
      claimant: "south-korea",
      statement: "South Korea strongly opposes the alliance between Russia and North Korea.",
      act: "opposes",
      cue: "expressed strong opposition",
      quoteType: "indirect",
      date: "2024-10-21/2024-10-27",
      about: ["south-korea-opposition-statement", "russia", "north-korea"],
      quantities: [],
      evidence: [
        span(
          1316,
          1416,
          "Meanwhile, South Korea expressed strong opposition to Russia’s and North Korea’s alliance last week.",
        ),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: "The article says 'last week': the week before its own inferred date of publication.",
        },
      },
    },
    {
      id: "claim-kim-hong-kyun-decisive-measures",
      claimant: "kim-hong-kyun",
      statement: "South Korea will take decisive measures if North Korea's deployment goes ahead.",
      act: "threatens",
      cue: "pledged",
      quoteType: "indirect",
      date: "2024-10-21/2024-10-27",
      about: ["north-korean-deployment-to-kursk", "south-korea-opposition-statement", "south-korea"],
      quantities: [],
      evidence: [
        span(
          1417,
          1516,
          "Vice-Foreign Minister Kim Hong-kyun pledged to follow decisive measures if the deployment proceeds.",
        ),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        act: {
          basis: "inferred",
          note: "The article's verb is 'pledged'; a pledge of measures against others if they go ahead is recorded as a threat.",
        },
        date: {
          basis: "inferred",
          note: "Not dated in the article; it follows South Korea's opposition of 'last week' and is taken to be part of it.",
        },
      },
    },

    // The author's own opinions (paragraphs four and five).
    {
      id: "claim-author-threat-to-peace",
      claimant: AUTHOR,
      statement:
        "By bringing North Korean troops into the war, Russia endangers peace and stability worldwide.",
      act: "characterises",
      about: ["north-korean-deployment-to-kursk", "russia"],
      quantities: [],
      evidence: [
        span(
          1517,
          1647,
          "The decision by Russia to welcome North Korean troops into the conflict represents a serious threat to global peace and stability.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-south-korean-warnings",
      claimant: AUTHOR,
      statement:
        "As South Korea's warnings show, alliances like this one draw out and intensify the fighting at a heavy cost in lives.",
      act: "warns",
      about: ["russia", "north-korea", "russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(
          1648,
          1781,
          "South Korean warnings underscore the dangers of such alliances, as they prolong hostilities and escalate them with a high human cost.",
        ),
      ],
      appearances: [],
      responds: [
        { claim: "claim-south-korea-opposes-alliance", relation: "supports" },
        { claim: "claim-kim-hong-kyun-decisive-measures", relation: "supports" },
      ],
    },
    {
      id: "claim-author-dismisses-peace-efforts",
      claimant: AUTHOR,
      statement:
        "The deployment disregards earlier international peace efforts and makes a negotiated end to the war harder to reach.",
      act: "characterises",
      about: ["north-korean-deployment-to-kursk", "russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(
          1782,
          1948,
          "This move also clearly dismisses previous global peace efforts and continues to make it harder for international actors to seek a peaceful resolution to the conflict.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-war-death-toll",
      claimant: AUTHOR,
      statement:
        "The war in Ukraine has lasted two and a half years and killed a very large number of people.",
      act: "asserts",
      about: ["russo-ukrainian-war"],
      quantities: [{ value: 2.5, unit: "years", text: "two and a half years" }],
      evidence: [
        span(
          1949,
          2037,
          "The war in Ukraine is now two and a half years old and has left a staggering death toll.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-need-for-negotiation",
      claimant: AUTHOR,
      statement: "The war's losses call for negotiations rather than military alliances that intensify it.",
      act: "calls-for",
      about: ["russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(
          2038,
          2140,
          "Such losses emphasise the need for negotiation, not militaristic alliances that heighten the conflict.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-peacemaking-undermined",
      claimant: AUTHOR,
      statement: "Keeping to this course will weaken the efforts to make peace.",
      act: "predicts",
      about: ["russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(2141, 2214, "The continuation of this approach will undermine peacemaking initiatives."),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-lives-sacrificed",
      claimant: AUTHOR,
      statement: "Lives are still being lost for the sake of power.",
      act: "characterises",
      about: ["russo-ukrainian-war"],
      quantities: [],
      evidence: [span(2215, 2276, "Many lives continue to be sacrificed in the pursuit of power.")],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-peace-processes-must-replace",
      claimant: AUTHOR,
      statement:
        "Comprehensive peace processes should urgently take the place of strategies that only draw out the war.",
      act: "calls-for",
      about: ["russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(
          2277,
          2370,
          "Holistic peace processes must urgently replace these strategies, which only prolong this war.",
        ),
      ],
      appearances: [],
      responds: [],
    },

    // Background and further reports (paragraph six).
    {
      id: "claim-author-alliance-intensified",
      claimant: AUTHOR,
      statement:
        "Russia and North Korea have drawn closer since their leaders signed a security pact in June.",
      act: "asserts",
      about: ["russia", "north-korea", "russia-north-korea-security-pact"],
      quantities: [],
      evidence: [
        span(
          2371,
          2507,
          "The alliance between Moscow and Pyongyang has intensified following the security pact signed in June between the two countries’ leaders.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-pact-mutual-defence",
      claimant: AUTHOR,
      statement:
        "Under the pact, Russia and North Korea each undertook to defend the other in the event of aggression.",
      act: "asserts",
      quoteType: "mixed",
      about: ["russia-north-korea-security-pact", "russia", "north-korea"],
      quantities: [],
      quote: "aggression",
      evidence: [
        span(2508, 2583, "This pact committed each nation to mutual defence in cases of “aggression”."),
        quotedWords(2571, 2581, "aggression"),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        quote: {
          basis: "stated",
          note: "The quoted word is the pact's term, not the author's own: the article puts it in quotation marks as the wording of the pact.",
        },
      },
    },
    {
      id: "claim-nis-reported-deployment",
      claimant: "south-korea-nis",
      statement: "North Korea has sent troops to Russia.",
      act: "reports",
      cue: "reported",
      quoteType: "indirect",
      date: "../2024-10-28",
      about: ["north-korean-deployment-to-kursk", "south-korea-nis-report"],
      quantities: [],
      evidence: [
        span(
          2584,
          2687,
          "Before NATO’s statement, South Korea’s National Intelligence Service reported the deployment of troops.",
        ),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: `'Before NATO's statement' of 28 October: only the latest possible date is known, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },
    {
      id: "claim-author-first-formal-acknowledgement",
      claimant: AUTHOR,
      statement: "Rutte's statement is the first time NATO has formally acknowledged the deployment.",
      act: "asserts",
      about: ["nato", "nato-press-conference", "north-korean-deployment-to-kursk"],
      quantities: [],
      evidence: [
        span(
          2688,
          2785,
          "However, Rutte’s intervention marks the first time that NATO formally acknowledges the situation.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-rutte-arms-supplies",
      claimant: "mark-rutte",
      statement:
        "North Korea has supplied Russia with ballistic missiles and large amounts of ammunition for use in Ukraine.",
      act: "reports",
      cue: "revealed",
      quoteType: "indirect",
      date: "2024-10-28",
      about: ["north-korean-arms-supplies", "north-korea", "russia"],
      // "tonnes of ammunition" states no number, so there is no Quantity to record.
      quantities: [],
      evidence: [
        span(
          2786,
          2934,
          "Likewise, the new Secretary General revealed that Pyongyang has supplied Russia with ballistic missiles and tonnes of ammunition for use in Ukraine.",
        ),
      ],
      appearances: [],
      responds: [],
      fieldProvenance: {
        date: {
          basis: "inferred",
          note: `Not dated in the article; told as part of Rutte's intervention and taken to be the press conference of 28 October, and ${YEAR_AS_ARTICLE}.`,
        },
      },
    },

    // The author's conclusion (paragraph seven).
    {
      id: "claim-author-conflict-set-to-escalate",
      claimant: AUTHOR,
      statement:
        "With NATO acknowledging North Korea's role, the war will escalate, making multilateral peace efforts all the more urgent.",
      act: "predicts",
      about: ["russo-ukrainian-war", "nato"],
      quantities: [],
      evidence: [
        span(
          2935,
          3082,
          "With NATO now acknowledging North Korea’s involvement, the conflict is set to escalate, reinforcing the urgent need for multilateral peace efforts.",
        ),
      ],
      appearances: [],
      responds: [],
    },
    {
      id: "claim-author-focus-on-peace",
      claimant: AUTHOR,
      statement:
        "As the violence worsens, efforts should turn to lasting peaceful solutions that put human lives before power and territory.",
      act: "calls-for",
      about: ["russo-ukrainian-war"],
      quantities: [],
      evidence: [
        span(
          3083,
          3249,
          "As violence continues to worsen, the focus should shift towards sustainable, peaceful solutions that prioritise human lives over power struggles and territorial gain.",
        ),
      ],
      appearances: [],
      responds: [],
    },
  ],
};
