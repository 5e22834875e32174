// A page's standard metadata — the canonical link, <html lang>, <title>, and the meta elements of Open Graph,
// article:*, Twitter cards, Dublin Core and the names sites and analytics tools use — read once from the
// parsed page, each value with the CSS selector of the element it came from.
import { attribute, elementsOf, type PageDocument, textOf } from "../html";

/** One value of a page's markup, and the element it was read from as a CSS selector. @internal */
export interface MetaValue {
  /** The value, its surrounding white space removed. */
  value: string;
  /** The element as a CSS selector: `meta[property="og:title"]`, with the attribute value as written. */
  at: string;
}

/** The metadata fields a page reader takes, each with its sources in order of precedence. @internal */
export type MetaField =
  | "url"
  | "headline"
  | "description"
  | "datePublished"
  | "dateModified"
  | "authors"
  | "publisher"
  | "language"
  | "section"
  | "keywords"
  | "images";

/**
 * Where each field is read, in order: `meta:NAME` is a `<meta>` whose `property` or `name` is NAME (in any
 * case), `itemprop:NAME` an element whose `itemprop` is NAME (its `content`, `datetime` or `href`), and the rest
 * name elements. The first source that gives a value wins; for `authors`, `keywords` and `images` every element
 * of that first source is read.
 * @internal
 */
export const META_SOURCES: Readonly<Record<MetaField, readonly string[]>> = {
  url: ["link:canonical", "meta:og:url"],
  headline: [
    "meta:og:title",
    "meta:twitter:title",
    "itemprop:headline",
    "meta:dc.title",
    "meta:title",
    "title",
  ],
  description: [
    "meta:og:description",
    "meta:description",
    "meta:twitter:description",
    "itemprop:description",
    "meta:dc.description",
  ],
  datePublished: [
    "meta:article:published_time",
    "meta:og:article:published_time",
    "meta:article:published",
    "meta:og:published_time",
    "itemprop:datePublished",
    "meta:datePublished",
    "meta:pubdate",
    "meta:publishdate",
    "meta:publish-date",
    "meta:pub_date",
    "meta:publication_date",
    "meta:publisheddatetime",
    "meta:iso-8601-publish-date",
    "meta:parsely-pub-date",
    "meta:sailthru.date",
    "meta:dc.date.issued",
    "meta:dcterms.issued",
    "meta:dcterms.created",
    "meta:dc.date",
    "meta:date",
    "itemprop:dateCreated",
  ],
  dateModified: [
    "meta:article:modified_time",
    "meta:og:article:modified_time",
    "meta:og:updated_time",
    "meta:article:updated_time",
    "itemprop:dateModified",
    "meta:dcterms.modified",
  ],
  authors: [
    "meta:article:author",
    "meta:og:article:author",
    "meta:author",
    "meta:authors",
    "itemprop:author",
    "meta:parsely-author",
    "meta:sailthru.author",
    "meta:dc.creator",
  ],
  publisher: ["meta:og:site_name", "meta:publisher", "meta:dc.publisher", "meta:application-name"],
  language: [
    "html:lang",
    "meta:og:locale",
    "http-equiv:content-language",
    "meta:language",
    "meta:dc.language",
    "itemprop:inLanguage",
  ],
  section: ["meta:article:section", "meta:og:article:section", "meta:parsely-section"],
  keywords: [
    "meta:article:tag",
    "meta:og:article:tag",
    "meta:news_keywords",
    "meta:keywords",
    "meta:parsely-tags",
  ],
  images: [
    "meta:og:image",
    "meta:og:image:url",
    "meta:og:image:secure_url",
    "meta:twitter:image",
    "meta:twitter:image:src",
  ],
};

/** What a page's markup says, by source key (`meta:og:title`, `link:canonical`…), each in document order. @internal */
export interface PageMarkup {
  /** Every value, by the source key of {@link META_SOURCES} (keys in lower case). */
  values: Map<string, MetaValue[]>;
  /** `<base href>`, the first one, as written. */
  base?: MetaValue;
  /**
   * Values passed over because a quotation mark the page left unescaped cut them short
   * (`content="Biden de "incapacitado""`: the rest of the value became attributes).
   */
  cut: MetaValue[];
}

// An attribute name holding a quotation mark: the rest of a value that an unescaped quote ended too soon.
const isStray = (attr: { name: string }): boolean => /["']/.test(attr.name);

const selector = (tag: string, name: string, value: string): string =>
  `${tag}[${name}=${JSON.stringify(value)}]`;

const LINK_RELATIONS = new Set(["canonical"]);
const ITEMPROP_VALUE: Readonly<Record<string, string>> = { meta: "content", time: "datetime", link: "href" };

/**
 * Reads the markup a page reader uses, in one pass over the document: `<html lang>`, `<base href>`, the
 * canonical link, `<title>`, each `<meta>` with a `property`, `name` or `http-equiv` and a `content`, and each
 * `<meta>`, `<time>` or `<link>` with an `itemprop`. Values are trimmed; empty ones are left out.
 * @internal
 */
export function readMarkup(document: PageDocument): PageMarkup {
  const values = new Map<string, MetaValue[]>();
  const markup: PageMarkup = { values, cut: [] };
  let whole = true;
  const add = (key: string, value: string | undefined, at: string): void => {
    const trimmed = value?.trim();
    if (trimmed === undefined || trimmed.length === 0) return;
    if (!whole) {
      markup.cut.push({ value: trimmed, at });
      return;
    }
    const list = values.get(key);
    if (list === undefined) values.set(key, [{ value: trimmed, at }]);
    else list.push({ value: trimmed, at });
  };
  for (const element of elementsOf(document)) {
    const tag = element.tagName;
    whole = !element.attrs.some(isStray);
    if (tag === "html") add("html:lang", attribute(element, "lang"), "html[lang]");
    else if (tag === "base") {
      const href = attribute(element, "href");
      if (markup.base === undefined && href !== undefined)
        markup.base = { value: href.trim(), at: "base[href]" };
    } else if (tag === "title") {
      if (!values.has("title")) add("title", textOf(element), "title");
    } else if (tag === "link") {
      const rel = attribute(element, "rel");
      for (const relation of rel?.toLowerCase().split(/[\t\n\f\r ]+/) ?? [])
        if (LINK_RELATIONS.has(relation))
          add(`link:${relation}`, attribute(element, "href"), selector("link", "rel", rel ?? ""));
    } else if (tag === "meta") {
      const content = attribute(element, "content");
      for (const name of ["property", "name", "http-equiv"]) {
        const key = attribute(element, name);
        if (key === undefined) continue;
        const prefix = name === "http-equiv" ? "http-equiv" : "meta";
        add(`${prefix}:${key.trim().toLowerCase()}`, content, selector("meta", name, key));
      }
    }
    const itemprop = attribute(element, "itemprop");
    const valueAttribute = ITEMPROP_VALUE[tag];
    if (itemprop !== undefined && valueAttribute !== undefined) {
      for (const name of itemprop.split(/[\t\n\f\r ]+/))
        if (name.length > 0)
          add(
            `itemprop:${name.toLowerCase()}`,
            attribute(element, valueAttribute),
            selector(tag, "itemprop", itemprop),
          );
    }
  }
  return markup;
}

/**
 * The values of a field, source by source in order of precedence (the sources that give none left out), each
 * source's in document order: a reader takes the first source whose values it can use. @internal
 */
export function metaSources(markup: PageMarkup, field: MetaField): MetaValue[][] {
  return META_SOURCES[field].flatMap((source) => {
    const found = markup.values.get(source.toLowerCase());
    return found === undefined ? [] : [found];
  });
}
