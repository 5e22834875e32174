import fc from "fast-check";
import type { Article } from "../model/article";
import type { NewsGraph } from "../model/news-graph";
import { defined } from "./defined";
import {
  arbitraryActor,
  arbitraryArticle,
  arbitraryClaim,
  arbitraryEvent,
  arbitraryPlace,
  KEY_ORDER,
} from "./nodes";
import { arbitraryHttpUrl, arbitraryNodeId } from "./values";

/**
 * Options of {@link arbitraryNewsGraph}.
 * @example
 * ```ts
 * import type { NewsGraphOptions } from "newsgraph/testing";
 *
 * const options: NewsGraphOptions = { maxNodes: 30, withText: true };
 * ```
 */
export interface NewsGraphOptions {
  /** The most nodes in all five collections together. Default 12. */
  maxNodes?: number;
  /**
   * `true`: every article carries a non-empty `text`, and every evidence span is anchored in it
   * (offsets, `exact`, and `prefix`/`suffix` when present). `false`: no article has a text, so
   * spans carry offsets that nothing checks. By default, each article either way.
   */
  withText?: boolean;
}

const KINDS = ["article", "actor", "claim", "event", "place"] as const;
type Kind = (typeof KINDS)[number];

/**
 * Gives each live blog (form `live-blog-posting`) some of the articles after it as its updates, each article
 * the update of at most one, so that no article is listed twice and the updates form no cycle; an update
 * that is not a live blog itself becomes a blog posting.
 */
function withUpdates(articles: Article[]): fc.Arbitrary<Article[]> {
  const choices = articles.map((article, index) =>
    article.form === "live-blog-posting"
      ? fc.subarray(
          articles.slice(index + 1).map((later) => later.id),
          { maxLength: Math.min(3, articles.length - index - 1) },
        )
      : fc.constant<string[]>([]),
  );
  return all(choices)
    .map((lists) => {
      const taken = new Set<string>();
      return articles.map((article, index) => {
        const updates = (lists[index] ?? []).filter((id) => !taken.has(id));
        for (const id of updates) taken.add(id);
        return updates.length === 0 ? article : { ...article, updates };
      });
    })
    .map((list) => {
      // An update is a blog posting (schema.org's range of liveBlogUpdate): a live blog, or else a posting.
      const updates = new Set(list.flatMap((article) => article.updates));
      return list.map((article) =>
        updates.has(article.id) && article.form !== "live-blog-posting"
          ? defined<Article>({ ...article, form: "blog-posting" }, KEY_ORDER.article)
          : article,
      );
    });
}

const all = <T>(arbitraries: fc.Arbitrary<T>[]): fc.Arbitrary<T[]> =>
  arbitraries.length === 0 ? fc.constant(null).map((): T[] => []) : fc.tuple(...arbitraries);

/**
 * Valid newsgraph documents, in the form `parseNewsGraph` (from "newsgraph") returns (every default written), so
 * that `parseNewsGraph(graph)` deep-equals `graph`. By construction: ids are unique slugs across the
 * collections; each article has its own url, and each actor with a url its own page; every reference
 * resolves to a node of the kind its field demands (a person's `worksFor` to organisations); no work outside
 * the graph that a claim appears in is at the url of an article of the graph (it would be that article); `partOf`,
 * `containedIn` and `roles[].of` point only to earlier nodes, so there are no cycles;
 * no end is before its start; no claim responds to itself; evidence is anchored in the text of articles that have one,
 * and a claim whose spans all are has its quote inside one.
 * The text is any Unicode (astral characters included) mixed with markup and line separators.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { parseNewsGraph } from "newsgraph";
 * import { arbitraryNewsGraph } from "newsgraph/testing";
 *
 * fc.assert(
 *   fc.property(arbitraryNewsGraph({ withText: true }), (graph) => {
 *     return JSON.stringify(parseNewsGraph(graph)) === JSON.stringify(graph);
 *   }),
 * );
 * ```
 */
