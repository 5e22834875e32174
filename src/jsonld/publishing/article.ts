// Article (and all its subtypes): Google lists no required properties; author, author.name, author.url,
// datePublished, dateModified, headline and image are recommended. The publisher, when there is one, is
// held to what Google documents for organizations.
import { checkAuthors } from "./author";
import { type Context, expectValues } from "./context";
import { checkDate } from "./date";
import type { NodeAt } from "./document";
import { checkImages } from "./image";
import { checkPublishers } from "./publisher";
import { describe, length, text } from "./values";

// Article docs: long headlines may be truncated; 110 characters is the limit Google's older Article docs set.
const HEADLINE_LIMIT = 110;

/** Checks an article of type `type`. @internal */
export function checkArticle(context: Context, at: NodeAt, type: string): void {
  const headlines = expectValues(context, at, "headline", {
    severity: "warning",
    rule: "article/headline",
    message: `the ${type} has no headline; Google recommends one`,
  });
  for (const headline of headlines) {
    const value = text(headline.value);
    if (value === undefined) {
      context.report({
        severity: "error",
        path: headline.path,
        rule: "article/headline",
        message: `the headline of the ${type} is ${describe(headline.value)}, not text`,
      });
    } else if (length(value) > HEADLINE_LIMIT) {
      context.report({
        severity: "warning",
        path: headline.path,
        rule: "article/headline-length",
        message:
          `the headline of the ${type} has ${length(value)} characters; Google recommends a concise title, as long ` +
          `ones may be truncated (more than ${HEADLINE_LIMIT} is flagged)`,
      });
    }
  }

  checkAuthors(context, at, type);

  for (const key of ["datePublished", "dateModified"] as const) {
    const dates = expectValues(context, at, key, {
      severity: "warning",
      rule: key === "datePublished" ? "article/date-published" : "article/date-modified",
      message: `the ${type} has no ${key}; Google recommends it, in ISO 8601 with a time zone`,
    });
    for (const date of dates) checkDate(context, type, key, date, { precision: "time", severity: "warning" });
  }

  checkImages(context, at, type);
  checkPublishers(context, at, type);
}
