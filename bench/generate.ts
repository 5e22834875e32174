// A deterministic generator of realistic newsgraph documents for the benchmarks: articles with
// text, actors with roles, claims with evidence anchored in that text, events, places, and the
// references between them. The same seed and size always give the same document, and every
// document it makes passes `safeParseNewsGraph`.
import type { NewsGraphInput } from "newsgraph";

type ArticleInput = NonNullable<NewsGraphInput["articles"]>[number];
type ActorInput = NonNullable<NewsGraphInput["actors"]>[number];
type ClaimInput = NonNullable<NewsGraphInput["claims"]>[number];
type EventInput = NonNullable<NewsGraphInput["events"]>[number];
type PlaceInput = NonNullable<NewsGraphInput["places"]>[number];
type TextSpanInput = NonNullable<ClaimInput["evidence"]>[number];

/** mulberry32: a small, fast, seeded PRNG; good enough to vary benchmark data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRY_CODES = ["UA", "RU", "KP", "KR", "DE", "FR", "PL", "GB", "US", "JP", "FI", "NL", "IT", "ES"];
const SUBDIVISIONS = ["RU-KRS", "RU-BEL", "UA-63", "UA-14", "KR-11", "DE-BE", "FR-IDF", "PL-MZ"];
const PLACE_WORDS = ["north", "river", "lake", "hill", "valley", "bay", "port", "field", "stone", "oak"];
const GIVEN = ["anna", "mark", "olena", "kim", "pierre", "maria", "jan", "sofia", "ivan", "yuki", "lee"];
const FAMILY = ["rutte", "kovalenko", "hong", "dubois", "novak", "schmidt", "tanaka", "park", "silva"];
const ORG_KINDS = ["intergovernmental", "government", "military", "media", "ngo", "armed-group"] as const;
const TITLES = ["Secretary General", "Foreign Minister", "Spokesperson", "Commander", "Editor", "Director"];
const ACTS = [
  "asserts",
  "confirms",
  "reports",
  "denies",
  "estimates",
  "warns",
  "pledges",
  "condemns",
] as const;
const CUES = ["said", "confirmed", "reported", "denied", "estimated", "warned", "pledged", "condemned"];
const EVENT_KINDS = [
  "deployment",
  "statement",
  "press-conference",
  "agreement",
  "meeting",
  "attack",
] as const;
const ROLES = ["agent", "target", "recipient", "participant", "host"] as const;
const GENRES = ["news", "analysis", "opinion", "reportage", "background"] as const;
const RELATIONS = ["supports", "disputes", "denies", "qualifies"] as const;
const NOUNS = ["troops", "ammunition", "talks", "sanctions", "ceasefire", "missiles", "aid", "border"];
const VERBS = ["moved", "arrived", "stalled", "expanded", "resumed", "ended", "began", "continued"];
const ADJECTIVES = ["significant", "serious", "limited", "sudden", "gradual", "unconfirmed", "wider"];
const FILLER = [
  "Officials gave no further detail on the timing.",
  "The region has seen heavy fighting since the summer.",
  "Diplomats in several capitals followed the developments closely.",
  "Analysts said the figures could not be verified independently.",
  "The statement came after a week of intense negotiations.",
  "Residents described long queues at the checkpoints.",
];

function pick<T>(next: () => number, list: readonly T[]): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** A calendar date in 2022–2024, as `YYYY-MM-DD`, and the day number it was drawn from. */
function dateOf(day: number): string {
  const date = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** How many nodes of each kind a graph of `size` nodes has: mostly claims, as in real data. */
export function shareOf(
  size: number,
): Record<"articles" | "actors" | "claims" | "events" | "places", number> {
  const articles = Math.max(1, Math.round(size * 0.05));
  const actors = Math.max(6, Math.round(size * 0.2));
  const events = Math.max(1, Math.round(size * 0.1));
  const places = Math.max(2, Math.round(size * 0.15));
  const claims = Math.max(1, size - articles - actors - events - places);
  return { articles, actors, claims, events, places };
}

/**
 * Makes a valid newsgraph document of about `size` nodes, the same for the same `size` and `seed`.
 * About 5% articles (each with ~2.5 kB of text), 20% actors, 50% claims (each anchored in an
 * article's text), 10% events and 15% places.
 */
export function generateGraph(size: number, seed = 1): NewsGraphInput {
  const next = random(seed);
  const share = shareOf(size);

  // Places: a hierarchy of countries, regions and cities, each contained in an earlier one.
  const places: PlaceInput[] = [];
  const countries: string[] = [];
  for (let i = 0; i < share.places; i++) {
    const words = `${pick(next, PLACE_WORDS)} ${pick(next, PLACE_WORDS)}`;
    const id = `${words.replace(" ", "-")}-${i}`;
    if (i % 10 === 0 || countries.length === 0) {
      countries.push(id);
      places.push({
        id,
        kind: "country",
        name: `${capitalise(words)} Republic ${i}`,
        countryCode: pick(next, COUNTRY_CODES),
        sameAs: [`https://www.wikidata.org/wiki/Q${1000 + i}`],
      });
    } else {
      const region = i % 10 < 4;
      const place: PlaceInput = {
        id,
        kind: region ? "region" : "city",
        name: `${capitalise(words)} ${region ? "Region" : "City"} ${i}`,
        containedIn: region ? pick(next, countries) : (places[i - 1]?.id ?? pick(next, countries)),
        geo: {
          latitude: Math.round((next() * 160 - 80) * 1e4) / 1e4,
          longitude: Math.round((next() * 340 - 170) * 1e4) / 1e4,
        },
      };
      if (region) place.subdivisionCode = pick(next, SUBDIVISIONS);
      if (next() < 0.3) place.alternateNames = [`${capitalise(words)} Oblast`];
      places.push(place);
    }
  }

  // Actors: states with territory, organisations in a country, people with roles in organisations.
  const actors: ActorInput[] = [];
  const states: string[] = [];
  const organisations: string[] = [];
  const media: string[] = [];
  const people: string[] = [];
  for (let i = 0; i < share.actors; i++) {
    const slot = i % 10;
    if (slot === 0 || states.length === 0) {
      const id = `state-${i}`;
      states.push(id);
      actors.push({
        id,
        kind: "state",
        name: `State ${i}`,
        territory: pick(next, countries),
        sameAs: [`https://www.wikidata.org/wiki/Q${50_000 + i}`],
      });
    } else if (slot < 4 || organisations.length === 0) {
      const kind = slot === 1 || media.length === 0 ? "media" : pick(next, ORG_KINDS);
      const id = `${kind}-organisation-${i}`;
      organisations.push(id);
      if (kind === "media") media.push(id);
      actors.push({
        id,
        kind,
        name: `${capitalise(pick(next, PLACE_WORDS))} ${kind === "media" ? "News" : "Council"} ${i}`,
        country: pick(next, states),
        memberOf: organisations.length > 1 && next() < 0.3 ? [pick(next, organisations.slice(0, -1))] : [],
      });
    } else {
      const given = pick(next, GIVEN);
      const family = pick(next, FAMILY);
      const id = `${given}-${family}-${i}`;
      people.push(id);
      const start = Math.floor(next() * 700);
      actors.push({
        id,
        kind: "person",
        name: `${capitalise(given)} ${capitalise(family)}`,
        description: `${pick(next, TITLES)} quoted in the coverage.`,
        nationality: pick(next, states),
        roles: [
          { title: pick(next, TITLES), of: pick(next, organisations), start: dateOf(start) },
          ...(next() < 0.4
            ? [
                {
                  title: pick(next, TITLES),
                  of: pick(next, organisations),
                  start: dateOf(start - 400),
                  end: dateOf(start - 10),
                },
              ]
            : []),
        ],
      });
    }
  }
  if (people.length === 0) throw new Error("generateGraph: too few actors for any people");
  const claimants = [...people, ...states, ...organisations];

  // Events: some part of an earlier, larger event; located in places, with participants.
  const events: EventInput[] = [];
  for (let i = 0; i < share.events; i++) {
    const start = Math.floor(next() * 900);
    const event: EventInput = {
      id: `event-${pick(next, NOUNS)}-${i}`,
      name: `${capitalise(pick(next, ADJECTIVES))} ${pick(next, NOUNS)} near ${places[i % places.length]?.name ?? "the border"}`,
      kind: pick(next, EVENT_KINDS),
      description: `Reports of ${pick(next, NOUNS)} that ${pick(next, VERBS)} in the area.`,
      start: dateOf(start),
      location: pick(next, places).id,
      participants: [
        { actor: pick(next, states), role: pick(next, ROLES) },
        { actor: pick(next, claimants), role: pick(next, ROLES) },
      ],
      status: "reported",
    };
    if (next() < 0.5) event.end = dateOf(start + Math.floor(next() * 60));
    const outer = events[Math.floor(next() * i)];
    if (i > 0 && next() < 0.3 && outer !== undefined) event.partOf = outer.id;
    if (next() < 0.3)
      event.quantities = [{ value: Math.floor(next() * 5000), approximate: true, unit: "soldiers" }];
    events.push(event);
  }

  // Articles and claims together: each claim's sentence is written into its article's text,
  // and its evidence points at it by offsets.
  const articles: ArticleInput[] = [];
  const claims: ClaimInput[] = [];
  const claimsPerArticle = Math.ceil(share.claims / share.articles);
  for (let a = 0; a < share.articles; a++) {
    const id = `article-${a}`;
    const day = Math.floor(next() * 900);
    let text = "";
    const first = claims.length;
    for (let c = 0; c < claimsPerArticle && claims.length < share.claims; c++) {
      text += `${pick(next, FILLER)} `;
      const claimIndex = claims.length;
      const claimant = pick(next, claimants);
      const actIndex = Math.floor(next() * ACTS.length);
      const quote = `${capitalise(pick(next, ADJECTIVES))} ${pick(next, NOUNS)} have ${pick(next, VERBS)} in the region, with about ${100 + Math.floor(next() * 4900)} involved`;
      const sentence = `${capitalise(claimant.replace(/-\d+$/, "").replaceAll("-", " "))} ${CUES[actIndex] ?? "said"} that “${quote}”. `;
      const start = text.length + sentence.indexOf("“") + 1;
      const end = start + quote.length;
      text += sentence;
      const span: TextSpanInput = { article: id, start, end, exact: quote };
      const claim: ClaimInput = {
        id: `claim-${claimIndex}`,
        claimant,
        statement: `${quote}.`,
        act: ACTS[actIndex] ?? "asserts",
        cue: CUES[actIndex] ?? "said",
        quoteType: "direct",
        quote,
        date: dateOf(day),
        about: [pick(next, events).id],
        evidence: [span],
      };
      if (next() < 0.3)
        claim.quantities = [
          { value: 100 + Math.floor(next() * 4900), approximate: true, unit: "soldiers", text: "about" },
        ];
      if (claimIndex > first && next() < 0.3) {
        claim.responds = [
          {
            claim: `claim-${first + Math.floor(next() * (claimIndex - first))}`,
            relation: pick(next, RELATIONS),
          },
        ];
      }
      if (next() < 0.05) {
        claim.review = {
          reviewer: pick(next, media),
          verdict: "Misleading",
          rating: { value: 2, worst: 1, best: 5 },
          date: dateOf(day + 2),
          url: `https://factcheck.example.org/claims/${claimIndex}`,
        };
      }
      claims.push(claim);
    }
    text += pick(next, FILLER);
    // Prefix and suffix, now that the text is final.
    for (let c = first; c < claims.length; c++) {
      const span = claims[c]?.evidence?.[0];
      if (span === undefined) continue;
      span.prefix = text.slice(Math.max(0, span.start - 24), span.start);
      span.suffix = text.slice(span.end, span.end + 24);
    }
    const article: ArticleInput = {
      id,
      url: `https://news.example.org/${dateOf(day).slice(0, 7)}/story-${a}`,
      headline: `${capitalise(pick(next, ADJECTIVES))} ${pick(next, NOUNS)} ${pick(next, VERBS)}, officials say`,
      description: `What is known about the ${pick(next, NOUNS)} so far.`,
      genre: pick(next, GENRES),
      language: "en",
      datePublished: `${dateOf(day)}T${pad(6 + Math.floor(next() * 12))}:${pad(Math.floor(next() * 60))}:00+01:00`,
      authors: [pick(next, people)],
      publisher: pick(next, media),
      section: "World",
      keywords: [pick(next, NOUNS), pick(next, NOUNS)],
      images: [
        {
          url: `https://news.example.org/images/${a}.jpg`,
          width: 1200,
          height: 675,
          caption: "A checkpoint.",
        },
      ],
      text,
      dateline: pick(next, places).id,
      about: [pick(next, events).id],
      mentions: [pick(next, claimants), pick(next, places).id],
      isAccessibleForFree: next() < 0.5,
    };
    if (next() < 0.3) article.dateModified = dateOf(day + 1);
    articles.push(article);
  }

  return { format: 1, articles, actors, claims, events, places };
}
