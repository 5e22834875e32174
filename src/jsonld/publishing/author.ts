// The authors of an article: Article docs, "author markup best practices".
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { type NodeAt, types } from "./document";
import { describe, member } from "./values";

/** Checks the authors of an article of type `type`. @internal */
export function checkAuthors(context: Context, at: NodeAt, type: string): void {
  const authors = expectValues(context, at, "author", {
    severity: "warning",
    rule: "article/author",
    message: `the ${type} has no author; Google recommends one`,
  });
  for (const author of authors) {
    const resolved = follow(context, author, `the author of the ${type}`);
    if (resolved === "unresolved") continue;
    if (resolved === undefined) {
      context.report({
        severity: "warning",
        path: author.path,
        rule: "article/author-type",
        message: `the author of the ${type} is ${describe(author.value)}; Google asks for a Person or Organization with a name and a url`,
      });
      continue;
    }
    if (types(context.graph, resolved).size === 0) {
      context.report({
        severity: "warning",
        path: member(resolved.path, "@type"),
        rule: "article/author-type",
        message: `the author of the ${type} has no @type; Google asks for Person or Organization`,
      });
    }
    if (!hasText(context, resolved, "name")) {
      context.report({
        severity: "warning",
        path: member(resolved.path, "name"),
        rule: "article/author-name",
        message: `the author of the ${type} has no name; Google recommends the author's name (and only the name)`,
      });
    }
    const urls = expectValues(context, resolved, "url", {
      severity: "warning",
      rule: "article/author-url",
      message: `the author of the ${type} has no url; Google recommends a link to a page that identifies the author`,
    });
    for (const url of urls) checkUrl(context, url, "article/author-url", `the author url of the ${type}`);
  }
}
