/**
 * Example data: one published opinion article on North Korean troops in Russia's Kursk region, as a
 * complete newsgraph. Its evidence spans point into the article's text, which the package does not ship.
 * Data only: no zod at run time.
 *
 * @module newsgraph/examples
 */

export { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "./north-korean-troops-in-kursk";
