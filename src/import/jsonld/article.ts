// NewsArticle, its subtypes and Article → Article.
import type {
  Article,
  ArticleForm,
  ArticleGenre,
  ArticleImage,
  Correction,
  RelatedLink,
} from "../../model/article";
import { parseFuzzyDate } from "../../model/fuzzy-date-syntax";
import { inferredDatePublished } from "./article-date";
import type { Entry } from "./document";
import { flatten, isReference, mergeEntries } from "./document";
import {
  addEdge,
  aOrAn,
  entryAt,
  type Handler,
  type Importer,
  pathOf,
  peek,
  peekText,
  reference,
  resolveIri,
  take,
  takeOne,
  takeText,
  typingOf,
  valueNode,
} from "./importer";
import { describe, isObject, type Located } from "./json";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { isLanguageTag } from "./syntax";
import {
  endsBeforeStart,
  readBoolean,
  readDate,
  readLanguage,
  readPositiveInteger,
  readText,
  readUrl,
  resolveUrl,
} from "./values";
import { supertypes, typeInfo } from "./vocabulary";

const GENRES: ReadonlyMap<string, ArticleGenre> = /* @__PURE__ */ new Map([
  ["NewsArticle", "news"],
  ["AnalysisNewsArticle", "analysis"],
  ["OpinionNewsArticle", "opinion"],
  ["ReportageNewsArticle", "reportage"],
  ["BackgroundNewsArticle", "background"],
  ["ReviewNewsArticle", "review"],
  ["AskPublicNewsArticle", "ask-public"],
]);

// The forms the model holds, by schema.org type; a subtype below them is kept as its nearest form.
const FORMS: ReadonlyMap<string, ArticleForm> = /* @__PURE__ */ new Map([
  ["Article", "article"],
  ["BlogPosting", "blog-posting"],
  ["LiveBlogPosting", "live-blog-posting"],
  ["SocialMediaPosting", "social-media-posting"],
  ["DiscussionForumPosting", "discussion-forum-posting"],
  ["Report", "report"],
  ["ScholarlyArticle", "scholarly-article"],
  ["TechArticle", "tech-article"],
  ["SatiricalArticle", "satirical-article"],
  ["AdvertiserContentArticle", "advertiser-content-article"],
]);

const silent = (): void => undefined;

/** An update of a live blog: the live blog's entry and the update's place in its list, from 1. @internal */
export interface LiveBlogUpdate {
  liveBlog: Entry;
  position: number;
}

const isArticle = (entry: Entry): boolean =>
  [...entry.types].some((type) => typeInfo(type)?.family === "article");

/**
 * Finds the updates of every LiveBlogPosting (the article entries its `liveBlogUpdate` holds or refers to),
 * before anything is mapped: an update's address depends on its live blog's. @internal
 */
export function indexLiveBlogUpdates(importer: Importer): void {
  for (const entry of importer.document.entries) {
    if (!entry.types.has("LiveBlogPosting")) continue;
    peekValues(entry, "liveBlogUpdate").forEach(({ value }, index) => {
      const update = isObject(value)
        ? isReference(value)
          ? typeof value["@id"] === "string"
            ? importer.document.byIri.get(resolveIri(importer, value["@id"]))
            : undefined
          : importer.document.byObject.get(value)
        : undefined;
      if (update !== undefined && update !== entry && isArticle(update) && !importer.updates.has(update))
        importer.updates.set(update, { liveBlog: entry, position: index + 1 });
    });
  }
}

/**
 * The address of a live blog's update that gives none of its own apart from the live blog's: the live blog's
 * url with the update's own fragment (from its `@id`), else `#update-N`, N its place in the list.
 */
function updateAddress(
  importer: Importer,
  entry: Entry,
  own: string | undefined,
): { url: string; note: string } | undefined {
  const update = importer.updates.get(entry);
  if (update === undefined) return undefined;
  const blog = peekUrl(importer, update.liveBlog);
  if (
    blog === undefined ||
    (own !== undefined && own.split("#")[0] !== blog.split("#")[0]) ||
    own?.includes("#")
  )
    return undefined;
  const hash = entry.iri?.indexOf("#") ?? -1;
  const fragment =
    entry.iri !== undefined && hash !== -1 && hash < entry.iri.length - 1
      ? entry.iri.slice(hash + 1)
      : `update-${update.position}`;
  const url = `${blog.split("#")[0]}#${fragment}`;
  return {
    url,
    note: `the update of a live blog gives no address of its own; the live blog's url with the fragment #${fragment} (${fragment.startsWith("update-") ? "its place in the liveBlogUpdate list" : "its @id's"}) is taken as its address`,
  };
}

