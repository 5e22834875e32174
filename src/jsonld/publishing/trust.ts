// The Trust Indicators report: which of the Trust Project's indicators a page's JSON-LD carries, as
// schema.org spells them, for each article and for its publisher. It reads the document as checkPublishing
// does and judges nothing: a page with no findings may carry no indicator, and that is no error.
import { type Graph, type NodeAt, readGraph, resolve, types, values } from "./document";
import { idOf, isReference, type JsonObject, typeName } from "./values";
import { ARTICLE_TYPES } from "./vocabulary";

/**
 * The Trust Project's eight trust indicators, as {@link trustIndicators} names them: a site's best practices
 * (its published policies), the author's expertise, the type of work (news, opinion, analysis…), citations
 * and references, methods (how and why the story was done), whether it is locally sourced, the diverse voices
 * the newsroom seeks out, and how readers can give actionable feedback.
 *
 * @example
 * ```ts
 * import { TRUST_INDICATORS } from "newsgraph/jsonld";
 *
 * TRUST_INDICATORS.includes("author-expertise"); // true
 * ```
 */
export const TRUST_INDICATORS = [
  "best-practices",
  "author-expertise",
  "type-of-work",
  "citations-and-references",
  "methods",
  "locally-sourced",
  "diverse-voices",
  "actionable-feedback",
] as const;

/**
 * One of {@link TRUST_INDICATORS}.
 *
 * @example
 * ```ts
 * import type { TrustIndicator } from "newsgraph/jsonld";
 *
 * const indicator: TrustIndicator = "methods";
 * ```
 */
export type TrustIndicator = (typeof TRUST_INDICATORS)[number];

/**
 * One schema.org property that carries a trust indicator, on one node, and where its values are.
 *
 * @example
 * ```ts
 * import type { TrustSignal } from "newsgraph/jsonld";
 *
 * const signal: TrustSignal = {
 *   indicator: "best-practices",
 *   holder: "publisher",
 *   holderPath: '$["@graph"][2]',
 *   property: "correctionsPolicy",
 *   paths: ['$["@graph"][2].correctionsPolicy'],
 * };
 * ```
 */
export interface TrustSignal {
  /** The indicator the property carries. */
  indicator: TrustIndicator;
  /** Whose property it is: the article's, one of its authors', or its publisher's. */
  holder: "article" | "author" | "publisher";
  /** Where the node that holds it is defined, as a JSONPath query. */
  holderPath: string;
  /** The schema.org property, or `@type` for the type of work. */
  property: string;
  /** Where each of its values is, as JSONPath queries; empty when the node does not carry it. */
  paths: string[];
}

/**
 * The trust indicators of one node: an article, with its authors and publisher, or a publisher alone.
 *
 * @example
 * ```ts
 * import { type TrustProfile, trustIndicators } from "newsgraph/jsonld";
 *
 * declare const page: unknown; // the JSON-LD of a page
 * const [article]: TrustProfile[] = trustIndicators(page).articles;
 * console.log(article?.missing); // e.g. ["methods", "diverse-voices"]
 * ```
 */
export interface TrustProfile {
  /** Where the node is defined, as a JSONPath query. */
  path: string;
  /** Its schema.org type: the article's (`ReportageNewsArticle`), or the publisher's. */
  type: string;
  /** The indicators with at least one value, in the order of {@link TRUST_INDICATORS}. */
  carried: TrustIndicator[];
  /** The indicators that concern this node and that it does not carry. */
  missing: TrustIndicator[];
  /** Every property read, carried or not, node by node. */
  signals: TrustSignal[];
}

/**
 * What {@link trustIndicators} found: each article of the page, and each publisher (of an article, of the
 * site, or a news organization the page describes).
 *
 * @example
 * ```ts
 * import { type TrustReport, trustIndicators } from "newsgraph/jsonld";
 *
 * declare const page: unknown;
 * const report: TrustReport = trustIndicators(page);
 * for (const publisher of report.publishers) console.log(publisher.type, publisher.carried);
 * ```
 */
export interface TrustReport {
  /** One profile per article (Article or any subtype) on the page, in document order. */
  articles: TrustProfile[];
  /** One profile per publisher, in the order first met. */
  publishers: TrustProfile[];
}

