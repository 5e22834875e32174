import type {
  CorrectionCommentLeaf,
  ImageObjectLeaf,
  NewsArticle,
  QuantitativeValueLeaf,
  WebPageLeaf,
} from "schema-dts";
import type { Article, ArticleGenre } from "../model/article";
import { clean, isoDate, type MappingContext, placeOf } from "./mapping-context";

const ARTICLE_TYPES = {
  news: "NewsArticle",
  analysis: "AnalysisNewsArticle",
  opinion: "OpinionNewsArticle",
  reportage: "ReportageNewsArticle",
  background: "BackgroundNewsArticle",
  review: "ReviewNewsArticle",
  "ask-public": "AskPublicNewsArticle",
} as const satisfies Record<ArticleGenre, NewsArticle["@type"]>;

// An image's width or height: schema.org takes a Distance or a QuantitativeValue, here in pixels (E37).
const pixels = (value: number | undefined): QuantitativeValueLeaf | undefined =>
  value === undefined ? undefined : { "@type": "QuantitativeValue", value, unitCode: "E37" };

/**
 * An article as the schema.org NewsArticle subtype of its genre, with `@id` and `url` its own address.
 * Authors, publisher, `about` and `mentions` are references; images are ImageObjects; corrections are
 * CorrectionComments; the dateline is the place's name (`dateline` is text) and, as a reference, its
 * `locationCreated`. "Read also" links that have a url become the `relatedLink`s of the WebPage that is the
 * article's `mainEntityOfPage`; without them `mainEntityOfPage` is the url itself.
 *
 * @example
 * ```ts
 * import { articleNode } from "./article";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * articleNode({ id: "kursk", url: "https://example.org/kursk", headline: "Troops in Kursk", genre: "opinion",
 *   language: "en", datePublished: "2024-10-30", authors: ["jane-doe"], contributors: [], breadcrumb: [],
 *   keywords: [], images: [], about: [], mentions: [], related: [], citations: [], corrections: [],
 *   paywalledParts: [] }, context);
 * // { "@type": "OpinionNewsArticle", "@id": "https://example.org/kursk", url: "https://example.org/kursk",
 * //   mainEntityOfPage: "https://example.org/kursk", headline: "Troops in Kursk", inLanguage: "en",
 * //   datePublished: "2024-10-30", author: [{ "@id": "https://example.org/kursk#jane-doe" }] }
 * ```
 */
export function articleNode(article: Article, context: MappingContext): NewsArticle {
  const { ref } = context;
  const { url, dateline, publisher } = article;
  const relatedLink = article.related.flatMap((link) => link.url ?? []);
  const place = placeOf(dateline, context);
  return clean<NewsArticle>({
    "@type": ARTICLE_TYPES[article.genre],
    "@id": url,
    url,
    mainEntityOfPage: relatedLink.length ? clean<WebPageLeaf>({ "@type": "WebPage", url, relatedLink }) : url,
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.description,
    inLanguage: article.language,
    datePublished: isoDate(article.datePublished),
    dateModified: isoDate(article.dateModified),
    author: article.authors.map(ref),
    publisher: publisher === undefined ? undefined : ref(publisher),
    articleSection: article.section,
    keywords: article.keywords.slice(),
    image: article.images.map((image) =>
      clean<ImageObjectLeaf>({
        "@type": "ImageObject",
        url: image.url,
        width: pixels(image.width),
        height: pixels(image.height),
        caption: image.caption,
        creditText: image.credit,
      }),
    ),
    dateline: place?.name,
    locationCreated: place && ref(place.id),
    about: article.about.map(ref),
    mentions: article.mentions.map(ref),
    isAccessibleForFree: article.isAccessibleForFree,
    correction: article.corrections.map((correction) =>
      clean<CorrectionCommentLeaf>({
        "@type": "CorrectionComment",
        datePublished: isoDate(correction.date),
        text: correction.text,
      }),
    ),
  });
}
