/**
 * Example data derived from the seed article. Data only: no zod at run time.
 *
 * @module newsgraph/examples
 */

export { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "./north-korean-troops-in-kursk";