/** The values of a property without reading it. */
const peekValues = (entry: Entry, name: string): Located[] => {
  const property = peek(entry, name);
  return property === undefined ? [] : flatten({ value: property.value, path: property.path });
};

/**
 * The url of the first article in the document that states an absolute one (or has an http(s) `@id`): the
 * base of relative URLs in values when no `baseUrl` option is given. @internal
 */
export function firstArticleUrl(importer: Importer): string | undefined {
  for (const entry of importer.document.entries) {
    if (![...entry.types].some((type) => typeInfo(type)?.family === "article")) continue;
    const url = peekUrl(importer, entry);
    if (url !== undefined) return url;
  }
  return undefined;
}

/**
 * Merges the article entries that have one url (by the rules that give an article its url) into the first of
 * them, as copies of one node: two nodes with one url would be two articles with one address, which the
 * model refuses. Every merge, and every value on which the copies disagree, is reported. @internal
 */
export function mergeArticlesByUrl(importer: Importer): void {
  const first = new Map<string, Entry>();
  const merges: { into: Entry; copy: Entry; label: string }[] = [];
  for (const entry of importer.document.entries) {
    if (![...entry.types].some((type) => typeInfo(type)?.family === "article")) continue;
    const url = peekUrl(importer, entry);
    if (url === undefined) continue;
    const into = first.get(url);
    if (into === undefined) first.set(url, entry);
    else merges.push({ into, copy: entry, label: `the article with the url ${JSON.stringify(url)}` });
  }
  mergeEntries(importer.document, merges, importer.warn);
}

/** The url the article states itself, if any, without reporting. */
function ownUrl(importer: Importer, entry: Entry): string | undefined {
  for (const { value } of peekValues(entry, "url")) {
    const url = readUrl({ value, path: "" }, "", importer.baseUrl, silent);
    if (url !== undefined) return url;
  }
  return undefined;
}

/** The article's own URL, if anything gives one, without reporting: for the check before mapping. */
function peekUrl(importer: Importer, entry: Entry): string | undefined {
  const own = ownUrl(importer, entry);
  if (importer.updates.has(entry)) {
    const address = updateAddress(importer, entry, own ?? iriWithFragment(importer, entry));
    if (address !== undefined) return address.url;
    if (own === undefined && iriWithFragment(importer, entry) !== undefined)
      return iriWithFragment(importer, entry);
  }
  return own ?? pageUrl(importer, entry) ?? iriUrl(importer, entry) ?? importer.pageUrl ?? importer.baseUrl;
}

/** An http(s) `@id` with its fragment, which names an update within its live blog's page. */
function iriWithFragment(importer: Importer, entry: Entry): string | undefined {
  return entry.iri?.includes("#") ? resolveUrl(entry.iri, importer.baseUrl) : undefined;
}

function iriUrl(importer: Importer, entry: Entry): string | undefined {
  if (entry.iri === undefined) return undefined;
  const hash = entry.iri.indexOf("#");
  return resolveUrl(hash === -1 ? entry.iri : entry.iri.slice(0, hash), importer.baseUrl);
}

/**
 * The URL that `mainEntityOfPage` gives: a URL, or the url (else the @id) of the WebPage written there or
 * referred to; a reference to no node gives its @id.
 */
function pageUrl(importer: Importer, entry: Entry): string | undefined {
  for (const { value } of peekValues(entry, "mainEntityOfPage")) {
    let own: string | undefined;
    if (typeof value === "string") own = value;
    else if (isObject(value)) {
      const iri = typeof value["@id"] === "string" ? value["@id"] : undefined;
      const page = isReference(value)
        ? iri && importer.document.byIri.get(resolveIri(importer, iri))
        : importer.document.byObject.get(value);
      own = page ? (peekText(page, "url") ?? page.iri) : iri;
    }
    const url = own === undefined ? undefined : resolveUrl(own, importer.baseUrl);
    if (url !== undefined) return url;
  }
  return undefined;
}

