// Hostile inputs, built at a size the caller gives. The tests build them at the sizes they check
// (tests/adversarial/corpus.test.ts, tests/model/language-tag.test.ts, tests/jsonld/extract.test.ts); the
// scaling benchmark (bench/scaling.ts) builds each at two sizes, n and 4n, to see how the cost grows. Nothing
// here imports newsgraph, so that the tests (which run the sources) and the bench (which imports the package
// by name) share the same builders.

/** Where an issue is reported: keys and indexes from the document's root. */
export type Path = (string | number)[];

/** A valid article, with `fields` over its own. */
export const article = (fields: Record<string, unknown> = {}) => ({
  id: "a",
  url: "https://example.org/a",
  headline: "A headline",
  genre: "news",
  language: "en",
  datePublished: "2024-10-28",
  ...fields,
});

/**
 * The link of node i in a chain of `nodes`: the node before it, and with `cycle`, the last for the first;
 * undefined for the first of an open chain.
 */
const previous = (i: number, nodes: number, cycle: boolean): number | undefined =>
  i > 0 ? i - 1 : cycle ? nodes - 1 : undefined;

/** `nodes` places, each containedIn the one before it; with `cycle`, the first containedIn the last. */
export function placeChain(nodes: number, cycle: boolean) {
  const places = Array.from({ length: nodes }, (_, i) => {
    const link = previous(i, nodes, cycle);
    return {
      id: `place-${i}`,
      kind: "region",
      name: `Place ${i}`,
      ...(link === undefined ? {} : { containedIn: `place-${link}` }),
    };
  });
  return { format: 1, places };
}

/** `nodes` events, each partOf the one before it; with `cycle`, the first partOf the last. */
export function eventChain(nodes: number, cycle: boolean) {
  const events = Array.from({ length: nodes }, (_, i) => {
    const link = previous(i, nodes, cycle);
    return {
      id: `event-${i}`,
      kind: "other",
      name: `Event ${i}`,
      ...(link === undefined ? {} : { partOf: `event-${link}` }),
    };
  });
  return { format: 1, events };
}

/**
 * `nodes` organizations, each a member (roles[].of) of the one before it; with `cycle`, the first a member
 * of the last.
 */
export function roleChain(nodes: number, cycle: boolean) {
  const actors = Array.from({ length: nodes }, (_, i) => {
    const link = previous(i, nodes, cycle);
    return {
      id: `actor-${i}`,
      kind: "organization",
      name: `Actor ${i}`,
      ...(link === undefined ? {} : { roles: [{ title: "Member", of: `actor-${link}` }] }),
    };
  });
  return { format: 1, actors };
}

/**
 * Many cycles through one long chain: `nodes` organizations, each a member of the next and of the first, so
 * that every actor's second role closes a cycle back to the start of the path a depth-first search walks.
 */
export function roleCycles(nodes: number) {
  const actors = Array.from({ length: nodes }, (_, i) => ({
    id: `actor-${i}`,
    kind: "organization",
    name: `Actor ${i}`,
    roles: [
      ...(i + 1 < nodes ? [{ title: "Member", of: `actor-${i + 1}` }] : []),
      ...(i > 0 ? [{ title: "Member", of: "actor-0" }] : []),
    ],
  }));
  return { format: 1, actors };
}

const PARAGRAPH = "NATO confirmed on Monday that “significant” numbers of troops 😀 had moved.\n\n";

/** An article text of at least `length` characters: one paragraph, repeated. */
export const articleText = (length: number): string => PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length));

/**
 * An article of `length` characters with `spans` anchored spans of 40 characters spread over its text (a
 * third with a prefix, a fifth with a suffix) and one span over the whole text; with `mismatch`, one more
 * span at the end whose exact text is not there.
 */
