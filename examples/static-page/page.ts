// Renders one article of a newsgraph document as a complete HTML page, with the article's schema.org
// JSON-LD in <head>. Copy this file and adapt the markup; keep the two kinds of escaping apart:
// `jsonLdScript` makes the JSON safe inside <script>, `escapeHtml` makes text safe everywhere else.
import type { Actor, NewsGraph } from "newsgraph";
import { articleJsonLd, jsonLdScript } from "newsgraph/jsonld";

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The HTML page of one article: its JSON-LD in <head>, its headline and claims in <body>. */
export function renderPage(graph: NewsGraph, articleId: string): string {
  const article = graph.articles.find((candidate) => candidate.id === articleId);
  if (article === undefined) throw new Error(`no article has the id "${articleId}"`);
  const actors = new Map<string, Actor>(graph.actors.map((actor) => [actor.id, actor]));
  const claims = graph.claims.filter((claim) => claim.evidence.some((span) => span.article === articleId));

  const items = claims.map((claim) => {
    const claimant = actors.get(claim.claimant)?.name ?? claim.claimant;
    return `      <li><strong>${escapeHtml(claimant)}</strong> ${escapeHtml(claim.act)}: ${escapeHtml(claim.statement)}</li>`;
  });
  const description =
    article.description === undefined ? "" : `\n    <p>${escapeHtml(article.description)}</p>`;
  const published =
    article.datePublished === undefined
      ? ""
      : `\n    <p>Published <time>${escapeHtml(article.datePublished)}</time></p>`;

  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(article.headline)}</title>
    <link rel="canonical" href="${escapeHtml(article.url)}">
    ${jsonLdScript(articleJsonLd(graph, articleId))}
  </head>
  <body>
    <h1>${escapeHtml(article.headline)}</h1>${description}${published}
    <h2>Claims in this article</h2>
    <ul>
${items.join("\n")}
    </ul>
  </body>
</html>
`;
}
