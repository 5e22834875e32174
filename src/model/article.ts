import * as z from "zod";
import { FuzzyDate } from "./fuzzy-date";
import { HttpUrl } from "./http-url";
import { LanguageTag } from "./language-tag";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { newsgraphRegistry } from "./registry";
import { articleForms, articleGenres } from "./vocabulary";

/**
 * Schema of one of {@link articleGenres}.
 *
 * @example
 * ```ts
 * import { ArticleGenre } from "newsgraph";
 *
 * ArticleGenre.parse("opinion");
 * ```
 */
export const ArticleGenre: z.ZodEnum<{ [K in (typeof articleGenres)[number]]: K }> = z.enum(articleGenres);
/**
 * One of {@link articleGenres}.
 *
 * @example
 * ```ts
 * import { ArticleGenre } from "newsgraph";
 *
 * const genre: ArticleGenre = "news";
 * ```
 */
export type ArticleGenre = z.output<typeof ArticleGenre>;

/**
 * Schema of one of {@link articleForms}.
 *
 * @example
 * ```ts
 * import { ArticleForm } from "newsgraph";
 *
 * ArticleForm.parse("live-blog-posting");
 * ```
 */
export const ArticleForm: z.ZodEnum<{ [K in (typeof articleForms)[number]]: K }> = z.enum(articleForms);
/**
 * One of {@link articleForms}.
 *
 * @example
 * ```ts
 * import { ArticleForm } from "newsgraph";
 *
 * const form: ArticleForm = "blog-posting";
 * ```
 */
export type ArticleForm = z.output<typeof ArticleForm>;

// `.int()` keeps to the safe integers itself; a `.max()` of its own would report the same issue twice.
const positiveInteger = z.number().int().min(1);

const articleImageShape = {
  /** Absolute URL of the image file. */
  url: HttpUrl,
  /** Width in pixels. */
  width: positiveInteger.optional(),
  /** Height in pixels. */
  height: positiveInteger.optional(),
  /** The caption as published. */
  caption: z.string().min(1).optional(),
  /** Who made or owns the image: "Photo: Jane Doe / Agency". */
  credit: z.string().min(1).optional(),
};

/**
 * An image of an article.
 * @example
 * ```ts
 * import { ArticleImage } from "newsgraph";
 *
 * ArticleImage.parse({ url: "https://example.org/a.jpg", width: 1200, height: 675 });
 * ```
 */
export const ArticleImage: z.ZodObject<typeof articleImageShape, z.core.$strict> =
  z.strictObject(articleImageShape);
newsgraphRegistry.add(ArticleImage, { id: "ArticleImage", description: "An image of an article." });
/**
 * An image of an article.
 *
 * @example
 * ```ts
 * import { ArticleImage } from "newsgraph";
 *
 * const image: ArticleImage = { url: "https://example.org/a.jpg" };
 * ```
 */
export interface ArticleImage extends z.output<typeof ArticleImage> {}

const relatedLinkShape = {
  /** The linked article's title as shown. */
  title: z.string().min(1),
  /** Where it lives, when known. */
  url: HttpUrl.optional(),
  /** When it was published, as shown. */
  datePublished: FuzzyDate.optional(),
};

/**
 * A "read also" link shown with an article.
 * @example
 * ```ts
 * import { RelatedLink } from "newsgraph";
 *
 * RelatedLink.parse({ title: "Ceasefire talks resume", datePublished: "2024-11-25" });
 * ```
 */
export const RelatedLink: z.ZodObject<typeof relatedLinkShape, z.core.$strict> =
  z.strictObject(relatedLinkShape);
newsgraphRegistry.add(RelatedLink, {
  id: "RelatedLink",
  description: "A 'read also' link shown with an article.",
});
/**
 * A related-article link.
 *
 * @example
 * ```ts
 * import { RelatedLink } from "newsgraph";
 *
 * const link: RelatedLink = { title: "Ceasefire talks resume" };
 * ```
 */
export interface RelatedLink extends z.output<typeof RelatedLink> {}

const correctionShape = {
  /** When the correction was made. */
  date: FuzzyDate,
  /** What was corrected, as published. */
  text: z.string().min(1),
};

/**
 * A correction appended to an article.
 * @example
 * ```ts
 * import { Correction } from "newsgraph";
 *
 * Correction.parse({ date: "2024-10-29", text: "An earlier version misstated the date of the pact." });
 * ```
 */
export const Correction: z.ZodObject<typeof correctionShape, z.core.$strict> =
  z.strictObject(correctionShape);