function hasDate(entry: Entry, name = "datePublished"): boolean {
  return peekValues(entry, name).some((located) => readDate(located, "", silent) !== undefined);
}

/**
 * The article's dateCreated, for an article that states no datePublished it can be read from: a work is
 * published no earlier than it is made, and sites that write only dateCreated mean the date of publication.
 */
function readDateCreated(importer: Importer, entry: Entry, inferred: Inferred): string | undefined {
  const at = takeOne(importer, entry, "dateCreated");
  const date = at && readDate(at, "the dateCreated", importer.warn);
  if (at === undefined || date === undefined) return undefined;
  const note = `the datePublished is not stated; the dateCreated ${JSON.stringify(at.value)} is taken as the date of publication`;
  importer.warn(pathOf(entry, "datePublished"), note);
  infer(inferred, "datePublished", date.inferred === undefined ? note : `${note}; ${date.inferred}`);
  return date.value;
}

function readUrlField(importer: Importer, entry: Entry, inferred: Inferred): string {
  if (importer.updates.has(entry)) {
    const own = ownUrl(importer, entry);
    const address = updateAddress(importer, entry, own ?? iriWithFragment(importer, entry));
    if (address !== undefined) {
      // The url it states, the live blog's own, is read: it is where the update is shown.
      take(entry, "url");
      importer.warn(pathOf(entry, "url"), address.note);
      infer(inferred, "url", address.note);
      return address.url;
    }
    const fromIri = own === undefined ? iriWithFragment(importer, entry) : undefined;
    if (fromIri !== undefined) {
      const note = "the url is not stated; the update's @id is taken as its address";
      importer.warn(pathOf(entry, "url"), note);
      infer(inferred, "url", note);
      return fromIri;
    }
  }
  let url: string | undefined;
  for (const located of take(entry, "url")) {
    const read = readUrl(located, "the url", importer.baseUrl, importer.warn);
    if (url === undefined) url = read;
    else if (read !== undefined && read !== url)
      importer.warn(located.path, "only one url is kept; this one is not mapped");
  }
  if (url !== undefined) return url;
  // What mainEntityOfPage holds is reported when it is read, in readMainEntityOfPage.
  const page = pageUrl(importer, entry);
  if (page !== undefined) {
    const note = "the url is not stated; the address of the mainEntityOfPage is taken as the article's";
    importer.warn(pathOf(entry, "url"), note);
    infer(inferred, "url", note);
    return page;
  }
  const fromIri = iriUrl(importer, entry);
  if (fromIri !== undefined) {
    const note = "the url is not stated; the @id (without its fragment) is taken as the article's address";
    importer.warn(pathOf(entry, "url"), note);
    infer(inferred, "url", note);
    return fromIri;
  }
  const note = `the url is not stated; ${importer.names.address} is taken as the article's address`;
  importer.warn(pathOf(entry, "url"), note);
  infer(inferred, "url", note);
  return importer.pageUrl ?? importer.baseUrl ?? "";
}

function readMainEntityOfPage(
  importer: Importer,
  entry: Entry,
  url: string,
  inferred: Inferred,
): RelatedLink[] {
  const related: RelatedLink[] = [];
  for (const located of take(entry, "mainEntityOfPage")) {
    const { value, path } = located;
    if (
      typeof value === "string" ||
      (isObject(value) &&
        Object.keys(value).length === 1 &&
        typeof value["@id"] === "string" &&
        importer.document.byIri.get(resolveIri(importer, value["@id"])) === undefined)
    ) {
      const page = readUrl(located, "the mainEntityOfPage", importer.baseUrl, silent);
      if (page !== url)
        importer.warn(
          path,
          `the mainEntityOfPage ${describe(page ?? value)} is not the article's url; not mapped`,
        );
      continue;
    }
    const found = entryAt(importer, located);
    if (found === "dangling") continue;
    if (found === undefined) {
      importer.warn(
        path,
        `expected a URL or a WebPage for the mainEntityOfPage, found ${describe(value)}; not mapped`,
      );
      continue;
    }
    const typing = typingOf(importer, found, {
      type: "WebPage",
      reason: "the mainEntityOfPage has no @type; read as a WebPage",
    });
    if (typing?.family !== "web-page") {
      importer.warn(
        path,
        `the mainEntityOfPage is ${aOrAn([...found.types].join(", "))}, not a WebPage; not mapped`,
      );
      if (found.read === false) found.read = "reported";
      continue;
    }
    found.read = "read";
    for (const own of take(found, "url")) {
      const page = readUrl(own, "the WebPage's url", importer.baseUrl, importer.warn);
      if (page !== undefined && page !== url)
        importer.warn(own.path, "the WebPage's url is not the article's url; not mapped");
    }
    for (const link of take(found, "relatedLink")) {
      const linkUrl = readUrl(link, "a relatedLink", url, importer.warn);
      if (linkUrl === undefined) continue;
      related.push({ title: linkUrl, url: linkUrl });
    }
  }
  if (related.length > 0) {
    const note =
      "schema.org relatedLink gives only a URL; each link's URL stands in for the title the model requires";
    importer.warn(pathOf(entry, "mainEntityOfPage"), note);
    infer(inferred, "related", note);
  }
  return related;
}

