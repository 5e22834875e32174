import type { WebSiteLeaf } from "schema-dts";
import type { OrganizationActor } from "../model/actor";
import { clean, type MappingContext } from "./mapping-context";

/**
 * The schema.org WebSite at an organisation's home page, which the organisation publishes: `@id` the url and
 * `#website`, its `url`, the organisation's `name`, the `languages` it publishes in as `inLanguage`, and the
 * organisation as `publisher`. `undefined` for an organisation without a `url`.
 *
 * @example
 * ```ts
 * import type { OrganizationActor } from "newsgraph";
 * import type { MappingContext } from "./mapping-context";
 * import { webSiteNode } from "./web-site";
 *
 * declare const herald: OrganizationActor; // "The Example Herald" at https://example.org/, in English
 * declare const context: MappingContext;
 * webSiteNode(herald, context);
 * // { "@type": "WebSite", "@id": "https://example.org/#website", url: "https://example.org/",
 * //   name: "The Example Herald", inLanguage: ["en"], publisher: { "@id": "https://example.org/#organization" } }
 * ```
 */
export function webSiteNode(
  organization: OrganizationActor,
  context: MappingContext,
): WebSiteLeaf | undefined {
  const { url } = organization;
  const id = context.siteIri(organization.id);
  if (url === undefined || id === undefined) return undefined;
  return clean<WebSiteLeaf>({
    "@type": "WebSite",
    "@id": id,
    url,
    name: organization.name,
    inLanguage: organization.languages.slice(),
    publisher: { "@id": context.iri(organization.id) },
  });
}
