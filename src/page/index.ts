/**
 * An article page's JSON-LD from a flat description of the page, for sites that keep no newsgraph: one call,
 * validated as the model validates, with errors at paths in the page's terms. Loads zod; `newsgraph/jsonld`
 * does not.
 *
 * @module newsgraph/page
 */

export {
  ArticlePage,
  type ArticlePageInput,
  PageContributor,
  PageImage,
  PageImageFile,
  PageImageObject,
  PagePerson,
  PagePublisher,
} from "./article-page";
export { articlePageGraph, articlePageJsonLd } from "./article-page-json-ld";