/**
 * The tag of a Language node: the first BCP 47 tag among its alternateNames, else among its names (which are
 * then read too). Every other value read is reported.
 */
function languageTag(importer: Importer, language: Entry): string | undefined {
  let tag: string | undefined;
  for (const name of ["alternateName", "name"]) {
    if (tag !== undefined) break;
    for (const { value, path } of take(language, name)) {
      if (tag !== undefined)
        importer.warn(path, `only one language tag is kept; this further ${name} is not mapped`);
      else if (typeof value === "string" && isLanguageTag(value)) tag = value;
      else importer.warn(path, `the Language's ${name} ${describe(value)} is not a BCP 47 tag; not mapped`);
    }
  }
  return tag;
}

function readLanguageField(importer: Importer, entry: Entry, inferred: Inferred): string {
  const located = takeOne(importer, entry, "inLanguage");
  if (located !== undefined) {
    const language = valueNode(importer, located, "language", "Language", "the inLanguage");
    if (language === null) {
      const tag = readLanguage(located, "the inLanguage", importer.warn);
      if (tag !== undefined) return tag;
    } else if (language !== undefined) {
      const tag = languageTag(importer, language);
      if (tag !== undefined) return tag;
      importer.warn(located.path, "the Language gives no BCP 47 tag in its alternateName or name; ignored");
    }
  }
  const where = located?.path ?? pathOf(entry, "inLanguage");
  if (importer.defaultLanguage !== undefined) {
    const note = `the language is not stated; ${importer.names.language} ${JSON.stringify(importer.defaultLanguage)} is used`;
    importer.warn(where, note);
    infer(inferred, "language", note);
    return importer.defaultLanguage;
  }
  const note =
    'the language is not stated; "und" (undetermined, BCP 47) is filled in because the model requires a language';
  importer.warn(where, note);
  infer(inferred, "language", note);
  return "und";
}

function readPixels(importer: Importer, located: Located, what: string): number | undefined {
  const node = valueNode(importer, located, "quantity", "QuantitativeValue", what);
  if (node === undefined) return undefined;
  if (node !== null) {
    const unitAt = takeOne(importer, node, "unitCode");
    if (unitAt !== undefined && unitAt.value !== "E37") {
      importer.warn(unitAt.path, `${what} is not in pixels (unitCode E37); dropped`);
      return undefined;
    }
    const at = takeOne(importer, node, "value");
    if (at === undefined) {
      importer.warn(located.path, `${what} has no value; dropped`);
      return undefined;
    }
    return readPositiveInteger(at, what, importer.warn);
  }
  // Not a node (a number, a numeral, an empty object): read, and reported, as a number.
  return readPositiveInteger(located, what, importer.warn);
}