type Holder = TrustSignal["holder"];

// Which property carries which indicator, on whom. schema.org's Trust Project properties: the policies on
// the publishing organization (best practices), the author's profile and expertise, and on the article the
// type of work (a NewsArticle subtype), citations, backstory (methods), dateline (locally sourced).
const ARTICLE_PROPERTIES: readonly (readonly [string, TrustIndicator])[] = [
  ["citation", "citations-and-references"],
  ["backstory", "methods"],
  ["dateline", "locally-sourced"],
  ["locationCreated", "locally-sourced"],
  ["publishingPrinciples", "best-practices"],
  ["correction", "best-practices"],
];
const AUTHOR_PROPERTIES: readonly (readonly [string, TrustIndicator])[] = [
  ["url", "author-expertise"],
  ["sameAs", "author-expertise"],
  ["jobTitle", "author-expertise"],
  ["knowsAbout", "author-expertise"],
  ["knowsLanguage", "author-expertise"],
];
const PUBLISHER_PROPERTIES: readonly (readonly [string, TrustIndicator])[] = [
  ["publishingPrinciples", "best-practices"],
  ["ethicsPolicy", "best-practices"],
  ["correctionsPolicy", "best-practices"],
  ["masthead", "best-practices"],
  ["missionCoveragePrioritiesPolicy", "best-practices"],
  ["noBylinesPolicy", "best-practices"],
  ["ownershipFundingInfo", "best-practices"],
  ["unnamedSourcesPolicy", "best-practices"],
  ["verificationFactCheckingPolicy", "best-practices"],
  ["foundingDate", "best-practices"],
  ["diversityPolicy", "diverse-voices"],
  ["diversityStaffingReport", "diverse-voices"],
  ["actionableFeedbackPolicy", "actionable-feedback"],
];
const PUBLISHER_INDICATORS: readonly TrustIndicator[] = [
  "best-practices",
  "diverse-voices",
  "actionable-feedback",
];

// The types that say which kind of work an article is; a plain Article or NewsArticle does not.
const TYPES_OF_WORK = new Set([
  "AnalysisNewsArticle",
  "AskPublicNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReportageNewsArticle",
  "ReviewNewsArticle",
  "SatiricalArticle",
  "AdvertiserContentArticle",
]);

function signalsOf(
  graph: Graph,
  at: NodeAt,
  holder: Holder,
  properties: readonly (readonly [string, TrustIndicator])[],
): TrustSignal[] {
  return properties.map(([property, indicator]) => ({
    indicator,
    holder,
    holderPath: at.path,
    property,
    paths: values(graph, at, property).map(({ path }) => path),
  }));
}

function profile(
  path: string,
  type: string,
  signals: TrustSignal[],
  concerned: readonly TrustIndicator[],
): TrustProfile {
  const carried = TRUST_INDICATORS.filter((indicator) =>
    signals.some((signal) => signal.indicator === indicator && signal.paths.length > 0),
  );
  const missing = concerned.filter((indicator) => !carried.includes(indicator));
  return { path, type, carried, missing, signals };
}

/** The nodes the values of a property stand for, references followed. */
function nodesOf(graph: Graph, at: NodeAt, key: string): NodeAt[] {
  return values(graph, at, key).flatMap((located) => {
    const resolved = resolve(graph, located);
    return resolved === undefined || "unresolved" in resolved ? [] : [resolved];
  });
}

/** A node's own publishers, or else those of the WebSite it (or its WebPage) is part of. */
function publishersOf(graph: Graph, at: NodeAt): NodeAt[] {
  const own = nodesOf(graph, at, "publisher");
  if (own.length > 0) return own;
  const containers = [...nodesOf(graph, at, "isPartOf"), ...nodesOf(graph, at, "mainEntityOfPage")];
  const sites = containers.flatMap((container) =>
    types(graph, container).has("WebSite") ? [container] : nodesOf(graph, container, "isPartOf"),
  );
  return sites.flatMap((site) => nodesOf(graph, site, "publisher"));
}

const firstType = (graph: Graph, at: NodeAt): string => [...types(graph, at)][0] ?? "";

