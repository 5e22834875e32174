// `npm run demo`: newsgraph in one screen, on the example graph that ships with the package. What the example
// holds, who claims what in it, its article's page JSON-LD in sum, and what Google's documented rules make of
// that page. Every figure is computed here, from the library. `npm run demo -- --full` prints it all: every
// claim, the whole JSON-LD and every finding with its path.
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type Claim, parseFuzzyDate, parseNewsGraph } from "newsgraph";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "newsgraph/examples";
import { articleJsonLd, checkPublishing, jsonLdScript } from "newsgraph/jsonld";

const USAGE = "usage: npm run demo [-- --full]";
let full = false;
try {
  full = parseArgs({ options: { full: { type: "boolean" } } }).values.full === true;
} catch {
  console.error(USAGE);
  process.exit(2);
}
// `npm run demo | head` closes the pipe early: nothing is wrong with the demo then.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

/** The widest line printed, so that the terminal wraps none. */
const WIDTH = 100;
const INDENT = "   ";

/**
 * Prints `text` word-wrapped to WIDTH, continuation lines indented further. The summary keeps at most
 * `most` lines of it and ends the last with "…" when that cuts it; --full keeps every line.
 */
function say(text = "", most = 1): void {
  const indent = /^ */.exec(text)?.[0] ?? "";
  const lines: string[] = [];
  let line = "";
  for (const word of text.trimStart().split(" ")) {
    const next = line === "" ? `${indent}${word}` : `${line} ${word}`;
    if (next.length > WIDTH && line !== "") {
      lines.push(line);
      line = `${indent}${INDENT}${word}`;
    } else line = next;
  }
  lines.push(line);
  const kept = full ? lines : lines.slice(0, most);
  if (kept.length < lines.length) kept[kept.length - 1] = `${kept.at(-1)?.slice(0, WIDTH - 1)}…`;
  for (const printed of kept) console.log(printed);
}
const count = (n: number, noun: string): string => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

const graph = parseNewsGraph(northKoreanTroopsInKursk);
const article = graph.articles.find((candidate) => candidate.id === KURSK_ARTICLE_ID);
if (article === undefined) throw new Error(`the example graph has no article ${KURSK_ARTICLE_ID}`);
const names = new Map<string, string>(
  [...graph.actors, ...graph.events, ...graph.places].map((node) => [node.id, node.name]),
);
const nameOf = (id: string): string => names.get(id) ?? id;

say(
  `newsgraph demo: the example graph of newsgraph/examples${full ? "" : " (npm run demo -- --full prints it all)"}`,
);
say();
say("1. What the example holds");
say(`   "${article.headline}"`);
// A fuzzy date may be a range ("2024-10-28/2024-11-03"), open at one end ("../2024-11-03").
const published = article.datePublished;
const [from = "", to = ""] = published?.split("/") ?? [];
const when =
  published === undefined
    ? "of no stated date"
    : parseFuzzyDate(published)?.isInterval !== true
      ? `published ${published}`
      : from === ".."
        ? `published by ${to}`
        : to === ".."
          ? `published ${from} or later`
          : `published between ${from} and ${to}`;
say(`   an ${article.genre} article in "${article.language}", ${when}, at ${article.url}`, 2);
const spans = graph.claims.reduce((sum, claim) => sum + claim.evidence.length, 0);
say(
  `   parseNewsGraph accepts it: ${count(graph.articles.length, "article")}, ${count(graph.actors.length, "actor")}, ` +
    `${count(graph.claims.length, "claim")}, ${count(graph.events.length, "event")}, ${count(graph.places.length, "place")}`,
);
say(
  article.text === undefined
    ? `   ${count(spans, "evidence span")} point into the article's text, which the package does not ship (verifyAnchors)`
    : `   ${count(spans, "evidence span")} point into the article's text, and each is where it says`,
);

const byClaimant = new Map<string, Claim[]>();
for (const claim of graph.claims)
  byClaimant.set(claim.claimant, [...(byClaimant.get(claim.claimant) ?? []), claim]);