export function bigArticle(length: number, spans: number, mismatch: boolean) {
  const text = articleText(length);
  const evidence = Array.from({ length: spans }, (_, i) => {
    const start = Math.floor((i * (text.length - 100)) / spans);
    return {
      article: "big",
      start,
      end: start + 40,
      exact: text.slice(start, start + 40),
      ...(i % 3 === 0 ? { prefix: text.slice(Math.max(0, start - 32), start) } : {}),
      ...(i % 5 === 0 ? { suffix: text.slice(start + 40, start + 72) } : {}),
    };
  });
  evidence.push({ article: "big", start: 0, end: text.length, exact: text });
  if (mismatch) {
    evidence.push({ article: "big", start: text.length - 10, end: text.length, exact: "not there!" });
  }
  return {
    format: 1,
    articles: [article({ id: "big", text })],
    actors: [{ id: "nato", kind: "intergovernmental", name: "NATO" }],
    claims: [{ id: "claim", claimant: "nato", statement: "Troops moved.", act: "confirms", evidence }],
  };
}

/** A hostile input under a name that says what it is. */
export interface Hostile {
  name: string;
  value: string;
}

/**
 * Strings built to make a backtracking regular expression take exponential (or quadratic) time, each
 * about `length` characters long.
 */
export function hostileStrings(length: number): Hostile[] {
  const half = Math.floor(length / 2);
  const fifth = Math.floor(length / 5);
  const tenth = Math.floor(length / 10);
  return [
    { name: "a hyphenated slug spoilt at the end", value: `${"a-".repeat(half)}!` },
    { name: "a slug of long words spoilt at the end", value: `${"abcdefgh-".repeat(tenth)}-` },
    { name: "2024- repeated", value: "2024-".repeat(fifth) },
    { name: "a date followed by digits", value: `2024-10-28T12:00${"0".repeat(length)}` },
    { name: "en- and letters", value: `en-${"a".repeat(tenth)}` },
    { name: "language subtags repeated", value: `en${"-abcde".repeat(tenth)}!` },
    { name: "private-use subtags repeated", value: `x${"-a".repeat(fifth)}!` },
    { name: "https:// and letters", value: `https://${"a".repeat(length)}` },
    { name: "https:// and letters and a space", value: `https://${"a".repeat(length)} ` },
    { name: "slashes after http:", value: `http:${"/".repeat(length)}` },
    { name: "a country code and letters", value: `RU-${"K".repeat(length)}` },
    { name: "NUL characters", value: "\u0000".repeat(length) },
    { name: "lone surrogates", value: "\ud800".repeat(length) },
  ];
}

/** A field checked by a pattern: a document with `value` in it, and the path at which it must be rejected. */
export interface PatternField {
  field: string;
  place: (value: string) => unknown;
  path: Path;
}

/** One field of each kind that a pattern checks: ids, URLs, dates, language tags, references, ISO codes. */
export const PATTERN_FIELDS: PatternField[] = [
  {
    field: "an article id",
    place: (v) => ({ format: 1, articles: [article({ id: v })] }),
    path: ["articles", 0, "id"],
  },
  {
    field: "an article url",
    place: (v) => ({ format: 1, articles: [article({ url: v })] }),
    path: ["articles", 0, "url"],
  },
  {
    field: "a publication date",
    place: (v) => ({ format: 1, articles: [article({ datePublished: v })] }),
    path: ["articles", 0, "datePublished"],
  },
  {
    field: "a language tag",
    place: (v) => ({ format: 1, articles: [article({ language: v })] }),
    path: ["articles", 0, "language"],
  },
  {
    field: "a reference",
    place: (v) => ({ format: 1, articles: [article({ authors: [v] })] }),
    path: ["articles", 0, "authors", 0],
  },
  {
    field: "an actor's sameAs",
    place: (v) => ({ format: 1, actors: [{ id: "p", kind: "person", name: "P", sameAs: [v] }] }),
    path: ["actors", 0, "sameAs", 0],
  },
  {
    field: "a country code",
    place: (v) => ({ format: 1, places: [{ id: "p", kind: "country", name: "P", countryCode: v }] }),
    path: ["places", 0, "countryCode"],
  },
  {
    field: "a subdivision code",
    place: (v) => ({ format: 1, places: [{ id: "p", kind: "region", name: "P", subdivisionCode: v }] }),
    path: ["places", 0, "subdivisionCode"],
  },
  {
    field: "an event's start",
    place: (v) => ({ format: 1, events: [{ id: "e", kind: "other", name: "E", start: v }] }),
    path: ["events", 0, "start"],
  },
];

