import * as z from "zod";
import { PublishingPolicies } from "../model/actor";
import { ArticleGenre, BreadcrumbItem, Citation, ContributorRole, Correction } from "../model/article";
import { FuzzyDate } from "../model/fuzzy-date";
import { HttpUrl } from "../model/http-url";
import { ImageFile, imageFileShape } from "../model/image-file";
import { LanguageTag } from "../model/language-tag";

const text = z.string().min(1);

/**
 * An image given by its URL alone, or as an {@link ImageFile} with its size.
 *
 * @example
 * ```ts
 * import { PageImageFile } from "newsgraph/page";
 *
 * PageImageFile.parse("https://example.org/logo.png");
 * PageImageFile.parse({ url: "https://example.org/logo.png", width: 600, height: 60 });
 * ```
 */
export const PageImageFile: z.ZodUnion<[z.ZodString, typeof ImageFile]> = z.union([HttpUrl, ImageFile]);
/**
 * An image file given by its URL alone or with its size.
 *
 * @example
 * ```ts
 * import type { PageImageFile } from "newsgraph/page";
 *
 * const logo: PageImageFile = "https://example.org/logo.png";
 * ```
 */
export type PageImageFile = z.input<typeof PageImageFile>;

const pagePersonShape = {
  /** The person's name, as the byline gives it. */
  name: text,
  /** Their profile page: it names them on every page of the site (`<url>#person`). */
  url: HttpUrl.optional(),
  /** A portrait. */
  image: PageImageFile.optional(),
  /** Their job, in words: "Harbour correspondent". */
  jobTitle: text.optional(),
  /** The same person elsewhere: a social profile, Wikidata. */
  sameAs: z.array(HttpUrl).default([]),
  /** What they know about, in words. */
  knowsAbout: z.array(text).default([]),
  /** The languages they know, as BCP 47 tags. */
  knowsLanguage: z.array(LanguageTag).default([]),
};

/**
 * A person on an article's page: an author, a contributor, a photographer.
 *
 * @example
 * ```ts
 * import { PagePerson } from "newsgraph/page";
 *
 * PagePerson.parse({ name: "Ana Ruiz", url: "https://example.org/staff/ana-ruiz" });
 * ```
 */
export const PagePerson: z.ZodObject<typeof pagePersonShape, z.core.$strict> =
  z.strictObject(pagePersonShape);
/**
 * A person, as written.
 *
 * @example
 * ```ts
 * import type { PagePerson } from "newsgraph/page";
 *
 * const author: PagePerson = { name: "Ana Ruiz", url: "https://example.org/staff/ana-ruiz" };
 * ```
 */
export interface PagePerson extends z.input<typeof PagePerson> {}

const pageContributorShape = {
  ...pagePersonShape,
  /** What they did: `editor`, `photographer`, `translator`… */
  role: ContributorRole.optional(),
};

/**
 * Someone who contributed to the article other than as its author, and in what role.
 *
 * @example
 * ```ts
 * import { PageContributor } from "newsgraph/page";
 *
 * PageContributor.parse({ name: "Sam Lee", role: "photographer" });
 * ```
 */
export const PageContributor: z.ZodObject<typeof pageContributorShape, z.core.$strict> =
  z.strictObject(pageContributorShape);
/**
 * A contributor, as written.
 *
 * @example
 * ```ts
 * import type { PageContributor } from "newsgraph/page";
 *
 * const editor: PageContributor = { name: "Bea Kim", role: "editor" };
 * ```
 */
export interface PageContributor extends z.input<typeof PageContributor> {}

const pagePublisherShape = {
  /** The news organisation's name, which is also its site's. */
  name: text,
  /** Its home page: the address of its site, which names it on every page (`<url>#organization`). */
  url: HttpUrl,
  /** Its logo. */
  logo: PageImageFile.optional(),
  /** The same organisation elsewhere. */
  sameAs: z.array(HttpUrl).default([]),
  /** The languages its site publishes in, as BCP 47 tags. */
  languages: z.array(LanguageTag).default([]),
  /** When it was founded. */
  foundingDate: FuzzyDate.optional(),
  /** Its policy pages: ethics, corrections, masthead… */
  policies: PublishingPolicies.optional(),
};

/**
 * The news organisation that publishes the page, and whose site it is on.
 *
 * @example
 * ```ts
 * import { PagePublisher } from "newsgraph/page";
 *
 * PagePublisher.parse({ name: "The Example Herald", url: "https://example.org/", logo: "https://example.org/logo.png" });
 * ```
 */
export const PagePublisher: z.ZodObject<typeof pagePublisherShape, z.core.$strict> =
  z.strictObject(pagePublisherShape);
/**
 * A publisher, as written.
 *
 * @example
 * ```ts
 * import type { PagePublisher } from "newsgraph/page";
 *
 * const herald: PagePublisher = { name: "The Example Herald", url: "https://example.org/" };
 * ```
 */
export interface PagePublisher extends z.input<typeof PagePublisher> {}

