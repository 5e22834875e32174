// The publisher of an article: a Person or Organization with a name (Article docs, author best practices
// apply alike); an Organization's url and logo (Organization docs: "logo", at least 112 × 112 pixels).
import { checkAgent } from "./author";
import { type Context, checkUrl, expectValues } from "./context";
import { type NodeAt, types, values } from "./document";
import { readImage } from "./image";
import { ORGANIZATION_TYPES } from "./vocabulary";

const MIN_LOGO_SIDE = 112;

/** Checks the publishers of an article of type `type`. @internal */
export function checkPublishers(context: Context, at: NodeAt, type: string): void {
  for (const publisher of values(context.graph, at, "publisher")) {
    const what = `the publisher of the ${type}`;
    const organization = checkAgent(context, publisher, {
      type: "publisher/type",
      name: "publisher/name",
      what,
    });
    if (organization === undefined) continue;
    const urls = expectValues(context, organization, "url", {
      severity: "warning",
      rule: "publisher/url",
      message: `${what} has no url; Google recommends the address of its home page`,
    });
    for (const url of urls) checkUrl(context, url, "publisher/url", `the url of ${what}`);
    // A person may publish; a logo is an organization's.
    if (![...types(context.graph, organization)].some((found) => ORGANIZATION_TYPES.has(found))) continue;
    const logos = expectValues(context, organization, "logo", {
      severity: "warning",
      rule: "publisher/logo",
      message: `${what} has no logo; Google recommends one, at least ${MIN_LOGO_SIDE} × ${MIN_LOGO_SIDE} pixels`,
    });
    for (const logo of logos) {
      const size = readImage(context, logo, "publisher/logo-url", `the logo of ${what}`);
      if (size === undefined || (size.width >= MIN_LOGO_SIDE && size.height >= MIN_LOGO_SIDE)) continue;
      context.report({
        severity: "warning",
        path: logo.path,
        rule: "publisher/logo-size",
        message: `the logo of ${what} is ${size.width} × ${size.height} pixels; Google asks for at least ${MIN_LOGO_SIDE} × ${MIN_LOGO_SIDE}`,
      });
    }
  }
}
