// newsgraph/examples: example data derived from the seed article. Data only: no zod at run time.

export { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "./north-korean-troops-in-kursk";
