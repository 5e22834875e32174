import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { FuzzyDate } from "./fuzzy-date";
import { HttpUrl } from "./http-url";
import { imageFileShape } from "./image-file";
import { LanguageTag } from "./language-tag";
import { NodeId } from "./node-id";
import { fieldProvenanceOf, Provenance } from "./provenance";
import { newsgraphRegistry } from "./registry";
import { articleForms, articleGenres, contributorRoles } from "./vocabulary";

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

const articleImageShape = {
  ...imageFileShape,
  /** The caption as published. */
  caption: z.string().min(1).optional(),
  /** The credit line as published: "Photo: Jane Doe / Agency". */
  credit: z.string().min(1).optional(),
  /** Id of the actor who made the image: the photographer, the illustrator, the agency. */
  creator: NodeId.optional(),
  /** The copyright notice: "© 2025 Example Agency". */
  copyrightNotice: z.string().min(1).optional(),
  /** The licence under which the image is published, by its address. */
  license: HttpUrl.optional(),
  /** Where a licence to use the image can be obtained. */
  acquireLicensePage: HttpUrl.optional(),
};

/**
 * An image of an article: the file and its size, its caption, and who made it and holds its rights, as
 * the news trade records them (IPTC's photo metadata and schema.org's ImageObject share these fields).
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
  /** When the correction was made; absent when the source does not say. */
  date: FuzzyDate.optional(),
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

/**
 * Schema of one of {@link contributorRoles}.
 *
 * @example
 * ```ts
 * import { ContributorRole } from "newsgraph";
 *
 * ContributorRole.parse("photographer");
 * ```
 */
export const ContributorRole: z.ZodEnum<{ [K in (typeof contributorRoles)[number]]: K }> =
  z.enum(contributorRoles);
/**
 * One of {@link contributorRoles}.
 *
 * @example
 * ```ts
 * import { ContributorRole } from "newsgraph";
 *
 * const role: ContributorRole = "editor";
 * ```
 */
export type ContributorRole = z.output<typeof ContributorRole>;

const contributorShape = {
  /** Id of the actor who contributed. */
  actor: NodeId,
  /** What they did; absent when the source does not say. */
  role: ContributorRole.optional(),
};

/**
 * Someone who contributed to an article other than as its author: its editor, a photographer, a translator.
 * @example
 * ```ts
 * import { Contributor } from "newsgraph";
 *
 * Contributor.parse({ actor: "sam-lee", role: "photographer" });
 * ```
 */
export const Contributor: z.ZodObject<typeof contributorShape, z.core.$strict> =
  z.strictObject(contributorShape);
newsgraphRegistry.add(Contributor, {
  id: "Contributor",
  description: "Someone who contributed to an article other than as its author, and in what role.",
});
/**
 * A contributor.
 *
 * @example
 * ```ts
 * import { Contributor } from "newsgraph";
 *
 * const editor: Contributor = { actor: "ana-ruiz", role: "editor" };
 * ```
 */
export interface Contributor extends z.output<typeof Contributor> {}

const citationShape = {
  /** The title of the work cited. */
  title: z.string().min(1).optional(),
  /** Where it can be read. */
  url: HttpUrl.optional(),
};

/**
 * A work an article cites as a source: a report, a dataset, a court ruling. It has a title, a url, or
 * both.
 * @example
 * ```ts
 * import { Citation } from "newsgraph";
 *
 * Citation.parse({ title: "Harbour authority annual report 2024", url: "https://example.org/report.pdf" });
 * Citation.safeParse({}).success; // false: a title or a url is needed
 * ```
 */
export const Citation: z.ZodObject<typeof citationShape, z.core.$strict> = z
  .strictObject(citationShape)
  .check((ctx) => {
    if (ctx.value.title === undefined && ctx.value.url === undefined) {
      reportIssue(ctx, "invalid_citation", "expected a title or a url of the work cited, found neither");
    }
  });
newsgraphRegistry.add(Citation, {
  id: "Citation",
  description: "A work an article cites: a title, a url, or both.",
  anyOf: ["title", "url"].map((field) => ({ properties: { [field]: true }, required: [field] })),
});
/**
 * A citation.
 *
 * @example
 * ```ts
 * import { Citation } from "newsgraph";
 *
 * const source: Citation = { url: "https://example.org/data.csv" };
 * ```
 */
