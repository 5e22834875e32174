// `npm run demo`: validates the example graph, then prints its article's page JSON-LD and the
// publishing findings for it — what a site would put in <head>, and what Google's rules say of it.
import { parseNewsGraph } from "newsgraph";
import { northKoreanTroopsInKursk } from "newsgraph/examples";
import { articleJsonLd, checkPublishing } from "newsgraph/jsonld";

const graph = parseNewsGraph(northKoreanTroopsInKursk);
const article = graph.articles[0];
if (article === undefined) throw new Error("the example graph has no article");

const spans = graph.claims.reduce((sum, claim) => sum + claim.evidence.length, 0);
console.log("Validation: the example graph passes every layer (shape, graph, anchoring).");
console.log(
  `  ${graph.articles.length} article, ${graph.actors.length} actors, ${graph.places.length} places, ` +
    `${graph.events.length} events, ${graph.claims.length} claims with ${spans} evidence spans`,
);

const page = articleJsonLd(graph, article.id);
console.log(`\nPage JSON-LD for "${article.headline}" (${page["@graph"].length} nodes):\n`);
console.log(JSON.stringify(page, null, 2));

const findings = checkPublishing(page);
console.log(`\nPublishing checks (Google's documented rules): ${findings.length} finding(s)`);
for (const finding of findings) {
  console.log(`  ${finding.severity.padEnd(7)} ${finding.rule}  ${finding.path}: ${finding.message}`);
}