/** A language tag of `parts` well-formed parts ("-a1"), spoilt at the end. */
export const languageTagRun = (parts: number): string => `en${"-a1".repeat(parts)}!`;

const LD_OPEN = '<script type="application/ld+json">';
const LD_CLOSE = "</script>";

/** HTML that a careless scanner would take quadratic time over, each about `length` characters long. */
export function hostileHtml(length: number): Hostile[] {
  const repeat = (unit: string) => unit.repeat(Math.floor(length / unit.length));
  const wrappers = Math.floor(length / 8);
  return [
    { name: "repeated '<script '", value: repeat("<script ") },
    { name: "an unquoted type value", value: `<script type=${"a".repeat(length)}` },
    { name: "an unclosed quoted attribute", value: `<script type="${"a".repeat(length)}` },
    { name: "repeated start tags with no end tag", value: repeat(LD_OPEN) },
    { name: "repeated empty ld+json scripts", value: repeat(`${LD_OPEN}${LD_CLOSE}`) },
    { name: "repeated '</scrip' inside a script", value: `${LD_OPEN}${repeat("</scrip")}` },
    { name: "repeated '<!--'", value: repeat("<!--") },
    { name: "a comment of dashes", value: `<!--${"-".repeat(length)}` },
    { name: "repeated '</'", value: repeat("</") },
    { name: "repeated '<a'", value: repeat("<a") },
    { name: "repeated attributes", value: `<script${repeat(' a="b"')}` },
    {
      name: "repeated wrappers",
      value: `${LD_OPEN}${"<!--".repeat(wrappers)}${"-->".repeat(wrappers)}${LD_CLOSE}`,
    },
  ];
}

/**
 * Pages for readPage at a size of n elements: a news page's head (canonical link, og:title, a date) with n
 * author metas, n article:tag metas, n ld+json scripts that each need a repair, n NewsArticles in one
 * script that each name the same author by @id in another, an article body of n paragraphs or n line breaks
 * of HTML markup, or a description of n runs of references escaped once and twice.
 */
export function hostilePages(size: number): Hostile[] {
  const head =
    '<html lang="en"><head><link rel="canonical" href="https://example.org/a">' +
    '<meta property="og:title" content="A"><meta property="article:published_time" content="2025-01-08">';
  const repeated = (make: (index: number) => string): string =>
    Array.from({ length: size }, (_, index) => make(index)).join("");
  const pageArticle = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url: "https://example.org/a",
    headline: "A",
    datePublished: "2025-01-08",
  };
  const articles = Array.from({ length: size }, (_, index) => ({
    "@type": "NewsArticle",
    url: `https://example.org/a/${index}`,
    headline: `Headline ${index}`,
    datePublished: "2025-01-08",
    author: { "@id": "#author" },
  }));
  return [
    {
      name: "n author metas",
      value: `${head}${repeated((i) => `<meta name="author" content="Name ${i}">`)}`,
    },
    {
      name: "n article:tag metas",
      value: `${head}${repeated((i) => `<meta property="article:tag" content="t${i}">`)}`,
    },
    {
      name: "n scripts that need a repair",
      value: `${head}${repeated((i) => `${LD_OPEN}{"@type": "Person", "name": "P${i}",}${LD_CLOSE}`)}`,
    },
    {
      name: "n articles naming an author in another script",
      value: `${head}${LD_OPEN}${JSON.stringify({ "@context": "https://schema.org", "@graph": articles })}${LD_CLOSE}${LD_OPEN}{"@context": "https://schema.org", "@type": "Person", "@id": "#author", "name": "Ana"}${LD_CLOSE}`,
    },
    {
      name: "a body of n paragraphs of HTML markup",
      value: `${head}${LD_OPEN}${JSON.stringify({ ...pageArticle, articleBody: repeated((i) => `<p class="x"> Paragraph ${i} </p> `) })}${LD_CLOSE}`,
    },
    {
      name: "a body of n line breaks of HTML markup",
      value: `${head}${LD_OPEN}${JSON.stringify({ ...pageArticle, articleBody: `<p>${repeated((i) => `line ${i} <br> `)}</p>` })}${LD_CLOSE}`,
    },
    {
      name: "a description of n references escaped once and twice",
      value: `${head}${LD_OPEN}${JSON.stringify({ ...pageArticle, description: repeated(() => "a&#241;o &amp;amp; enth&amp;uuml;llt ") })}${LD_CLOSE}`,
    },
  ];
}

