import type {
  CorrectionCommentLeaf,
  CreativeWorkLeaf,
  IdReference,
  NewsArticle,
  RoleLeaf,
  WebPageElementLeaf,
} from "schema-dts";
import type { Article, ArticleForm, ArticleGenre } from "../model/article";
import { articleImageObject } from "./image";
import { clean, isoDate, literalText, type MappingContext, mapped, placeOf } from "./mapping-context";

const ARTICLE_TYPES = {
  news: "NewsArticle",
  analysis: "AnalysisNewsArticle",
  opinion: "OpinionNewsArticle",
  reportage: "ReportageNewsArticle",
  background: "BackgroundNewsArticle",
  review: "ReviewNewsArticle",
  "ask-public": "AskPublicNewsArticle",
} as const satisfies Record<ArticleGenre, NewsArticle["@type"]>;

type ContributorRole = RoleLeaf<IdReference, "contributor">;

/** An article's contributors by the schema.org property that names them. */
interface Contributions {
  editor: IdReference[];
  translator: IdReference[];
  contributor: (IdReference | ContributorRole)[];
}

// schema.org's editor takes a Person only: an organisation that edits is a contributor in the role "editor".
function contributions(article: Article, context: MappingContext): Partial<Contributions> {
  if (article.contributors.length === 0) return {};
  const found: Contributions = { editor: [], translator: [], contributor: [] };
  for (const { actor, role } of article.contributors) {
    const reference = context.ref(actor, "card");
    const entry = context.get(actor);
    if (role === "editor" && entry?.kind === "actor" && entry.node.kind === "person") {
      found.editor.push(reference);
    } else if (role === "translator") {
      found.translator.push(reference);
    } else {
      found.contributor.push(
        role === undefined ? reference : { "@type": "Role", contributor: reference, roleName: role },
      );
    }
  }
  return found;
}

const FORM_TYPES = {
  article: "Article",
  "blog-posting": "BlogPosting",
  "live-blog-posting": "LiveBlogPosting",
  "social-media-posting": "SocialMediaPosting",
  "discussion-forum-posting": "DiscussionForumPosting",
  report: "Report",
  "scholarly-article": "ScholarlyArticle",
  "tech-article": "TechArticle",
  "satirical-article": "SatiricalArticle",
  "advertiser-content-article": "AdvertiserContentArticle",
} as const satisfies Record<ArticleForm, string>;

/**
 * An article's schema.org type: its genre's NewsArticle subtype; for another form, that form's type, with the
 * genre's subtype beside it unless the genre is `news` (which beside a form stands for no genre in particular).
 */
function articleType(article: Article): NewsArticle["@type"] {
  const genre = ARTICLE_TYPES[article.genre];
  if (article.form === undefined) return genre;
  const form = FORM_TYPES[article.form];
  return (article.genre === "news" ? form : [form, genre]) as unknown as NewsArticle["@type"];
}

/**
 * An article as the schema.org NewsArticle subtype of its genre (or, with a `form`, that form's type, the
 * genre's beside it unless it is `news`), with `@id` and `url` its own address and `mainEntityOfPage` its
 * WebPage (see `webPageNode`); a live blog's `updates` are its `liveBlogUpdate`s, by reference. Authors,
 * contributors (`editor`, `translator`, and `contributor` qualified by a Role with the role's name), publisher,
 * `about` and `mentions` are references;
 * images are ImageObjects; citations CreativeWorks; corrections CorrectionComments; the dateline is the place's
 * name (`dateline` is text) and, as a reference, its `locationCreated`; paywalled parts are WebPageElements in
 * `hasPart` that are not free, as Google asks.
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
 *   paywalledParts: [], updates: [] }, context);
 * // { "@type": "OpinionNewsArticle", "@id": "https://example.org/kursk", url: "https://example.org/kursk",
 * //   mainEntityOfPage: { "@id": "https://example.org/kursk#webpage" }, headline: "Troops in Kursk",
 * //   inLanguage: "en", datePublished: "2024-10-30", author: [{ "@id": "https://example.org/kursk#jane-doe" }] }
 * ```
 */
export function articleNode(article: Article, context: MappingContext): NewsArticle {
  const { ref } = context;
  const { url, dateline, publisher } = article;
  const place = placeOf(dateline, context);
  // Authors first, so that a page lists them before anyone else.
  const author = mapped(article.authors, (id) => ref(id, "card"));
  const { editor, translator, contributor } = contributions(article, context);
  return clean<NewsArticle>({
    "@type": articleType(article),
    "@id": context.iri(article.id),
    url,
    mainEntityOfPage: { "@id": context.pageIri(url) },
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.description,
    inLanguage: article.language,
    datePublished: isoDate(article.datePublished),
    dateModified: isoDate(article.dateModified),
    author,
    editor,
    translator,
    contributor,
    publisher: publisher === undefined ? undefined : ref(publisher, "card"),
    articleSection: article.section,
    keywords: mapped(article.keywords, (keyword) => keyword),
    image: mapped(article.images, (image) => articleImageObject(image, context)),
    // dateline is a NewsArticle's: a form of no genre in particular is none.
    dateline: article.form !== undefined && article.genre === "news" ? undefined : place?.name,
    locationCreated: place && ref(place.id),
    about: mapped(article.about, (id) => ref(id)),
    mentions: mapped(article.mentions, (id) => ref(id)),
    citation: mapped(article.citations, (citation) =>
      clean<CreativeWorkLeaf>({ "@type": "CreativeWork", name: citation.title, url: citation.url }),
    ),
    backstory: article.backstory,
    isAccessibleForFree: article.isAccessibleForFree,
    hasPart: mapped(
      article.paywalledParts,
      (cssSelector): WebPageElementLeaf => ({
        "@type": "WebPageElement",
        isAccessibleForFree: false,
        cssSelector: literalText(cssSelector),
      }),
    ),
    ...(article.updates.length > 0 && { liveBlogUpdate: article.updates.map((id) => ref(id)) }),
    correction: mapped(article.corrections, (correction) =>
      clean<CorrectionCommentLeaf>({
        "@type": "CorrectionComment",
        datePublished: isoDate(correction.date),
        text: correction.text,
      }),
    ),
  });
}
