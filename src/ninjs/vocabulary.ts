// What newsgraph's values are called in ninjs, for the writer and the reader alike.
import type { articleGenres } from "../model/vocabulary";

type Genre = (typeof articleGenres)[number];

const GENRE_CODES = "http://cv.iptc.org/newscodes/genre/";

/**
 * IPTC genre NewsCodes for the genres that have one. Reportage, review and ask-public have no code with the
 * same meaning, and are written with newsgraph's name alone.
 */
export const IPTC_GENRES: Partial<Record<Genre, { name: string; uri: string }>> = {
  news: { name: "Current Events", uri: `${GENRE_CODES}Current` },
  analysis: { name: "Analysis", uri: `${GENRE_CODES}Analysis` },
  opinion: { name: "Opinion", uri: `${GENRE_CODES}Opinion` },
  background: { name: "Background", uri: `${GENRE_CODES}Background` },
};

/** The ISO 3166-1 alpha-2 scheme as the IPTC's ninjs examples write a country's uri. */
export const ISO_COUNTRY_SCHEME = "http://cvx.iptc.org/iso3166-1a2/";

/** A trust indicator's role: the schema.org property the publisher's policy link is. */
export const TRUST_ROLE_SCHEME = "https://schema.org/";

/** The rels and roles newsgraph writes and reads. */
export const REL = {
  author: "author",
  publisher: "publisher",
  about: "about",
  mentions: "mentions",
  located: "located",
  creator: "creator",
  keyword: "keyword",
  image: "image",
  contributor: "contributor",
} as const;

/** The role of the altId that holds the article's newsgraph id. */
export const ID_ROLE = "newsgraph";

/** The roles of descriptions and headlines. */
export const ROLE = {
  main: "main",
  alternative: "alternative",
  summary: "summary",
  backstory: "backstory",
  correction: "correction",
  caption: "caption",
  text: "text",
} as const;

/** The standard written on every item. */
export const NINJS_STANDARD = {
  name: "ninjs",
  version: "3.1",
  schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
} as const;

/** How an image's usage terms name the page where a licence can be obtained, followed by its address. */
export const LICENSING_TERMS = "Licences: ";