/** A string that looks like a numeral for `length` digits, then is spoilt: `"1"×n + "x"`. */
export const numeralRun = (length: number): string => `${"1".repeat(length)}x`;

/** JSON-LD inputs for fromJsonLd whose cost a careless importer lets grow faster than their size. */
export function hostileJsonLd(size: number): { name: string; value: unknown }[] {
  const context = "https://schema.org";
  const article = {
    "@context": context,
    "@type": "NewsArticle",
    url: "https://example.org/a",
    headline: "A headline",
    datePublished: "2024-10-28",
    inLanguage: "en",
  };
  return [
    {
      name: "a numeral-like latitude",
      value: {
        "@context": context,
        "@type": "Place",
        name: "P",
        geo: { latitude: numeralRun(size), longitude: 1 },
      },
    },
    {
      name: "a numeral-like ratingValue",
      value: {
        "@context": context,
        "@type": "ClaimReview",
        url: "https://example.org/r",
        author: { "@type": "Organization", name: "Checkers" },
        reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: numeralRun(size) },
        itemReviewed: { "@type": "Claim", text: "It is so.", author: { "@type": "Person", name: "Ana" } },
      },
    },
    {
      name: "a @type array of n names",
      value: { ...article, "@type": ["NewsArticle", ...Array.from({ length: size }, (_, i) => `Type${i}`)] },
    },
    {
      name: "n articles with one publisher written in place",
      value: Array.from({ length: size }, (_, i) => ({
        ...article,
        url: `https://example.org/a/${i}`,
        publisher: { "@type": "Organization", name: "Courier", url: "https://example.org/" },
      })),
    },
    {
      name: "n people of one name with different urls",
      value: {
        "@context": context,
        "@graph": Array.from({ length: size }, (_, i) => ({
          "@type": "Person",
          name: "Ana Lima",
          url: `https://example.org/people/${i}`,
        })),
      },
    },
    {
      name: "a live blog of n updates without urls",
      value: {
        ...article,
        "@type": "LiveBlogPosting",
        liveBlogUpdate: Array.from({ length: size }, (_, i) => ({
          "@type": "BlogPosting",
          headline: `Update ${i}`,
          datePublished: "2024-10-28",
        })),
      },
    },
    {
      name: "a claim with n appearances",
      value: {
        "@context": context,
        "@type": "Claim",
        text: "It is so.",
        author: { "@type": "Person", name: "Ana" },
        appearance: Array.from({ length: size }, (_, i) => ({
          "@type": "VideoObject",
          url: `https://example.org/v/${i}`,
        })),
      },
    },
    {
      name: "n copies of one @id with different types",
      value: {
        "@context": context,
        "@graph": [
          { ...article, "@id": "#a" },
          ...Array.from({ length: size }, (_, i) => ({ "@id": "#a", "@type": `Type${i}` })),
        ],
      },
    },
  ];
}

/** An object graph built in code: `levels` levels of two organisations, each pointing at the level above. */
export function organisationLattice(levels: number): unknown {
  let above: Record<string, unknown>[] = [{ "@type": "Organization", name: "Root" }];
  const root = above[0];
  for (let level = 1; level <= levels; level++) {
    const next = [0, 1].map((i) => ({
      "@type": "Organization",
      name: `L${level}-${i}`,
      parentOrganization: above,
    }));
    for (const parent of above) parent.subOrganization = next;
    above = next;
  }
  return { "@context": "https://schema.org", ...root };
}