function readImage(
  importer: Importer,
  located: Located,
  base: string,
  inferred: Inferred,
): ArticleImage | undefined {
  if (typeof located.value === "string") {
    const url = readUrl(located, "the image", base, importer.warn);
    return url === undefined ? undefined : { url };
  }
  const node = valueNode(importer, located, "image", "ImageObject", "the image");
  if (node === null) {
    importer.warn(
      located.path,
      `expected an image URL or ImageObject, found ${describe(located.value)}; dropped`,
    );
    return undefined;
  }
  if (node === undefined) return undefined;
  const urlAt = takeOne(importer, node, node.properties.has("url") ? "url" : "contentUrl");
  const url = urlAt && readUrl(urlAt, "the image's url", base, importer.warn);
  if (url === undefined) {
    if (urlAt === undefined) importer.warn(located.path, "the ImageObject has no url or contentUrl; dropped");
    return undefined;
  }
  const image: ArticleImage = { url };
  for (const name of ["width", "height"] as const) {
    const at = takeOne(importer, node, name);
    const size = at && readPixels(importer, at, `the image's ${name}`);
    if (size !== undefined) image[name] = size;
  }
  const caption = takeText(importer, node, "caption", "the caption", marker(inferred, "images"));
  if (caption !== undefined) image.caption = caption.value;
  const credit = takeText(importer, node, "creditText", "the creditText", marker(inferred, "images"));
  if (credit !== undefined) image.credit = credit.value;
  return image;
}

function readCorrection(
  importer: Importer,
  located: Located,
  inferred: Inferred,
  published: string | undefined,
): Correction | undefined {
  // A correction follows publication: without a date of its own it is dated from the article's on.
  const undated = (): string | undefined => {
    if (published === undefined) return undefined;
    const note = `a correction's date is not stated; a correction follows publication, so it is dated ${published}/.. (from the article's datePublished on)`;
    importer.warn(located.path, note);
    infer(inferred, "corrections", note);
    return `${published}/..`;
  };
  if (typeof located.value === "string") {
    const text = readText(located, "the correction", importer.warn, marker(inferred, "corrections"));
    if (text === undefined) return undefined;
    const date = undated();
    if (date === undefined)
      importer.warn(located.path, "the correction has no date, which the model requires; dropped");
    return date === undefined ? undefined : { date, text };
  }
  const node = valueNode(importer, located, "correction", "CorrectionComment", "the correction");
  if (node === null) {
    importer.warn(located.path, `expected a CorrectionComment, found ${describe(located.value)}; dropped`);
    return undefined;
  }
  if (node === undefined) return undefined;
  const text = takeText(
    importer,
    node,
    "text",
    "the correction's text",
    marker(inferred, "corrections"),
  )?.value;
  if (text === undefined) {
    importer.warn(located.path, "the correction has no text, which the model requires; dropped");
    return undefined;
  }
  const dateAt = takeOne(importer, node, "datePublished");
  const stated = dateAt && readDate(dateAt, "the correction's datePublished", importer.warn);
  if (stated?.inferred !== undefined) infer(inferred, "corrections", stated.inferred);
  const date = stated?.value ?? undated();
  if (date === undefined) {
    importer.warn(
      located.path,
      "the correction has no date, which the model requires, nor a datePublished of the article to date it from; dropped",
    );
    return undefined;
  }
  return { date, text };
}

function readKeywords(importer: Importer, entry: Entry, inferred: Inferred): string[] {
  // A lone string holds a comma-separated list (schema.org's convention); the items of an array are kept whole.
  const list = typeof peek(entry, "keywords")?.value === "string";
  const keywords: string[] = [];
  for (const located of take(entry, "keywords")) {
    const text = readText(located, "a keyword", importer.warn, marker(inferred, "keywords"));
    if (text === undefined) continue;
    if (!list || !text.includes(",")) keywords.push(text);
    else {
      for (const word of text.split(",")) if (word.trim().length > 0) keywords.push(word.trim());
    }
  }
  return keywords;
}

/** A text property read into a field of the article, marked when its character references are decoded. */
function optionalText(
  importer: Importer,
  entry: Entry,
  name: string,
  inferred: Inferred,
  field: keyof Article,
): string | undefined {
  return takeText(importer, entry, name, `the ${name}`, marker(inferred, field))?.value;
}

function readDateline(importer: Importer, entry: Entry): string | undefined {
  const at = takeOne(importer, entry, "locationCreated");
  const place =
    at &&
    reference(importer, at, { what: "the locationCreated (dateline)", kinds: ["place"], assume: "Place" });
  if (place === undefined) return undefined;
  // The dateline text is the place's name in newsgraph's output; read it only then, else report it.
  const text = peekText(entry, "dateline");
  const target = at && entryAt(importer, at);
  if (
    text !== undefined &&
    target !== undefined &&
    target !== "dangling" &&
    peekText(target, "name") === text
  ) {
    take(entry, "dateline");
  }
  return place.id;
}

