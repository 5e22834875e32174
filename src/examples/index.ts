/**
 * Example data, as complete newsgraphs: one published opinion article on North Korean troops in Russia's
 * Kursk region, derived from the real article (its evidence spans point into the article's text, which the
 * package does not ship); and The Example Herald, an illustrative news site whose two articles fill in
 * every field a publisher has. Data only: no zod at run time.
 *
 * @module newsgraph/examples
 */

export { exampleHerald } from "./example-herald";
export { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "./north-korean-troops-in-kursk";
