import type { BreadcrumbListLeaf, ListItemLeaf, WebPageLeaf } from "schema-dts";
import type { Article } from "../model/article";
import { clean, literalText, type MappingContext } from "./mapping-context";

/**
 * The url of the site an article's page belongs to: its publisher's home page, when the publisher is an
 * organisation that has one.
 *
 * @example
 * ```ts
 * import type { Article } from "newsgraph";
 * import type { MappingContext } from "./mapping-context";
 * import { siteUrlOf } from "./web-page";
 *
 * declare const article: Article; // published by an organisation at https://example.org/
 * declare const context: MappingContext;
 * siteUrlOf(article, context); // "https://example.org/"
 * ```
 */
export function siteUrlOf(article: Article, context: MappingContext): string | undefined {
  const entry = article.publisher === undefined ? undefined : context.get(article.publisher);
  if (entry?.kind !== "actor" || entry.node.kind === "person" || entry.node.kind === "state")
    return undefined;
  return entry.node.url;
}

/**
 * The WebPage an article is the `mainEntityOfPage` of, `@id` its url (without a fragment) and `#webpage`:
 * its `url`, the WebSite it `isPartOf` (its publisher's, see `webSiteNode`), its `breadcrumb` (a
 * BreadcrumbList of the sections above the article, each a ListItem with its `position`, `name` and `item`)
 * and its `relatedLink`s (the urls of the "read also" links that have one).
 *
 * @example
 * ```ts
 * import type { Article } from "newsgraph";
 * import type { MappingContext } from "./mapping-context";
 * import { webPageNode } from "./web-page";
 *
 * declare const article: Article; // at https://example.org/news/bridge, with a breadcrumb
 * declare const context: MappingContext;
 * webPageNode(article, context);
 * // { "@type": "WebPage", "@id": "https://example.org/news/bridge#webpage", url: "https://example.org/news/bridge",
 * //   isPartOf: { "@id": "https://example.org/#website" },
 * //   breadcrumb: { "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 1,
 * //     name: "News", item: { "@id": "https://example.org/news" } }] } }
 * ```
 */
export function webPageNode(article: Article, context: MappingContext): WebPageLeaf {
  const { url, breadcrumb } = article;
  const site = siteUrlOf(article, context);
  return clean<WebPageLeaf>({
    "@type": "WebPage",
    "@id": context.pageIri(url),
    url,
    isPartOf: site === undefined ? undefined : { "@id": context.siteIri(site) },
    breadcrumb:
      breadcrumb.length === 0
        ? undefined
        : ({
            "@type": "BreadcrumbList",
            itemListElement: breadcrumb.map(
              (item, index): ListItemLeaf => ({
                "@type": "ListItem",
                position: index + 1,
                name: literalText(item.name),
                item: { "@id": item.url },
              }),
            ),
          } satisfies BreadcrumbListLeaf),
    relatedLink: article.related.flatMap((link) => link.url ?? []),
  });
}