/** A text and quote that make a naive search quadratic: `"a"×n`, and runs of it with a prefix that never matches. */
export const repetitiveQuote = (length: number) => ({
  text: "a".repeat(length),
  quote: "a".repeat(Math.floor(length / 2)),
  prefix: "b",
});

// JSON-LD for checkPublishing and trustIndicators: documents as they arrive over the wire (parsed from JSON text).

/**
 * A complete NewsArticle with an unrelated property (`isBasedOn`) nested `depth` objects deep, built as JSON
 * text and parsed, as it arrives (and without recursion of our own).
 */
export const deeplyNestedArticle = (depth: number): unknown =>
  JSON.parse(
    `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Deep","datePublished":"2024-10-28T18:00:00+01:00",` +
      `"isBasedOn":${'{"a":'.repeat(depth)}"deep"${"}".repeat(depth)}}`,
  );

/**
 * The JSON-LD of a page of about `nodes` nodes that checkPublishing finds nothing wrong with: articles, each
 * with its author, image, ClaimReview (and the claim reviewed), breadcrumb trail and a dated event at a
 * venue, eight nodes an article, all linked by `@id` and sharing one publisher.
 */
export function publishingPage(nodes: number) {
  const site = "https://example.org";
  const publisher = {
    "@type": "NewsMediaOrganization",
    "@id": `${site}/#publisher`,
    name: "Example News",
    url: `${site}/`,
    logo: { "@type": "ImageObject", url: `${site}/logo.png`, width: 600, height: 600 },
    correctionsPolicy: `${site}/corrections`,
  };
  const graph: unknown[] = [publisher];
  for (let i = 0; i < Math.max(1, Math.floor(nodes / 8)); i++) {
    const url = `${site}/news/${i}`;
    graph.push(
      {
        "@type": "ReportageNewsArticle",
        "@id": url,
        headline: `Story ${i}`,
        datePublished: "2024-10-28T18:00:00+01:00",
        dateModified: "2024-10-29T09:00:00+01:00",
        author: { "@id": `${site}/people/${i}` },
        publisher: { "@id": publisher["@id"] },
        image: { "@id": `${url}#image` },
        about: { "@id": `${url}#event` },
        mainEntityOfPage: {
          "@type": "WebPage",
          "@id": `${url}#webpage`,
          breadcrumb: { "@id": `${url}#trail` },
        },
      },
      { "@type": "Person", "@id": `${site}/people/${i}`, name: `Reporter ${i}`, url: `${site}/people/${i}` },
      { "@type": "ImageObject", "@id": `${url}#image`, url: `${url}/photo.jpg`, width: 1200, height: 675 },
      {
        "@type": "ClaimReview",
        "@id": `${url}#review`,
        url,
        claimReviewed: `Claim ${i}`,
        datePublished: "2024-10-30",
        author: { "@id": publisher["@id"] },
        itemReviewed: { "@id": `${url}#claim` },
        reviewRating: {
          "@type": "Rating",
          alternateName: "False",
          ratingValue: 1,
          bestRating: 5,
          worstRating: 1,
        },
      },
      {
        "@type": "Claim",
        "@id": `${url}#claim`,
        author: { "@id": `${site}/people/${i}` },
        datePublished: "2024-10-27",
        appearance: { "@id": url },
      },
      {
        "@type": "Event",
        "@id": `${url}#event`,
        name: `Event ${i}`,
        startDate: "2024-10-28",
        location: { "@id": `${url}#venue` },
      },
      { "@type": "Place", "@id": `${url}#venue`, name: `Venue ${i}`, address: `${i} Main Street` },
      {
        "@type": "BreadcrumbList",
        "@id": `${url}#trail`,
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "News", item: `${site}/news` },
          { "@type": "ListItem", position: 2, name: `Story ${i}` },
        ],
      },
    );
  }
  return JSON.parse(JSON.stringify({ "@context": "https://schema.org", "@graph": graph }));
}
