// Who made a work: an article's authors (Article docs, "author markup best practices"), and the shared check
// of a Person or Organization with a name that a ClaimReview's and a Claim's authors and a publisher share.
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { type NodeAt, types, values } from "./document";
import type { PublishingRule } from "./rules";
import { describe, type Located, member, text } from "./values";
import { isPersonOrOrganization } from "./vocabulary";

/** The rules a Person or Organization is checked under, and how a message names it. @internal */
export interface AgentRules {
  /** The rule of a value that is not a Person or Organization. */
  type: PublishingRule;
  /** The rule of a missing name. */
  name: PublishingRule;
  /** What it is, for messages: "the author of the NewsArticle". */
  what: string;
}

/**
 * Checks that a value is a Person or Organization (or a subclass of either) with a name, and gives its node
 * to check further; an `@id` the document does not define is reported as `reference/unresolved`. @internal
 */
export function checkAgent(context: Context, value: Located, rules: AgentRules): NodeAt | undefined {
  const resolved = follow(context, value, rules.what);
  if (resolved === "unresolved") return undefined;
  if (resolved === undefined) {
    context.report({
      severity: "warning",
      path: value.path,
      rule: rules.type,
      message: `${rules.what} is ${describe(value.value)}; Google asks for a Person or Organization with a name`,
    });
    return undefined;
  }
  const found = [...types(context.graph, resolved)];
  if (!isPersonOrOrganization(found)) {
    context.report({
      severity: "warning",
      path: member(resolved.path, "@type"),
      rule: rules.type,
      message:
        found.length === 0
          ? `${rules.what} has no @type; Google asks for Person or Organization`
          : `${rules.what} is a ${found.join("/")}; Google asks for a Person or Organization`,
    });
  }
  if (!hasText(context, resolved, "name")) {
    context.report({
      severity: "warning",
      path: member(resolved.path, "name"),
      rule: rules.name,
      message: `${rules.what} has no name; Google asks for the name of the person or organization`,
    });
  }
  return resolved;
}

// A name that holds more than one person's: two or more parts of two words or more each, between commas,
// semicolons, "and" or "&" ("Jane Doe and John Doe"); a suffix after a comma ("Martin Luther King, Jr.")
// or an inverted name ("Doe, Jane") is one word and does not count.
const SEPARATOR = /[,;&]|\band\b/;

function nameProblem(name: string): string | undefined {
  if (/^\s*by\s/i.test(name)) return 'starts with a byline\'s "By"';
  const parts = name.split(SEPARATOR).filter((part) => part.trim() !== "");
  const fullNames = parts.filter((part) => part.trim().split(/\s+/).length >= 2);
  return parts.length >= 2 && fullNames.length === parts.length ? "looks like more than one name" : undefined;
}

/** Checks the authors of an article of type `type`. @internal */
export function checkAuthors(context: Context, at: NodeAt, type: string): void {
  const authors = expectValues(context, at, "author", {
    severity: "warning",
    rule: "article/author",
    message: `the ${type} has no author; Google recommends one`,
  });
  for (const author of authors) {
    const what = `the author of the ${type}`;
    const resolved = checkAgent(context, author, {
      type: "article/author-type",
      name: "article/author-name",
      what,
    });
    if (resolved === undefined) continue;
    for (const name of values(context.graph, resolved, "name")) {
      const written = text(name.value);
      const problem = written === undefined ? undefined : nameProblem(written);
      if (problem === undefined) continue;
      context.report({
        severity: "warning",
        path: name.path,
        rule: "article/author-name",
        message: `the name of ${what} ${problem}; Google asks for the name alone, and one author entry for each person`,
      });
    }
    const links = ["url", "sameAs"].map((key) => ({ key, found: values(context.graph, resolved, key) }));
    if (links.every(({ found }) => found.length === 0)) {
      context.report({
        severity: "warning",
        path: member(resolved.path, "url"),
        rule: "article/author-url",
        message: `${what} has neither url nor sameAs; Google recommends a link to a page that identifies the author (a profile page) in one of them`,
      });
    }
    for (const { key, found } of links) {
      for (const link of found) checkUrl(context, link, "article/author-url", `the ${key} of ${what}`);
    }
  }
}