export interface Citation extends z.output<typeof Citation> {}

const breadcrumbItemShape = {
  /** The section's name as the site shows it: "World". */
  name: z.string().min(1),
  /** The section's page. */
  url: HttpUrl,
};

/**
 * One step of an article's breadcrumb trail: a section of the site, with its page.
 * @example
 * ```ts
 * import { BreadcrumbItem } from "newsgraph";
 *
 * BreadcrumbItem.parse({ name: "World", url: "https://example.org/world" });
 * ```
 */
export const BreadcrumbItem: z.ZodObject<typeof breadcrumbItemShape, z.core.$strict> =
  z.strictObject(breadcrumbItemShape);
newsgraphRegistry.add(BreadcrumbItem, {
  id: "BreadcrumbItem",
  description: "A section of the site above an article, with its page.",
});
/**
 * A breadcrumb item.
 *
 * @example
 * ```ts
 * import { BreadcrumbItem } from "newsgraph";
 *
 * const section: BreadcrumbItem = { name: "Europe", url: "https://example.org/world/europe" };
 * ```
 */
export interface BreadcrumbItem extends z.output<typeof BreadcrumbItem> {}

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
  /**
   * When it was first published; absent when the source does not say (a page that states no date, a feed item
   * without one). Search engines recommend it, and `checkPublishing` warns when the JSON-LD has none.
   */
  datePublished: FuzzyDate.optional(),
  /** When it was last changed. */
  dateModified: FuzzyDate.optional(),
  /** Ids of the actors who wrote it. */
  authors: z.array(NodeId).default([]),
  /** Those who contributed other than as authors: editors, photographers, translators… */
  contributors: z.array(Contributor).default([]),
  /** Id of the actor that published it. */
  publisher: NodeId.optional(),
  /** The section it appears in: "World", "Opinion". */
  section: z.string().min(1).optional(),
  /** The sections above it on the site, outermost first: World, then Europe. The article is not an item. */
  breadcrumb: z.array(BreadcrumbItem).default([]),
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
  /** The works it cites as sources. */
  citations: z.array(Citation).default([]),
  /** How the story was reported and why: the Trust Project's "behind the story". */
  backstory: z.string().min(1).optional(),
  /** Corrections appended to it. */
  corrections: z.array(Correction).default([]),
  /**
   * Ids of the articles that are the updates of a live blog (`form: "live-blog-posting"`), in the order it
   * lists them (→ `liveBlogUpdate`).
   */
  updates: z.array(NodeId).default([]),
  /** Whether it can be read without a subscription. */
  isAccessibleForFree: z.boolean().optional(),
  /**
   * CSS selectors of the parts of the page that only subscribers can read (`.paywall`), as search engines
   * ask a paywalled article to name them. With any, `isAccessibleForFree` is `false`.
   */
  paywalledParts: z.array(z.string().min(1)).default([]),
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
export const Article: z.ZodObject<typeof articleShape, z.core.$strict> = z
  .strictObject(articleShape)
  .check((ctx) => {
    const { paywalledParts, isAccessibleForFree } = ctx.value;
    if (paywalledParts.length > 0 && isAccessibleForFree !== false) {
      reportIssue(
        ctx,
        "inconsistent_paywall",
        `expected isAccessibleForFree false, since paywalledParts names parts of the page that only subscribers can read, found ${isAccessibleForFree === undefined ? "nothing" : "true"}`,
        ["isAccessibleForFree"],
      );
    }
  });
newsgraphRegistry.add(Article, {
  id: "Article",
  description: "A published piece of journalism, with its text, authors, publisher and subjects.",
  // Closed parts make the article not free: no paywalled part, or isAccessibleForFree false.
  anyOf: [
    { properties: { paywalledParts: { type: "array", maxItems: 0 } } },
    { properties: { isAccessibleForFree: { const: false } }, required: ["isAccessibleForFree"] },
  ],
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

export { articleForms, articleGenres, contributorRoles };
