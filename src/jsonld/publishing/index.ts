// checkPublishing: reads a JSON-LD document once, then holds each node of a type that a Google rich result
// concerns to the rules of its type (one file each in this folder).
import { checkArticle } from "./article";
import { checkBreadcrumbList } from "./breadcrumb";
import { checkClaimReview } from "./claim-review";
import type { Context } from "./context";
import { MAX_DEPTH, readGraph, types } from "./document";
import { checkEvent } from "./event";
import { checkPaywall, isPaywalled } from "./paywall";
import type { PublishingFinding } from "./rules";
import { describe, idOf, isObject, isReference } from "./values";
import { ARTICLE_TYPES, EVENT_TYPES, PAYWALLED_TYPES, WEB_PAGE_TYPES } from "./vocabulary";

export { PUBLISHING_RULES, type PublishingFinding, type PublishingRule } from "./rules";
export {
  TRUST_INDICATORS,
  type TrustIndicator,
  type TrustProfile,
  type TrustReport,
  type TrustSignal,
  trustIndicators,
} from "./trust";

/**
 * Lints any JSON-LD document against Google Search's documented rules for Article (and all its subtypes,
 * NewsArticle, BlogPosting, …) with its authors, images and publisher, ClaimReview with the Claim it reviews,
 * Event (and its subtypes), BreadcrumbList, and paywalled content.
 *
 * The document may be a single node, an array of nodes, a `@graph`, with nodes nested in properties and
 * `{ "@id" }` references between them; references are followed within the document, and nodes that share
 * an `@id` are read as one. Types may be written as `NewsArticle`, `schema:NewsArticle` or
 * `https://schema.org/NewsArticle`. Only the nodes a rich result concerns are judged: a Person, Place or
 * Organization is judged only as an author, publisher or location, and a work nested in `about`, `mentions`,
 * `citation` and the like is not the page's. Nothing in the input is changed, values nested more than 100
 * levels deep are not read (reported once), and the function never throws: input that is not JSON-LD gives
 * a `document/*` finding. Which trust indicators a page carries is {@link trustIndicators}'s to say.
 *
 * @param document - any value, typically parsed from a `<script type="application/ld+json">` element.
 * @returns every finding, errors and warnings, in document order; empty when nothing needs attention.
 *
 * @example
 * ```ts
 * import { checkPublishing } from "newsgraph/jsonld";
 *
 * checkPublishing({
 *   "@context": "https://schema.org",
 *   "@type": "ClaimReview",
 *   claimReviewed: "The moon is made of cheese",
 *   url: "https://example.org/fact-checks/moon",
 *   datePublished: "2024-11-07",
 *   author: { "@type": "Organization", name: "Example Checks" },
 *   itemReviewed: {
 *     "@type": "Claim",
 *     author: { "@type": "Person", name: "A. Speaker" },
 *     datePublished: "2024-11-05",
 *     appearance: "https://example.net/interview",
 *   },
 *   reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 },
 * });
 * // [{ severity: "error", rule: "claim-review/rating-name", path: "$.reviewRating.alternateName", message: "…" }]
 * ```
 */
export function checkPublishing(document: unknown): PublishingFinding[] {
  const findings: PublishingFinding[] = [];
  const seen = new Set<string>();
  const report = (finding: PublishingFinding): void => {
    const key = `${finding.rule}\u0000${finding.path}\u0000${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  try {
    const items = Array.isArray(document)
      ? document.map((item, index) => ({ item, path: `$[${index}]` }))
      : [{ item: document, path: "$" }];
    for (const { item, path } of items) {
      if (!isObject(item) || Array.isArray(item)) {
        report({
          severity: "error",
          path,
          rule: "document/shape",
          message: `expected a JSON-LD node object, found ${describe(item)}`,
        });
      }
    }
    const context: Context = { graph: readGraph(document), report };
    if (context.graph.tooDeep !== undefined) {
      report({
        severity: "warning",
        path: context.graph.tooDeep,
        rule: "document/depth",
        message: `values are nested more than ${MAX_DEPTH} levels deep here and were not read; no structured data that search engines use is nested so deep`,
      });
    }
    // A node with an @id is checked once, all its definitions as one, if any of them is on the page.
    const checked = new Set<string>();
    for (const at of context.graph.nodes) {
      if (at.aside || isReference(at.node)) continue;
      const id = idOf(at.node);
      if (id !== undefined) {
        if (checked.has(id)) continue;
        checked.add(id);
      }
      const nodeTypes = [...types(context.graph, at)];
      const article = nodeTypes.find((type) => ARTICLE_TYPES.has(type));
      const event = nodeTypes.find((type) => EVENT_TYPES.has(type));
      if (article !== undefined) checkArticle(context, at, article);
      if (nodeTypes.includes("ClaimReview")) checkClaimReview(context, at);
      if (event !== undefined) checkEvent(context, at, event);
      if (nodeTypes.includes("BreadcrumbList")) checkBreadcrumbList(context, at);
      // A part of a work, marked as not free, is a paywalled section of it, not a paywalled work.
      const work = article ?? nodeTypes.find((type) => WEB_PAGE_TYPES.has(type) || PAYWALLED_TYPES.has(type));
      if (work !== undefined && at.via !== "hasPart" && isPaywalled(context.graph, at)) {
        checkPaywall(context, at, work);
      }
    }
  } catch (error) {
    report({
      severity: "error",
      path: "$",
      rule: "document/unreadable",
      message: `the document could not be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  return findings;
}