const claimants = [...byClaimant].sort(([, a], [, b]) => b.length - a.length);
const shown = full ? claimants : claimants.slice(0, 6);
say();
say(`2. Who claims what: ${count(graph.claims.length, "claim")} by ${count(claimants.length, "claimant")}`);
for (const [claimant, claims] of shown) {
  for (const claim of full ? claims : claims.slice(0, 1)) {
    const more = !full && claims.length > 1 ? ` (+${claims.length - 1} more)` : "";
    say(`   ${nameOf(claimant)} ${claim.act}${more}: ${claim.statement}`, 2);
  }
}
if (shown.length < claimants.length) {
  const others = claimants.slice(shown.length);
  say(`   … and ${others.map(([claimant]) => nameOf(claimant)).join(", ")}`, 2);
}
const claimsById = new Map(graph.claims.map((claim) => [claim.id, claim]));
const answers = graph.claims.flatMap((claim) =>
  claim.responds
    .filter((response) => response.relation !== "supports")
    .map((response) => ({ claim, response })),
);
const answering = new Set(answers.map(({ claim }) => claim.id));
say(`   ${count(answering.size, "claim")} answer others, ${count(answers.length, "time")}; for instance:`);
for (const { claim, response } of full ? answers : answers.slice(0, 3)) {
  const target = claimsById.get(response.claim);
  const whose = target === undefined ? response.claim : `${nameOf(target.claimant)}'s "${target.statement}"`;
  say(`   ${nameOf(claim.claimant)} ${response.relation} ${whose}`, 2);
}

const page = articleJsonLd(graph, article.id);
const script = jsonLdScript(page);
const types = new Map<string, number>();
for (const node of page["@graph"]) {
  // An article of a form other than news's has two types (BlogPosting and OpinionNewsArticle…).
  const type = [node["@type"]].flat().join(" and ");
  types.set(type, (types.get(type) ?? 0) + 1);
}
say();
say(`3. The page's JSON-LD: articleJsonLd(graph, "${article.id}"), embedded by jsonLdScript`);
say(
  `   ${count(page["@graph"].length, "node")} in one <script type="application/ld+json"> element: ` +
    `${count(Buffer.byteLength(script), "byte")}, ${count(gzipSync(script).length, "byte")} gzipped`,
);
const tally = [...types].sort(([, a], [, b]) => b - a).map(([type, n]) => `${n} ${type}`);
say(`   by type: ${tally.join(", ")}`, 3);
const [first] = page["@graph"];
if (first !== undefined) {
  const properties = Object.keys(first).filter((key) => !key.startsWith("@"));
  say(`   the first is the article, as ${first["@type"]}, with ${properties.join(", ")}`, 2);
}
if (full) {
  say();
  console.log(JSON.stringify(page, null, 2));
}

const findings = checkPublishing(page);
const errors = findings.filter((finding) => finding.severity === "error").length;
say();
say(
  `4. What Google's rules say: checkPublishing finds ${count(errors, "error")} and ` +
    `${count(findings.length - errors, "warning")}`,
);
if (full) {
  for (const finding of findings)
    say(`   ${finding.severity.padEnd(7)} ${finding.path}: ${finding.message} [${finding.rule}]`);
} else {
  const byRule = new Map<string, { severity: string; count: number; message: string }>();
  for (const finding of findings) {
    const seen = byRule.get(finding.rule);
    if (seen === undefined) byRule.set(finding.rule, { ...finding, count: 1 });
    else seen.count += 1;
  }
  const rules = [...byRule].sort(([, a], [, b]) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  // Six rules of two lines each keep the whole summary within 60 lines, whatever the example holds.
  for (const [rule, { severity, count: times, message }] of rules.slice(0, 6)) {
    say(`   ${severity.padEnd(7)} ${`${rule} ×${times}`.padEnd(28)} ${message}`, 2);
  }
  if (rules.length > 6) say(`   … and ${count(rules.length - 6, "more rule")}`);
}
say("   An error: Google would not use that markup as it is. A warning: it would, but less well.");
say(
  findings.length === 0
    ? "   None: Google's rules are met."
    : "   See docs/jsonld.md for what each rule asks.",
);
