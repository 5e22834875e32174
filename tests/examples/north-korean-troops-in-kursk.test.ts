import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples";
import type { Actor } from "../../src/model/actor";
import type { Claim } from "../../src/model/claim";
import type { Event } from "../../src/model/event";
import type { NewsGraph } from "../../src/model/news-graph";
import type { Place } from "../../src/model/place";
import { parseNewsGraph, verifyAnchors } from "../../src/validate/parse";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const jsonPath = path.resolve(repoRoot, "examples/data/north-korean-troops-in-kursk.json");
const seedPath = path.resolve(repoRoot, "../shared/seed/000_61f346895e7745f5.txt");
const seedExists = existsSync(seedPath);

const graph = northKoreanTroopsInKursk;
// The questions of issue 4 are answered from the shipped JSON, as a reader without the article would.
const shipped = JSON.parse(readFileSync(jsonPath, "utf8")) as NewsGraph;

function find<T extends { id: string }>(nodes: readonly T[], id: string): T {
  const node = nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node with id ${JSON.stringify(id)}`);
  return node;
}
const actor = (id: string): Actor => find(graph.actors, id);
const place = (id: string): Place => find(graph.places, id);
const event = (id: string): Event => find(graph.events, id);
const claim = (id: string): Claim => find(graph.claims, id);
const rolesOf = (node: Actor) => (node.kind === "state" ? [] : node.roles);
const wikidata = (item: string) => `https://www.wikidata.org/wiki/${item}`;
const article = () => find(graph.articles, KURSK_ARTICLE_ID);
const AUTHOR = "nk-troops-kursk-opinion-author";

describe("the North Korean troops in Kursk example", () => {
  describe("validation", () => {
    it("the JSON file holds exactly the TypeScript object", () => {
      expect(shipped).toStrictEqual(graph);
    });

    it("parseNewsGraph accepts it and returns an equal graph, every default written out", () => {
      expect(parseNewsGraph(graph)).toStrictEqual(graph);
      expect(parseNewsGraph(shipped)).toStrictEqual(graph);
    });

    it("ships no article text", () => {
      expect(graph.articles.map((entry) => entry.text)).toEqual([undefined]);
    });

    it("gives every claim at least one evidence span in the article", () => {
      for (const entry of graph.claims) {
        expect(entry.evidence.length, entry.id).toBeGreaterThan(0);
        for (const span of entry.evidence) expect(span.article).toBe(KURSK_ARTICLE_ID);
      }
    });

    it("imports no runtime code into the examples entry", () => {
      for (const file of ["index.ts", "north-korean-troops-in-kursk.ts"]) {
        const source = readFileSync(path.resolve(repoRoot, "src/examples", file), "utf8");
        const imports = source.split("\n").filter((line) => line.startsWith("import "));
        for (const line of imports) expect(line, file).toMatch(/^import type /);
      }
    });
  });

  describe("anchoring in the seed text", () => {
    const seedText = seedExists ? readFileSync(seedPath, "utf8") : "";

    it.skipIf(!seedExists)(
      seedExists
        ? "every evidence span points at its exact text in the seed article, and every quote is inside its spans"
        : "anchoring is skipped: the seed folder ../shared/seed is absent",
      () => {
        expect(verifyAnchors(graph, { [KURSK_ARTICLE_ID]: seedText })).toEqual([]);
      },
    );

    it.skipIf(!seedExists)(
      seedExists
        ? "a copy with the seed text attached to the article passes every layer"
        : "parsing with the text is skipped: the seed folder ../shared/seed is absent",
      () => {
        const withText = {
          ...graph,
          articles: graph.articles.map((entry) => ({ ...entry, text: seedText })),
        };
        expect(parseNewsGraph(withText).articles[0]?.text).toBe(seedText);
      },
    );

    it.skipIf(!seedExists)(
      seedExists
        ? "spans on quoted words sit between the article's curly quotes"
        : "quote anchoring is skipped: the seed folder ../shared/seed is absent",
      () => {
        for (const entry of graph.claims.filter((candidate) => candidate.quote !== undefined)) {
          const words = entry.evidence.find((span) => span.exact === entry.quote);
          expect(words, entry.id).toBeDefined();
          if (words === undefined) continue;
          expect(seedText.slice(words.start - 1, words.end + 1)).toBe(`“${entry.quote}”`);
        }
      },
    );
  });

  describe("actors", () => {
    it("has every actor the article names, by id, kind and name", () => {
      const expected: [string, Actor["kind"], string][] = [
        ["nato", "intergovernmental", "NATO"],
        ["mark-rutte", "person", "Mark Rutte"],
        ["russia", "state", "Russia"],
        ["north-korea", "state", "North Korea"],
        ["ukraine", "state", "Ukraine"],
        ["south-korea", "state", "South Korea"],
        ["vladimir-putin", "person", "Vladimir Putin"],
        ["volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy"],
        ["kim-hong-kyun", "person", "Kim Hong-kyun"],
        ["south-korea-nis", "government", "National Intelligence Service"],
        ["united-nations", "intergovernmental", "United Nations"],
        ["un-security-council", "intergovernmental", "UN Security Council"],
        ["un-general-assembly", "intergovernmental", "UN General Assembly"],
        ["north-korean-troops", "military", "North Korean troops"],
        ["russian-forces", "military", "Russian forces"],
        ["ukrainian-forces", "military", "Ukrainian forces"],
        [AUTHOR, "person", "Unnamed author of the opinion piece"],
      ];
      for (const [id, kind, name] of expected) {
        expect({ id, kind: actor(id).kind, name: actor(id).name }).toEqual({ id, kind, name });
      }
      expect(graph.actors).toHaveLength(expected.length);
    });

    it("gives the people their roles", () => {
      expect(rolesOf(actor("mark-rutte"))).toEqual([
        { title: "Secretary General", of: "nato", start: "2024-10-01" },
      ]);
      expect(rolesOf(actor("kim-hong-kyun"))).toEqual([
        { title: "Vice-Foreign Minister", of: "south-korea" },
      ]);
      expect(rolesOf(actor("vladimir-putin"))).toEqual([{ title: "President", of: "russia" }]);
      expect(rolesOf(actor("volodymyr-zelenskyy"))).toEqual([{ title: "President", of: "ukraine" }]);
    });

    it("ties the states to their territories, the agency and the forces to their states, the UN bodies to the UN", () => {
      const territories = Object.fromEntries(
        graph.actors.flatMap((entry) => (entry.kind === "state" ? [[entry.id, entry.territory]] : [])),
      );
      expect(territories).toEqual({
        russia: "russia-territory",
        "north-korea": "north-korea-territory",
        ukraine: "ukraine-territory",
        "south-korea": "south-korea-territory",
      });
      const nis = actor("south-korea-nis");
      expect(nis.kind !== "person" && nis.kind !== "state" ? nis.country : undefined).toBe("south-korea");
      expect(actor("un-security-council").memberOf).toEqual(["united-nations"]);
      expect(actor("un-general-assembly").memberOf).toEqual(["united-nations"]);
    });

    it("records the capitals the article uses for the governments", () => {
      expect(actor("russia").alternateNames).toContain("Moscow");
      expect(actor("north-korea").alternateNames).toContain("Pyongyang");
    });
  });

  describe("places", () => {
    it("has the countries, the Kursk region and the two capitals, nested", () => {
      const summary = graph.places.map(({ id, kind, containedIn, countryCode, subdivisionCode }) => ({
        id,
        kind,
        containedIn,
        countryCode,
        subdivisionCode,
      }));
      expect(summary).toEqual([
        {
          id: "russia-territory",
          kind: "country",
          containedIn: undefined,
          countryCode: "RU",
          subdivisionCode: undefined,
        },
        {
          id: "ukraine-territory",
          kind: "country",
          containedIn: undefined,
          countryCode: "UA",
          subdivisionCode: undefined,
        },
        {
          id: "north-korea-territory",
          kind: "country",
          containedIn: undefined,
          countryCode: "KP",
          subdivisionCode: undefined,
        },
        {
          id: "south-korea-territory",
          kind: "country",
          containedIn: undefined,
          countryCode: "KR",
          subdivisionCode: undefined,
        },
        {
          id: "kursk-region",
          kind: "region",
          containedIn: "russia-territory",
          countryCode: "RU",
          subdivisionCode: "RU-KRS",
        },
        {
          id: "moscow",
          kind: "city",
          containedIn: "russia-territory",
          countryCode: "RU",
          subdivisionCode: undefined,
        },
        {
          id: "pyongyang",
          kind: "city",
          containedIn: "north-korea-territory",
          countryCode: "KP",
          subdivisionCode: undefined,
        },
      ]);
      expect(place("kursk-region").name).toBe("Kursk region");
    });
  });

  describe("events", () => {
    it("has the war, the deployment, the confirmation, the pact, the arms, the UN and South Korean statements", () => {
      const kinds = Object.fromEntries(graph.events.map((entry) => [entry.id, entry.kind]));
      expect(kinds).toEqual({
        "russo-ukrainian-war": "armed-conflict",
        "north-korean-deployment-to-kursk": "deployment",
        "nato-south-korea-discussions": "meeting",
        "nato-press-conference": "press-conference",
        "russia-north-korea-security-pact": "agreement",
        "north-korean-arms-supplies": "arms-transfer",
        "north-korea-un-general-assembly-statement": "statement",
        "south-korea-opposition-statement": "statement",
        "south-korea-nis-report": "statement",
      });
    });

    it("places the deployment and the arms supplies within the war", () => {
      expect(event("north-korean-deployment-to-kursk").partOf).toBe("russo-ukrainian-war");
      expect(event("north-korean-arms-supplies").partOf).toBe("russo-ukrainian-war");
      expect(event("russo-ukrainian-war")).toMatchObject({
        start: "2022-02-24",
        location: "ukraine-territory",
      });
    });

    it("describes the deployment: where, who, and disputed", () => {
      expect(event("north-korean-deployment-to-kursk")).toMatchObject({
        location: "kursk-region",
        status: "disputed",
        participants: [
          { actor: "north-korea", role: "agent" },
          { actor: "north-korean-troops", role: "participant" },
          { actor: "russia", role: "recipient" },
          { actor: "ukraine", role: "target" },
        ],
      });
    });

    it("dates the press conference, the pact and the statements", () => {
      expect(event("nato-press-conference")).toMatchObject({ start: "2024-10-28" });
      expect(event("russia-north-korea-security-pact")).toMatchObject({
        start: "2024-06-19",
        location: "pyongyang",
      });
      expect(event("north-korea-un-general-assembly-statement").start).toBe("2024-10-28/2024-11-03");
      expect(event("south-korea-opposition-statement").start).toBe("2024-10-21/2024-10-27");
      expect(event("south-korea-nis-report").start).toBe("../2024-10-28");
    });
  });

  describe("claims", () => {
    it("gives every claim its claimant, speech act and reporting verb", () => {
      const expected: [string, string, Claim["act"], string | undefined][] = [
        ["claim-nato-confirms-deployment", "nato", "confirms", "confirmed"],
        ["claim-author-ukrainian-foothold", AUTHOR, "asserts", undefined],
        ["claim-author-rutte-disclosed-after-verification", AUTHOR, "asserts", undefined],
        ["claim-nato-1500-soldiers", "nato", "reports", "reports"],
        ["claim-author-significant-escalation", AUTHOR, "characterises", undefined],
        ["claim-rutte-significant-escalation", "mark-rutte", "characterises", "characterised"],
        ["claim-breach-of-unsc-resolutions", AUTHOR, "asserts", undefined],
        ["claim-ukraine-voices-concern", "ukraine", "warns", "have voiced their concerns"],
        ["claim-zelenskyy-up-to-5000-soldiers", "volodymyr-zelenskyy", "estimates", "states"],
        ["claim-putin-denies-reports", "vladimir-putin", "denies", "has denied"],
        ["claim-north-korea-stereotyped-rumours", "north-korea", "denies", "continues to dismiss"],
        ["claim-president-internal-matter", "vladimir-putin", "characterises", "has framed"],
        ["claim-south-korea-opposes-alliance", "south-korea", "opposes", "expressed strong opposition"],
        ["claim-kim-hong-kyun-decisive-measures", "kim-hong-kyun", "threatens", "pledged"],
        ["claim-author-threat-to-peace", AUTHOR, "characterises", undefined],
        ["claim-author-south-korean-warnings", AUTHOR, "warns", undefined],
        ["claim-author-dismisses-peace-efforts", AUTHOR, "characterises", undefined],
        ["claim-author-war-death-toll", AUTHOR, "asserts", undefined],
        ["claim-author-need-for-negotiation", AUTHOR, "calls-for", undefined],
        ["claim-author-peacemaking-undermined", AUTHOR, "predicts", undefined],
        ["claim-author-lives-sacrificed", AUTHOR, "characterises", undefined],
        ["claim-author-peace-processes-must-replace", AUTHOR, "calls-for", undefined],
        ["claim-author-alliance-intensified", AUTHOR, "asserts", undefined],
        ["claim-author-pact-mutual-defence", AUTHOR, "asserts", undefined],
        ["claim-nis-reported-deployment", "south-korea-nis", "reports", "reported"],
        ["claim-author-first-formal-acknowledgement", AUTHOR, "asserts", undefined],
        ["claim-rutte-arms-supplies", "mark-rutte", "reports", "revealed"],
        ["claim-author-conflict-set-to-escalate", AUTHOR, "predicts", undefined],
        ["claim-author-focus-on-peace", AUTHOR, "calls-for", undefined],
      ];
      expect(graph.claims.map(({ id, claimant, act, cue }) => [id, claimant, act, cue])).toEqual(expected);
    });

    it("keeps every cue as it is written in its evidence", () => {
      for (const entry of graph.claims) {
        if (entry.cue === undefined) continue;
        expect(entry.evidence.map((span) => span.exact).join(" "), entry.id).toContain(entry.cue);
      }
    });

    it("states the troop figures exactly: 'approximately' is approximate, 'up to' is a maximum", () => {
      expect(claim("claim-nato-1500-soldiers").quantities).toStrictEqual([
        { value: 1500, approximate: true, unit: "North Korean soldiers", text: "approximately 1,500" },
      ]);
      expect(claim("claim-zelenskyy-up-to-5000-soldiers").quantities).toStrictEqual([
        { max: 5000, unit: "elite North Korean soldiers", text: "up to 5,000" },
      ]);
      expect(claim("claim-author-war-death-toll").quantities).toStrictEqual([
        { value: 2.5, unit: "years", text: "two and a half years" },
      ]);
      const withFigures = graph.claims
        .filter((entry) => entry.quantities.length > 0)
        .map((entry) => entry.id);
      expect(withFigures).toEqual([
        "claim-nato-1500-soldiers",
        "claim-zelenskyy-up-to-5000-soldiers",
        "claim-author-war-death-toll",
      ]);
    });

    it("keeps the quoted words verbatim, without the article's curly quotes", () => {
      const quotes = graph.claims.flatMap((entry) =>
        entry.quote === undefined ? [] : [[entry.id, entry.quote]],
      );
      expect(quotes).toEqual([
        ["claim-rutte-significant-escalation", "significant escalation"],
        ["claim-north-korea-stereotyped-rumours", "stereotyped rumours"],
        ["claim-president-internal-matter", "internal matter"],
        ["claim-author-pact-mutual-defence", "aggression"],
      ]);
      for (const entry of graph.claims.filter((candidate) => candidate.quote !== undefined)) {
        const [sentence, words] = entry.evidence;
        expect(sentence?.exact, entry.id).toContain(`“${entry.quote}”`);
        expect(words, entry.id).toMatchObject({ exact: entry.quote, prefix: "“", suffix: "”" });
        expect(entry.quoteType, entry.id).toBe("mixed");
      }
    });

    it("tells the two occurrences of 'significant escalation' apart", () => {
      const unquoted = claim("claim-author-significant-escalation").evidence[0];
      const quoted = claim("claim-rutte-significant-escalation").evidence[1];
      expect(unquoted?.exact).toContain("a significant escalation in the region");
      expect(quoted).toMatchObject({ start: 640, end: 662, exact: "significant escalation" });
    });

    it("links the denials and disputes to the claims they answer", () => {
      const denied = [
        "claim-nato-confirms-deployment",
        "claim-nato-1500-soldiers",
        "claim-zelenskyy-up-to-5000-soldiers",
      ];
      for (const id of ["claim-putin-denies-reports", "claim-north-korea-stereotyped-rumours"]) {
        expect(claim(id).responds).toEqual(denied.map((target) => ({ claim: target, relation: "denies" })));
      }
      expect(claim("claim-president-internal-matter").responds).toEqual([
        { claim: "claim-rutte-significant-escalation", relation: "disputes" },
      ]);
      expect(claim("claim-nato-confirms-deployment").responds).toEqual([
        { claim: "claim-nis-reported-deployment", relation: "supports" },
      ]);
      expect(claim("claim-author-south-korean-warnings").responds).toEqual([
        { claim: "claim-south-korea-opposes-alliance", relation: "supports" },
        { claim: "claim-kim-hong-kyun-decisive-measures", relation: "supports" },
      ]);
    });

    it("records the ambiguous claimants as readings, with the other reading named", () => {
      const president = claim("claim-president-internal-matter").fieldProvenance?.claimant;
      expect(president?.basis).toBe("inferred");
      expect(president?.note).toMatch(/Ambiguous: the article says only 'the president'/);
      expect(president?.note).toMatch(/North Korea's head of state/);
      const breach = claim("claim-breach-of-unsc-resolutions").fieldProvenance?.claimant;
      expect(breach?.basis).toBe("inferred");
      expect(breach?.note).toMatch(/mark-rutte/);
    });
  });

  describe("provenance of what the article does not state", () => {
    it("marks the article's headline, url, genre, date, authors and publisher as inferred", () => {
      const { fieldProvenance, authors, publisher, datePublished } = article();
      for (const field of ["headline", "url", "genre", "datePublished", "authors", "publisher"] as const) {
        expect(fieldProvenance?.[field]?.basis, field).toBe("inferred");
      }
      expect(fieldProvenance?.datePublished?.note).toMatch(/two and a half years old/);
      expect(fieldProvenance?.datePublished?.note).toMatch(/new Secretary General/);
      expect({ authors, publisher, datePublished }).toEqual({
        authors: [],
        publisher: undefined,
        datePublished: "2024-10-28/2024-11-03",
      });
      expect(article().url).toMatch(/^https:\/\/example\.org\//);
    });

    it("marks the year of 'the 28th of October' and every other inferred date", () => {
      const confirmation = claim("claim-nato-confirms-deployment");
      expect(confirmation.date).toBe("2024-10-28");
      expect(confirmation.fieldProvenance?.date).toMatchObject({ basis: "inferred" });
      expect(confirmation.fieldProvenance?.date?.note).toMatch(/the 28th of October.*2024/);
      for (const entry of graph.claims) {
        if (entry.date !== undefined) expect(entry.fieldProvenance?.date?.basis, entry.id).toBe("inferred");
      }
      for (const entry of graph.events) {
        if (entry.start !== undefined)
          expect(entry.fieldProvenance?.start?.basis, entry.id).toMatch(/inferred|external/);
      }
    });

    it("marks external knowledge as external: Rutte's start date, the war's start, the pact's day and place", () => {
      expect(actor("mark-rutte").fieldProvenance).toMatchObject({
        roles: { basis: "external", source: wikidata("Q57792") },
      });
      expect(event("russo-ukrainian-war").fieldProvenance?.start?.basis).toBe("external");
      const pact = event("russia-north-korea-security-pact").fieldProvenance;
      expect(pact?.start?.basis).toBe("external");
      expect(pact?.start?.note).toMatch(/signed in June/);
      expect(pact?.location?.basis).toBe("external");
      expect(pact?.participants?.basis).toBe("inferred");
    });

    it("marks the placeholder author and every identifier", () => {
      expect(actor(AUTHOR).provenance?.basis).toBe("inferred");
      for (const node of [...graph.actors, ...graph.places]) {
        if (node.sameAs.length > 0) expect(node.fieldProvenance?.sameAs?.basis, node.id).toBe("external");
      }
      for (const node of graph.places) {
        if (node.countryCode !== undefined)
          expect(node.fieldProvenance?.countryCode?.basis, node.id).toBe("external");
      }
    });
  });

  describe("related articles and identifiers", () => {
    it("keeps the 'read also' list with its dates, titles exactly as printed", () => {
      expect(article().related).toStrictEqual([
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
      ]);
    });

    it("links to Wikidata only the items that were confirmed", () => {
      const links = Object.fromEntries(
        [...graph.actors, ...graph.places]
          .filter((node) => node.sameAs.length > 0)
          .map((node) => [node.id, node.sameAs]),
      );
      expect(links).toEqual({
        russia: [wikidata("Q159")],
        "north-korea": [wikidata("Q423")],
        ukraine: [wikidata("Q212")],
        "south-korea": [wikidata("Q884")],
        nato: [wikidata("Q7184")],
        "united-nations": [wikidata("Q1065")],
        "un-security-council": [wikidata("Q37470")],
        "un-general-assembly": [wikidata("Q47423")],
        "mark-rutte": [wikidata("Q57792")],
        "vladimir-putin": [wikidata("Q7747")],
        "russia-territory": [wikidata("Q159")],
        "ukraine-territory": [wikidata("Q212")],
        "north-korea-territory": [wikidata("Q423")],
        "south-korea-territory": [wikidata("Q884")],
        moscow: [wikidata("Q649")],
        pyongyang: [wikidata("Q18808")],
      });
    });
  });

  describe("a reader of the JSON can answer, without the article", () => {
    const claimsOf = (claimant: string) => shipped.claims.filter((entry) => entry.claimant === claimant);
    const eventOf = (id: string) => find(shipped.events, id);

    it("who confirmed what, and when", () => {
      const confirmations = claimsOf("nato").filter((entry) => entry.act === "confirms");
      expect(confirmations.map(({ statement, date, about }) => ({ statement, date, about }))).toEqual([
        {
          statement: "North Korean troops are operating in Russia's Kursk region.",
          date: "2024-10-28",
          about: ["north-korean-deployment-to-kursk", "north-korean-troops", "kursk-region"],
        },
      ]);
      const speaker = find(shipped.actors, "mark-rutte");
      expect(speaker.kind === "person" ? speaker.roles[0]?.of : undefined).toBe("nato");
    });

    it("who denied it", () => {
      const denials = shipped.claims.filter((entry) =>
        entry.responds.some(
          (response) => response.claim === "claim-nato-confirms-deployment" && response.relation === "denies",
        ),
      );
      expect(denials.map((entry) => [entry.claimant, entry.act])).toEqual([
        ["vladimir-putin", "denies"],
        ["north-korea", "denies"],
      ]);
      expect(denials[1]?.quote).toBe("stereotyped rumours");
    });

    it("the troop figures, and who gave each", () => {
      const figures = shipped.claims.flatMap((entry) =>
        entry.quantities
          .filter((quantity) => quantity.unit.includes("soldiers"))
          .map((quantity) => ({ claimant: entry.claimant, ...quantity })),
      );
      expect(figures).toEqual([
        {
          claimant: "nato",
          value: 1500,
          approximate: true,
          unit: "North Korean soldiers",
          text: "approximately 1,500",
        },
        {
          claimant: "volodymyr-zelenskyy",
          max: 5000,
          unit: "elite North Korean soldiers",
          text: "up to 5,000",
        },
      ]);
    });

    it("what the June pact committed to, and its date", () => {
      const pact = shipped.events.filter((entry) => entry.kind === "agreement");
      expect(pact.map((entry) => [entry.id, entry.start])).toEqual([
        ["russia-north-korea-security-pact", "2024-06-19"],
      ]);
      const terms = shipped.claims.filter((entry) =>
        entry.about.includes("russia-north-korea-security-pact"),
      );
      const commitment = terms.find((entry) => entry.quote === "aggression");
      expect(commitment?.statement).toMatch(/defend the other in the event of aggression/);
    });

    it("what South Korea threatened", () => {
      const southKoreans = new Set(
        shipped.actors
          .filter(
            (entry) =>
              entry.id === "south-korea" ||
              (entry.kind !== "state" && entry.roles.some((role) => role.of === "south-korea")),
          )
          .map((entry) => entry.id),
      );
      const threats = shipped.claims.filter(
        (entry) => entry.act === "threatens" && southKoreans.has(entry.claimant),
      );
      expect(threats.map(({ claimant, statement, cue }) => ({ claimant, statement, cue }))).toEqual([
        {
          claimant: "kim-hong-kyun",
          statement: "South Korea will take decisive measures if North Korea's deployment goes ahead.",
          cue: "pledged",
        },
      ]);
      expect(eventOf("south-korea-opposition-statement").participants.map((entry) => entry.actor)).toContain(
        "kim-hong-kyun",
      );
    });
  });
});