newsgraphRegistry.add(Correction, { id: "Correction", description: "A correction appended to an article." });
/**
 * A correction.
 *
 * @example
 * ```ts
 * import { Correction } from "newsgraph";
 *
 * const fix: Correction = { date: "2024-10-29", text: "…" };
 * ```
 */
export interface Correction extends z.output<typeof Correction> {}

const articleFields = {
  /** Unique id of the article in the graph. */
  id: NodeId,
  /** The article's canonical address. */
  url: HttpUrl,
  /** The headline as published. */
  headline: z.string().min(1),
  /** A secondary headline or subtitle. */
  alternativeHeadline: z.string().min(1).optional(),
  /** A short summary, such as the standfirst. */
  description: z.string().min(1).optional(),
  /**
   * The kind of journalism: news, analysis, opinion… Beside a `form`, `news` stands for no genre in
   * particular.
   */
  genre: ArticleGenre,
  /**
   * The form of the work when it is not a news article: a blog posting, a live blog, a social media
   * posting, a report… (→ its schema.org type, with the genre's NewsArticle subtype beside it unless the
   * genre is `news`). Absent for a news article, whose type the genre decides.
   */
  form: ArticleForm.optional(),
  /** The language of the text, as a BCP 47 tag. */
  language: LanguageTag,
  /** When it was first published. */
  datePublished: FuzzyDate,
  /** When it was last changed. */
  dateModified: FuzzyDate.optional(),
  /** Ids of the actors who wrote it. */
  authors: z.array(NodeId).default([]),
  /** Id of the actor that published it. */
  publisher: NodeId.optional(),
  /** The section it appears in: "World", "Opinion". */
  section: z.string().min(1).optional(),
  /** Keywords or tags. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Images shown with it. */
  images: z.array(ArticleImage).default([]),
  /**
   * The body as plain text; evidence offsets index into it. Paragraphs are separated by line
   * breaks as in the source (a blank line by convention).
   */
  text: z.string().optional(),
  /** Id of the place the article is filed from. */
  dateline: NodeId.optional(),
  /** Ids of the actors, events and places it is mainly about. */
  about: z.array(NodeId).default([]),
  /** Ids of the actors, events and places it mentions. */
  mentions: z.array(NodeId).default([]),
  /** "Read also" links shown with it. */
  related: z.array(RelatedLink).default([]),
  /** Corrections appended to it. */
  corrections: z.array(Correction).default([]),
  /**
   * Ids of the articles that are the updates of a live blog (`form: "live-blog-posting"`), in the order it
   * lists them (→ `liveBlogUpdate`).
   */
  updates: z.array(NodeId).default([]),
  /** Whether it can be read without a subscription. */
  isAccessibleForFree: z.boolean().optional(),
};

const articleShape = {
  ...articleFields,
  /** How the article as a whole came to be in the data, when not simply stated. */
  provenance: Provenance.optional(),
  /** The provenance of single fields, by field name: `{ headline: { basis: "inferred", note: "…" } }`. */
  fieldProvenance: fieldProvenanceOf(articleFields).optional(),
};

/**
 * A published piece of journalism: what it says (`text`), who wrote and published it, and what
 * it is about. Everything else in a {@link NewsGraph} hangs off articles through evidence.
 *
 * @example
 * ```ts
 * import { Article } from "newsgraph";
 *
 * const article = Article.parse({
 *   id: "kursk-opinion",
 *   url: "https://example.org/kursk",
 *   headline: "North Korean troops in Kursk",
 *   genre: "opinion",
 *   language: "en",
 *   datePublished: "2024-10-30",
 * });
 * article.authors; // [] (defaults are filled in)
 * ```
 */
export const Article: z.ZodObject<typeof articleShape, z.core.$strict> = z.strictObject(articleShape);
newsgraphRegistry.add(Article, {
  id: "Article",
  description: "A published piece of journalism, with its text, authors, publisher and subjects.",
});

/**
 * A parsed article, defaults filled in.
 *
 * @example
 * ```ts
 * import { Article } from "newsgraph";
 *
 * function headlineOf(article: Article) { return article.headline; }
 * ```
 */
export interface Article extends z.output<typeof Article> {}
/**
 * An article as written before parsing: arrays with defaults may be left out.
 *
 * @example
 * ```ts
 * import type { ArticleInput } from "newsgraph";
 *
 * const input: ArticleInput = { id: "a", url: "https://example.org/a", headline: "H", genre: "news", language: "en", datePublished: "2024" };
 * ```
 */
export interface ArticleInput extends z.input<typeof Article> {}

export { articleForms, articleGenres };
