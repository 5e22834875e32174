// `npm run demo`: a minute's tour. Validates the example graph, shows who claims what in it, prints its
// article's page JSON-LD, and what Google's documented rules say of that page.
import { parseNewsGraph } from "newsgraph";
import { northKoreanTroopsInKursk } from "newsgraph/examples";
import { articleJsonLd, checkPublishing, jsonLdScript } from "newsgraph/jsonld";

const graph = parseNewsGraph(northKoreanTroopsInKursk);
const article = graph.articles[0];
if (article === undefined) throw new Error("the example graph has no article");

const spans = graph.claims.reduce((sum, claim) => sum + claim.evidence.length, 0);
console.log("1. Validation: parseNewsGraph accepts the example graph (shape and graph layers).");
console.log(
  `   ${graph.articles.length} article, ${graph.actors.length} actors, ${graph.places.length} places, ` +
    `${graph.events.length} events, ${graph.claims.length} claims with ${spans} evidence spans.`,
);
console.log(
  "   (The package does not ship the article's text; the tests re-attach it and check every span.)",
);

const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
const disputed = graph.claims.filter((claim) => claim.responds.some((r) => r.relation !== "supports"));
console.log(`\n2. Who claims what (the first 4 of ${graph.claims.length} claims):`);
for (const claim of graph.claims.slice(0, 4)) {
  console.log(`   ${names.get(claim.claimant) ?? claim.claimant} ${claim.act}: ${claim.statement}`);
}
console.log(`   ${disputed.length} claims dispute, deny or qualify another; for example:`);
for (const claim of disputed.slice(0, 2)) {
  const response = claim.responds[0];
  const target = graph.claims.find((other) => other.id === response?.claim);
  console.log(
    `   ${names.get(claim.claimant) ?? claim.claimant} ${response?.relation} "${target?.statement ?? response?.claim}"`,
  );
}

const page = articleJsonLd(graph, article.id);
const script = jsonLdScript(page);
console.log(
  `\n3. The page's JSON-LD, as articleJsonLd writes it: ${page["@graph"].length} schema.org nodes, ` +
    `${Buffer.byteLength(script)} bytes in its <script> element.\n`,
);
console.log(JSON.stringify(page, null, 2));

const findings = checkPublishing(page);
const byRule = new Map<string, { severity: string; count: number; message: string }>();
for (const finding of findings) {
  const seen = byRule.get(finding.rule);
  if (seen === undefined) byRule.set(finding.rule, { ...finding, count: 1 });
  else seen.count += 1;
}
console.log(`\n4. Google's documented rules, checked by checkPublishing: ${findings.length} finding(s)`);
for (const [rule, { severity, count, message }] of byRule) {
  console.log(`   ${severity.padEnd(7)} ${rule} ×${count}, e.g. ${message}`);
}
console.log(
  "   The article states no author, exact date or image, and its events have no exact date or venue:" +
    "\n   what Google's article and event results ask for. See docs/jsonld.md.",
);