export function arbitraryNewsGraph(options: NewsGraphOptions = {}): fc.Arbitrary<NewsGraph> {
  const { maxNodes = 12, withText } = options;
  const plan = fc
    .array(fc.constantFrom<Kind>(...KINDS), { maxLength: Math.max(0, maxNodes) })
    .map((kinds) => {
      const count = (kind: Kind) => kinds.filter((k) => k === kind).length;
      const actors = count("actor");
      // A claim needs a claimant.
      return {
        articles: count("article"),
        actors,
        claims: actors === 0 ? 0 : count("claim"),
        events: count("event"),
        places: count("place"),
      };
    });
  return plan.chain((counts) => {
    const total = counts.articles + counts.actors + counts.claims + counts.events + counts.places;
    const ids = fc.uniqueArray(arbitraryNodeId(), { minLength: total, maxLength: total });
    // Each article at its own address, as parseNewsGraph demands.
    const urls = fc.uniqueArray(arbitraryHttpUrl(), {
      minLength: counts.articles,
      maxLength: counts.articles,
    });
    // Each actor with a url at its own page: its @id in JSON-LD is made from the url without its fragment.
    const actorUrls = fc.uniqueArray(fc.option(arbitraryHttpUrl(), { nil: undefined, freq: 2 }), {
      minLength: counts.actors,
      maxLength: counts.actors,
      selector: (url) => url?.split("#")[0] ?? Symbol(),
    });
    // Which actors are people, so that a person's worksFor can name the others.
    const people = fc.array(fc.boolean(), { minLength: counts.actors, maxLength: counts.actors });
    return fc.tuple(ids, urls, actorUrls, people).chain(([ids, urls, actorUrls, people]) => {
      const ends = [counts.articles, counts.actors, counts.claims, counts.events, counts.places].map(
        (_, k, list) => list.slice(0, k + 1).reduce((sum, n) => sum + n, 0),
      );
      const [articleIds, actorIds, claimIds, eventIds, placeIds] = ends.map((end, k) =>
        ids.slice(k === 0 ? 0 : (ends[k - 1] ?? 0), end),
      ) as [string[], string[], string[], string[], string[]];
      const targets = {
        articles: articleIds,
        actors: actorIds,
        organizations: actorIds.filter((_, i) => people[i] !== true),
        claims: claimIds,
        events: eventIds,
        places: placeIds,
      };
      const articles = all(
        articleIds.map((id, i) =>
          arbitraryArticle({
            id: fc.constant(id),
            url: fc.constant(urls[i] ?? ""),
            targets,
            ...(withText === undefined ? {} : { withText }),
          }),
        ),
      );
      return articles.chain(withUpdates).chain((articleNodes) => {
        const texts = new Map<string, string>();
        for (const article of articleNodes)
          if (article.text !== undefined) texts.set(article.id, article.text);
        return fc
          .record(
            {
              schema: fc.option(fc.constant("https://unpkg.com/newsgraph/dist/newsgraph.schema.json"), {
                nil: undefined,
                freq: 8,
              }),
              actors: all(
                actorIds.map((id, i) =>
                  arbitraryActor({
                    id: fc.constant(id),
                    person: people[i] ?? false,
                    url: fc.constant(actorUrls[i]),
                    targets: {
                      ...targets,
                      actors: actorIds.slice(0, i),
                      organizations: actorIds.slice(0, i).filter((_, earlier) => people[earlier] !== true),
                    },
                  }),
                ),
              ),
              claims: all(
                claimIds.map((id) =>
                  arbitraryClaim({
                    id: fc.constant(id),
                    targets: { ...targets, claims: claimIds.filter((other) => other !== id), texts },
                  }),
                ),
              ),
              events: all(
                eventIds.map((id, i) =>
                  arbitraryEvent({
                    id: fc.constant(id),
                    targets: { ...targets, events: eventIds.slice(0, i) },
                  }),
                ),
              ),
              places: all(
                placeIds.map((id, i) =>
                  arbitraryPlace({
                    id: fc.constant(id),
                    targets: { ...targets, places: placeIds.slice(0, i) },
                  }),
                ),
              ),
            },
            { noNullPrototype: true },
          )
          .map(({ schema, actors, claims: made, events, places }): NewsGraph => {
            // A work outside the graph at the url of an article of the graph would be that article.
            const urls = new Set(articleNodes.map((article) => article.url));
            const outside = (appearance: NewsGraph["claims"][number]["appearances"][number]) =>
              appearance.article === undefined && appearance.url !== undefined && urls.has(appearance.url);
            const claims = made.map((claim) =>
              claim.appearances.some(outside)
                ? { ...claim, appearances: claim.appearances.filter((appearance) => !outside(appearance)) }
                : claim,
            );
            const graph: NewsGraph = { format: 1, articles: articleNodes, actors, claims, events, places };
            return schema === undefined ? graph : { $schema: schema, ...graph };
          });
      });
    });
  });
}
