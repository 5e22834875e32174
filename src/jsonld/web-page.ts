import type { BreadcrumbListLeaf, ListItemLeaf, WebPageLeaf } from "schema-dts";
import type { Article } from "../model/article";
import { clean, literalText, type MappingContext } from "./mapping-context";

/**
 * The WebPage an article is the `mainEntityOfPage` of, `@id` its url (without a fragment) and `#webpage`
 * unless another node has that (see `addressNames`): its `url`, the WebSite it `isPartOf` (its publisher's,
 * see `webSiteNode`), its `breadcrumb` (a BreadcrumbList of the sections above the article, each a ListItem
 * with its `position`, `name` and `item`) and its `relatedLink`s (the urls of the "read also" links that have
 * one).
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
  const { url, breadcrumb, publisher } = article;
  // The site of the publisher, when it is an organisation with a home page.
  const site = publisher === undefined ? undefined : context.siteIri(publisher);
  return clean<WebPageLeaf>({
    "@type": "WebPage",
    "@id": context.pageIri(url),
    url,
    isPartOf: site === undefined ? undefined : { "@id": site },
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