/** The form of an article's schema.org type; a type below the forms the model holds is reported. */
function readForm(importer: Importer, entry: Entry, type: string): ArticleForm | undefined {
  const nearest = [type, ...supertypes(type)].find((name) => FORMS.has(name));
  if (nearest !== undefined && nearest !== type)
    importer.warn(
      `${entry.path}["@type"]`,
      `schema.org ${type} is kept as the form ${nearest}, the nearest the model has`,
    );
  return nearest === undefined ? undefined : FORMS.get(nearest);
}

/** A live blog's updates, in the order listed; each must be an article that can be imported. */
function readUpdates(importer: Importer, entry: Entry, id: string): string[] {
  const updates: string[] = [];
  for (const located of take(entry, "liveBlogUpdate")) {
    const target = entryAt(importer, located);
    const owner = target === undefined || target === "dangling" ? undefined : importer.updates.get(target);
    if (owner !== undefined && owner.liveBlog !== entry) {
      importer.warn(
        located.path,
        `this update is already an update of the live blog at ${owner.liveBlog.path}, and the model keeps it in one; not mapped`,
      );
      continue;
    }
    const form = target === undefined || target === "dangling" ? undefined : typingOf(importer, target)?.form;
    if (
      target !== undefined &&
      target !== "dangling" &&
      form !== "BlogPosting" &&
      form !== "LiveBlogPosting" &&
      typingOf(importer, target)?.family === "article"
    ) {
      importer.warn(
        located.path,
        `a liveBlogUpdate is a BlogPosting, and this is ${aOrAn(typingOf(importer, target)?.form ?? typingOf(importer, target)?.type ?? "Article")}; it is imported as an article of its own, not as an update`,
      );
      reference(importer, located, { what: "the liveBlogUpdate", kinds: ["article"] });
      continue;
    }
    const update = reference(importer, located, {
      what: "the liveBlogUpdate",
      kinds: ["article"],
      assume: "BlogPosting",
    });
    if (update === undefined) continue;
    if (update.id === id || updates.includes(update.id)) {
      importer.warn(
        located.path,
        "this liveBlogUpdate is the live blog itself, or listed already; not mapped",
      );
      continue;
    }
    addEdge(importer, id, "updates", update);
    updates.push(update.id);
  }
  return updates;
}

