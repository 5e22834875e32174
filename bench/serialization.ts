// Serialization: one article's page, `jsonLdScript(articleJsonLd(graph, id))`, against the floor (the
// same output precomputed as a plain object, then only JSON.stringify and the same escaping) and the
// peer (@unhead/schema-org building the same page).
import type { NewsGraph } from "newsgraph";
import { articleJsonLd, jsonLdScript } from "newsgraph/jsonld";
import { type MeasureOptions, measure, type Task, type Timing } from "./measure";
import { unheadGraphPage, unheadSsrPage } from "./peers/unhead";
import { type Ratio, type RatioResult, ratios } from "./report";

/** A page to serialize: a parsed graph and the id of the article whose page it is. */
export interface Page {
  name: string;
  graph: NewsGraph;
  articleId: string;
}

const OPTIONS: MeasureOptions = { rounds: 5, time: 400, iterations: 64, warmupIterations: 32 };

// The escaping jsonLdScript applies, restated so that the floor does exactly that much work.
const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeCharacter = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The floor: what any serializer must at least do once the output object exists. */
function floor(document: object): string {
  return `<script type="application/ld+json">${JSON.stringify(document).replace(UNSAFE, escapeCharacter)}</script>`;
}

/** Measures one page against the floor and, when `peers` is set, against unhead. */
export async function benchSerialization(
  page: Page,
  peers: boolean,
): Promise<{ timings: Map<string, Timing>; results: RatioResult[]; bytes: number; nodes: number }> {
  const { graph, articleId } = page;
  const output = articleJsonLd(graph, articleId);
  const html = jsonLdScript(output);
  // A plain object literal equal to the output, built once: the floor serializes only this.
  const precomputed: unknown = JSON.parse(JSON.stringify(output));
  if (typeof precomputed !== "object" || precomputed === null || floor(precomputed) !== html) {
    throw new Error(`bench: the floor's output differs from jsonLdScript's on ${page.name}`);
  }
  const nodes = output["@graph"] as unknown as Record<string, unknown>[];
  const url = graph.articles.find((article) => article.id === articleId)?.url ?? "https://example.org/";
  const language = graph.articles.find((article) => article.id === articleId)?.language ?? "en";
  const names = {
    ours: `jsonLdScript(articleJsonLd()) (${page.name})`,
    mapping: `articleJsonLd() alone (${page.name})`,
    cold: `articleJsonLd() on a graph not seen before, index built (${page.name})`,
    embedding: `jsonLdScript() alone (${page.name})`,
    floor: `floor: JSON.stringify + escaping (${page.name})`,
    graph: `unhead createSchemaOrgGraph().resolveGraph() (${page.name})`,
    ssr: `unhead createHead + useSchemaOrg + renderSSRHead (${page.name})`,
  };
  const tasks: Task[] = [
    { name: names.ours, fn: () => jsonLdScript(articleJsonLd(graph, articleId)) },
    { name: names.mapping, fn: () => articleJsonLd(graph, articleId) },
    // A copy of the graph object is a graph articleJsonLd has no index of: what the first page costs.
    { name: names.cold, fn: () => articleJsonLd({ ...graph }, articleId) },
    { name: names.embedding, fn: () => jsonLdScript(output) },
    { name: names.floor, fn: () => floor(precomputed) },
  ];
  if (peers) {
    tasks.push(
      { name: names.graph, fn: () => unheadGraphPage(nodes, url, language) },
      { name: names.ssr, fn: () => unheadSsrPage(nodes, url, language) },
    );
  }
  const timings = await measure(tasks, OPTIONS);
  const wanted: Ratio[] = [
    {
      label: `${page.name}: jsonLdScript(articleJsonLd()) / floor`,
      numerator: names.ours,
      denominator: names.floor,
      target: { atMost: 1.5 },
    },
    { label: `${page.name}: articleJsonLd() / floor`, numerator: names.mapping, denominator: names.floor },
    {
      label: `${page.name}: articleJsonLd() on a graph not seen before / floor`,
      numerator: names.cold,
      denominator: names.floor,
    },
    { label: `${page.name}: jsonLdScript() / floor`, numerator: names.embedding, denominator: names.floor },
  ];
  if (peers) {
    wanted.push(
      {
        label: `${page.name}: unhead graph API / newsgraph (how many times faster)`,
        numerator: names.graph,
        denominator: names.ours,
        target: { atLeast: 20 },
      },
      {
        label: `${page.name}: unhead graph API / floor (the most any serializer can be faster than unhead)`,
        numerator: names.graph,
        denominator: names.floor,
      },
      {
        label: `${page.name}: unhead SSR / newsgraph (how many times faster)`,
        numerator: names.ssr,
        denominator: names.ours,
      },
    );
  }
  const results = ratios(timings, wanted);
  // Nothing that writes this output can take less time than the floor: a speed-up on unhead is bounded by
  // unhead's own time over the floor.
  const bound = results.find(
    (result) => result.numerator === names.graph && result.denominator === names.floor,
  );
  const target = results.find(
    (result) => result.numerator === names.graph && result.denominator === names.ours,
  );
  if (bound !== undefined && target !== undefined && target.met === false) {
    target.note = `unhead takes ${bound.value.toFixed(1)}x the floor here, so no serializer can be more than ${bound.value.toFixed(1)}x faster than it`;
  }
  return { timings, results, bytes: html.length, nodes: nodes.length };
}