/**
 * Says which of the Trust Project's trust indicators a page's JSON-LD carries, and where: for each article,
 * its type of work, citations, backstory, dateline and corrections, its authors' profile links and expertise
 * (`url`, `sameAs`, `jobTitle`, `knowsAbout`, `knowsLanguage`), and its publisher's published policies
 * (`publishingPrinciples`, `ethicsPolicy`, `correctionsPolicy`, `diversityPolicy`, `diversityStaffingReport`,
 * `masthead`, `missionCoveragePrioritiesPolicy`, `noBylinesPolicy`, `ownershipFundingInfo`,
 * `actionableFeedbackPolicy`, `unnamedSourcesPolicy`, `verificationFactCheckingPolicy`) and `foundingDate`.
 * The publisher is the article's, or else the one of the WebSite the article or its WebPage is part of.
 *
 * This is information, never a finding: search engines require none of it, and {@link checkPublishing}
 * does not report it. The document is read as `checkPublishing` reads it (references followed, nodes that
 * share an `@id` read as one, 100 levels deep at most, nothing changed); a document that cannot be read at all
 * gives an empty report.
 *
 * @param document - any value, typically parsed from a `<script type="application/ld+json">` element.
 * @returns a profile for each article and each publisher, each with the indicators it carries and misses.
 *
 * @example
 * ```ts
 * import { trustIndicators } from "newsgraph/jsonld";
 *
 * const report = trustIndicators({
 *   "@context": "https://schema.org",
 *   "@type": "ReportageNewsArticle",
 *   headline: "Troops reported in Kursk",
 *   author: { "@type": "Person", name: "Jane Doe", url: "https://example.org/people/jane-doe" },
 *   publisher: {
 *     "@type": "NewsMediaOrganization",
 *     name: "Example News",
 *     correctionsPolicy: "https://example.org/corrections",
 *   },
 * });
 * report.articles[0]?.carried; // ["best-practices", "author-expertise", "type-of-work"]
 * ```
 */
export function trustIndicators(document: unknown): TrustReport {
  const report: TrustReport = { articles: [], publishers: [] };
  const publishers = new Map<JsonObject, TrustProfile>();
  const publisherProfile = (graph: Graph, at: NodeAt): TrustProfile => {
    const known = publishers.get(at.node);
    if (known !== undefined) return known;
    const made = profile(
      at.path,
      firstType(graph, at),
      signalsOf(graph, at, "publisher", PUBLISHER_PROPERTIES),
      PUBLISHER_INDICATORS,
    );
    publishers.set(at.node, made);
    return made;
  };
  try {
    const graph = readGraph(document);
    const seen = new Set<string>();
    for (const at of graph.nodes) {
      if (at.aside || isReference(at.node)) continue;
      const id = idOf(at.node);
      if (id !== undefined) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      const found = [...types(graph, at)];
      const type = found.find((name) => ARTICLE_TYPES.has(name));
      if (type !== undefined) {
        const work = found.find((name) => TYPES_OF_WORK.has(name));
        const signals: TrustSignal[] = [
          {
            indicator: "type-of-work",
            holder: "article",
            holderPath: at.path,
            property: "@type",
            paths: values(graph, at, "@type")
              .filter(({ value }) => typeof value === "string" && typeName(value) === work)
              .map(({ path }) => path),
          },
          ...signalsOf(graph, at, "article", ARTICLE_PROPERTIES),
          ...nodesOf(graph, at, "author").flatMap((author) =>
            signalsOf(graph, author, "author", AUTHOR_PROPERTIES),
          ),
          ...publishersOf(graph, at).flatMap((publisher) => publisherProfile(graph, publisher).signals),
        ];
        report.articles.push(profile(at.path, work ?? type, signals, TRUST_INDICATORS));
      } else if (found.includes("WebSite")) {
        for (const publisher of nodesOf(graph, at, "publisher")) publisherProfile(graph, publisher);
      } else if (found.includes("NewsMediaOrganization")) {
        publisherProfile(graph, at);
      }
    }
  } catch {
    // A document whose reading throws (a getter, a proxy) carries nothing this report can show.
    return { articles: [], publishers: [] };
  }
  report.publishers = [...publishers.values()];
  return report;
}