const pageImageObjectShape = {
  ...imageFileShape,
  /** The caption as published. */
  caption: text.optional(),
  /** The credit line as published. */
  credit: text.optional(),
  /** Who made it. */
  creator: PagePerson.optional(),
  /** The copyright notice. */
  copyrightNotice: text.optional(),
  /** The licence it is published under, by its address. */
  license: HttpUrl.optional(),
  /** Where a licence to use it can be had. */
  acquireLicensePage: HttpUrl.optional(),
};

/**
 * An image of the article with what the page says of it: caption, credit, creator and rights.
 *
 * @example
 * ```ts
 * import { PageImageObject } from "newsgraph/page";
 *
 * PageImageObject.parse({ url: "https://example.org/bridge.jpg", width: 1200, height: 675, credit: "Sam Lee" });
 * ```
 */
export const PageImageObject: z.ZodObject<typeof pageImageObjectShape, z.core.$strict> =
  z.strictObject(pageImageObjectShape);
/**
 * An image object, as written.
 *
 * @example
 * ```ts
 * import type { PageImageObject } from "newsgraph/page";
 *
 * const image: PageImageObject = { url: "https://example.org/bridge.jpg", width: 1200, height: 675 };
 * ```
 */
export interface PageImageObject extends z.input<typeof PageImageObject> {}

/**
 * An image of the article: its URL alone, or a {@link PageImageObject}.
 *
 * @example
 * ```ts
 * import { PageImage } from "newsgraph/page";
 *
 * PageImage.parse("https://example.org/bridge.jpg");
 * ```
 */
export const PageImage: z.ZodUnion<[z.ZodString, typeof PageImageObject]> = z.union([
  HttpUrl,
  PageImageObject,
]);
/**
 * An image, as written.
 *
 * @example
 * ```ts
 * import type { PageImage } from "newsgraph/page";
 *
 * const image: PageImage = "https://example.org/bridge.jpg";
 * ```
 */
export type PageImage = z.input<typeof PageImage>;

const articlePageShape = {
  /** The article's canonical address. */
  url: HttpUrl,
  /** The headline as published. */
  headline: text,
  /** A secondary headline. */
  alternativeHeadline: text.optional(),
  /** A short summary. */
  description: text.optional(),
  /** The kind of journalism, which chooses the NewsArticle subtype; `news` when left out. */
  genre: ArticleGenre.default("news"),
  /** The language of the article, as a BCP 47 tag. */
  language: LanguageTag,
  /** When it was first published: a date-time with its offset, for search engines. */
  datePublished: FuzzyDate,
  /** When it was last changed. */
  dateModified: FuzzyDate.optional(),
  /** Who wrote it. */
  authors: z.array(PagePerson).default([]),
  /** Who else worked on it, and in what role. */
  contributors: z.array(PageContributor).default([]),
  /** The news organisation that publishes it. */
  publisher: PagePublisher.optional(),
  /** The section it appears in. */
  section: text.optional(),
  /** The sections above it, outermost first, each with its page. */
  breadcrumb: z.array(BreadcrumbItem).default([]),
  /** Keywords or tags. */
  keywords: z.array(text).default([]),
  /** Its images. */
  images: z.array(PageImage).default([]),
  /** The works it cites. */
  citations: z.array(Citation).default([]),
  /** How the story was reported, and why. */
  backstory: text.optional(),
  /** Its corrections, each with its date when the page gives one. */
  corrections: z.array(Correction).default([]),
  /** Whether it can be read without a subscription. */
  isAccessibleForFree: z.boolean().optional(),
  /** CSS selectors of the parts only subscribers can read; with any, `isAccessibleForFree` is `false`. */
  paywalledParts: z.array(text).default([]),
};

/**
 * An article's page described flatly, as a site's templates know it: the article, its authors and
 * contributors by name and page, its publisher with its logo and policies, its images, breadcrumb,
 * keywords and paywall. {@link articlePageJsonLd} turns it into the page's JSON-LD.
 *
 * @example
 * ```ts
 * import { ArticlePage } from "newsgraph/page";
 *
 * const page = ArticlePage.parse({
 *   url: "https://example.org/news/bridge",
 *   headline: "Harbour bridge reopens",
 *   language: "en",
 *   datePublished: "2025-03-14T07:30:00+00:00",
 * });
 * page.genre; // "news"
 * ```
 */
export const ArticlePage: z.ZodObject<typeof articlePageShape, z.core.$strict> =
  z.strictObject(articlePageShape);
/**
 * An article's page as written: defaults may be left out.
 *
 * @example
 * ```ts
 * import type { ArticlePageInput } from "newsgraph/page";
 *
 * const page: ArticlePageInput = {
 *   url: "https://example.org/news/bridge",
 *   headline: "Harbour bridge reopens",
 *   language: "en",
 *   datePublished: "2025-03-14T07:30:00+00:00",
 *   authors: [{ name: "Ana Ruiz", url: "https://example.org/staff/ana-ruiz" }],
 * };
 * ```
 */
export interface ArticlePageInput extends z.input<typeof ArticlePage> {}
/**
 * An article's page as parsed, defaults filled in.
 *
 * @example
 * ```ts
 * import { ArticlePage } from "newsgraph/page";
 *
 * function authorNames(page: ArticlePage) { return page.authors.map((author) => author.name); }
 * ```
 */
export interface ArticlePage extends z.output<typeof ArticlePage> {}