/** Maps NewsArticle (and its subtypes) and Article nodes onto articles. @internal */
export const articleHandler: Handler = {
  idSources: (importer, entry) => ({
    url: peekUrl(importer, entry),
    name: peekText(entry, "headline") ?? peekText(entry, "name"),
  }),
  missing: (importer, entry) => {
    if (peekText(entry, "headline") === undefined && peekText(entry, "name") === undefined) {
      return "it has no headline (nor name), which the model requires";
    }
    if (
      !hasDate(entry) &&
      !hasDate(entry, "dateCreated") &&
      inferredDatePublished(importer, entry) === undefined
    ) {
      const written = peekValues(entry, "datePublished")[0];
      return written === undefined
        ? "it has no datePublished (nor dateCreated), which the model requires, and nothing in the document bounds it"
        : `its datePublished ${describe(written.value)} is not a possible ISO 8601 date, and nothing in the document bounds it`;
    }
    if (peekUrl(importer, entry) === undefined) {
      return `it has no url (nor a mainEntityOfPage or an http(s) @id), and ${importer.names.noAddress}; the model requires a url`;
    }
    return undefined;
  },
  map: (importer, entry, typing, id) => {
    const inferred: Inferred = {};
    // Beside a form, the genre news stands for no genre in particular: nothing is assumed.
    const genre = GENRES.get(typing.type) ?? "news";
    const form = typing.form === undefined ? undefined : readForm(importer, entry, typing.form);
    const url = readUrlField(importer, entry, inferred);
    let headline = optionalText(importer, entry, "headline", inferred, "headline");
    if (headline === undefined) {
      // `missing` has made sure that the name holds text.
      headline = optionalText(importer, entry, "name", inferred, "headline") ?? "";
      const note = "the headline is not stated; the name is taken as the headline";
      importer.warn(pathOf(entry, "headline"), note);
      infer(inferred, "headline", note);
    } else if (peekText(entry, "name") === headline) take(entry, "name");
    const alternativeHeadline = optionalText(
      importer,
      entry,
      "alternativeHeadline",
      inferred,
      "alternativeHeadline",
    );
    const description = optionalText(importer, entry, "description", inferred, "description");
    const language = readLanguageField(importer, entry, inferred);
    let datePublished = "";
    for (const located of take(entry, "datePublished")) {
      const date = readDate(located, "the datePublished", importer.warn);
      if (date === undefined) continue;
      if (datePublished !== "") {
        importer.warn(located.path, "only one datePublished is kept; this further value is not mapped");
        continue;
      }
      datePublished = date.value;
      if (date.inferred !== undefined) infer(inferred, "datePublished", date.inferred);
    }
    if (datePublished === "") datePublished = readDateCreated(importer, entry, inferred) ?? "";
    else if (peekText(entry, "dateCreated") === peekText(entry, "datePublished")) take(entry, "dateCreated");
    if (datePublished === "") {
      const bounded = inferredDatePublished(importer, entry);
      datePublished = bounded?.value ?? "";
      if (bounded !== undefined) {
        importer.warn(pathOf(entry, "datePublished"), bounded.note);
        infer(inferred, "datePublished", bounded.note);
      }
    }
    const modifiedAt = takeOne(importer, entry, "dateModified");
    let dateModified = modifiedAt && readDate(modifiedAt, "the dateModified", importer.warn);
    if (
      modifiedAt !== undefined &&
      dateModified !== undefined &&
      endsBeforeStart(datePublished, dateModified.value)
    ) {
      importer.warn(
        modifiedAt.path,
        `the dateModified ${dateModified.value} is before the datePublished ${datePublished}; dropped`,
      );
      dateModified = undefined;
    }
    if (dateModified?.inferred !== undefined) infer(inferred, "dateModified", dateModified.inferred);
    const authors: string[] = [];
    for (const located of take(entry, "author")) {
      const author = reference(importer, located, {
        what: "the author",
        kinds: ["actor"],
        assume: "Person",
        names: true,
      });
      if (author !== undefined) authors.push(author.id);
    }
    const publisherAt = takeOne(importer, entry, "publisher");
    const publisher =
      publisherAt &&
      reference(importer, publisherAt, {
        what: "the publisher",
        kinds: ["actor"],
        assume: "Organization",
        names: true,
      });
    const section = optionalText(importer, entry, "articleSection", inferred, "section");
    const keywords = readKeywords(importer, entry, inferred);
    const images = take(entry, "image").flatMap(
      (located) => readImage(importer, located, url, inferred) ?? [],
    );
    const text = optionalText(importer, entry, "articleBody", inferred, "text");
    const dateline = readDateline(importer, entry);
    const subjects = (name: "about" | "mentions"): string[] => {
      const ids: string[] = [];
      for (const located of take(entry, name)) {
        const subject = reference(importer, located, {
          what: `the ${name}`,
          kinds: ["actor", "event", "place"],
        });
        if (subject !== undefined) ids.push(subject.id);
      }
      return ids;
    };
    const about = subjects("about");
    const mentions = subjects("mentions");
    const related = readMainEntityOfPage(importer, entry, url, inferred);
    const published = parseFuzzyDate(datePublished)?.start;
    const after = published === undefined || published === "open" ? undefined : datePublished.split("/")[0];
    const corrections = take(entry, "correction").flatMap(
      (located) => readCorrection(importer, located, inferred, after) ?? [],
    );
    const updates = form === "live-blog-posting" ? readUpdates(importer, entry, id) : [];
    const freeAt = takeOne(importer, entry, "isAccessibleForFree");
    const isAccessibleForFree = freeAt && readBoolean(freeAt, "isAccessibleForFree", importer.warn);
    const article: Article = {
      id,
      url,
      headline,
      ...(alternativeHeadline && { alternativeHeadline }),
      ...(description && { description }),
      genre,
      ...(form && { form }),
      language,
      datePublished,
      ...(dateModified && { dateModified: dateModified.value }),
      authors,
      ...(publisher && { publisher: publisher.id }),
      ...(section && { section }),
      keywords,
      images,
      ...(text !== undefined && { text }),
      ...(dateline && { dateline }),
      about,
      mentions,
      related,
      corrections,
      updates,
      ...(isAccessibleForFree !== undefined && { isAccessibleForFree }),
      ...fieldProvenance<Article["fieldProvenance"]>(inferred),
    };
    importer.collections.articles.push(article);
  },
};
