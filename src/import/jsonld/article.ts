// NewsArticle, its subtypes and Article → Article.
import type {
  Article,
  ArticleForm,
  ArticleGenre,
  ArticleImage,
  BreadcrumbItem,
  Citation,
  Contributor,
  ContributorRole,
  Correction,
  RelatedLink,
} from "../../model/article";
import { endsBeforeStart, parseFuzzyDate } from "../../model/fuzzy-date-syntax";
import { isHttpUrl } from "../../model/http-url-syntax";
import { contributorRoles } from "../../model/vocabulary";
import { inferredDatePublished } from "./article-date";
import type { Entry } from "./document";
import { isReference, mergeEntries } from "./document";
import { readImageFile } from "./image";
import {
  addEdge,
  aOrAn,
  entryAt,
  entryOf,
  type Handler,
  type Importer,
  isOfFamily,
  pathOf,
  peek,
  peekText,
  peekValues,
  reference,
  resolveIri,
  take,
  takeNumber,
  takeOne,
  takeText,
  typingOf,
  valueNode,
} from "./importer";
import { describe, isObject, type Located } from "./json";
import { languageTag } from "./language";
import { fieldProvenance, type Inferred, infer, marker } from "./provenance";
import { readBoolean, readDate, readLanguage, readText, readUrl, resolveUrl } from "./values";
import { supertypes } from "./vocabulary";

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

/**
 * Finds the updates of every LiveBlogPosting (the article entries its `liveBlogUpdate` holds or refers to),
 * before anything is mapped: an update's address depends on its live blog's. @internal
 */
export function indexLiveBlogUpdates(importer: Importer): void {
  for (const entry of importer.document.entries) {
    if (!entry.types.has("LiveBlogPosting")) continue;
    peekValues(entry, "liveBlogUpdate").forEach(({ value }, index) => {
      const update = entryOf(importer, value);
      if (
        update !== undefined &&
        update !== entry &&
        isOfFamily(update, "article") &&
        !importer.updates.has(update)
      )
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

/**
 * The url of the first article in the document that states an absolute one (or has an http(s) `@id`): the
 * base of relative URLs in values when no `baseUrl` option is given. @internal
 */
export function firstArticleUrl(importer: Importer): string | undefined {
  for (const entry of importer.document.entries) {
    if (!isOfFamily(entry, "article")) continue;
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
    if (!isOfFamily(entry, "article")) continue;
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

/** One item of a BreadcrumbList: its place in the trail, and the section it names. */
function readListItem(
  importer: Importer,
  located: Located,
  base: string,
): { position: number; item: BreadcrumbItem } | undefined {
  const listItem = valueNode(importer, located, "list-item", "ListItem", "a breadcrumb item");
  if (listItem === null) {
    importer.warn(
      located.path,
      `expected a ListItem in the breadcrumb, found ${describe(located.value)}; dropped`,
    );
    return undefined;
  }
  if (listItem === undefined) return undefined;
  const position = takeNumber(importer, listItem, "position");
  let name = takeText(importer, listItem, "name", "the breadcrumb item's name")?.value;
  let url: string | undefined;
  const itemAt = takeOne(importer, listItem, "item");
  if (itemAt !== undefined) {
    const page = isObject(itemAt.value) && !isReference(itemAt.value) ? entryAt(importer, itemAt) : undefined;
    if (page !== undefined && page !== "dangling") {
      // The section's page written in place: its url (else its @id) and, when the item has none, its name.
      page.read = "read";
      const urlAt = takeOne(importer, page, "url");
      const own = urlAt ?? (page.iri === undefined ? undefined : { value: page.iri, path: itemAt.path });
      url = own && readUrl(own, "the breadcrumb item's url", base, importer.warn);
      name ??= takeText(importer, page, "name", "the breadcrumb item's name")?.value;
    } else url = readUrl(itemAt, "the breadcrumb item", base, importer.warn);
  }
  if (url === undefined || name === undefined) {
    importer.warn(
      located.path,
      `the breadcrumb item has no ${url === undefined ? "url" : "name"}; the model keeps the sections above the article, each with its name and page (the article itself is no item); dropped`,
    );
    return undefined;
  }
  return { position: position ?? Number.POSITIVE_INFINITY, item: { name, url } };
}

/** The sections of a WebPage's BreadcrumbList, in the order of their positions. */
function readBreadcrumb(importer: Importer, page: Entry, base: string): BreadcrumbItem[] {
  const [first, ...rest] = take(page, "breadcrumb");
  for (const extra of rest)
    importer.warn(extra.path, "only one breadcrumb is kept; this further value is not mapped");
  if (first === undefined) return [];
  const list = valueNode(importer, first, "breadcrumb-list", "BreadcrumbList", "the breadcrumb");
  if (list === null) {
    importer.warn(first.path, `expected a BreadcrumbList, found ${describe(first.value)}; not mapped`);
    return [];
  }
  if (list === undefined) return [];
  return readListItems(importer, list, base);
}

function readListItems(importer: Importer, list: Entry, base: string): BreadcrumbItem[] {
  const items = take(list, "itemListElement").flatMap(
    (located) => readListItem(importer, located, base) ?? [],
  );
  // A stable sort: items without a position keep their place after the numbered ones.
  return items.sort((left, right) => left.position - right.position || 0).map(({ item }) => item);
}

// The BreadcrumbList at the top level of a document whose top level holds it and one article alone, sought
// once per document: every article without a breadcrumb of its own asks, and a document of n articles would
// otherwise cost n scans of its n entries. The top level is fixed once the document is read.
const loneLists = /* @__PURE__ */ new WeakMap<Importer["document"], Entry | null>();

function loneBreadcrumbList(document: Importer["document"]): Entry | undefined {
  let list = loneLists.get(document);
  if (list === undefined) {
    let articles = 0;
    let lists = 0;
    list = null;
    for (const entry of document.entries) {
      if (!entry.topLevel) continue;
      if (isOfFamily(entry, "article")) articles++;
      else if (isOfFamily(entry, "breadcrumb-list")) {
        lists++;
        list = entry;
      }
    }
    if (articles !== 1 || lists !== 1) list = null;
    loneLists.set(document, list);
  }
  return list ?? undefined;
}

/**
 * A BreadcrumbList that stands on its own beside the one article of the document, as many pages write it: it can
 * only be that article's page's breadcrumb, which is said in `fieldProvenance`.
 */
function loneBreadcrumb(importer: Importer, base: string, inferred: Inferred): BreadcrumbItem[] {
  const list = loneBreadcrumbList(importer.document);
  if (list === undefined || list.read !== false) return [];
  list.read = "read";
  const items = readListItems(importer, list, base);
  if (items.length > 0) {
    const note =
      "the BreadcrumbList stands beside the article without a link to it; the document has one article, so it is taken as the breadcrumb of its page";
    importer.warn(list.path, note);
    infer(inferred, "breadcrumb", note);
  }
  return items;
}

/**
 * Reads the WebPage's isPartOf: the site of the article's publisher is read with the publisher (its
 * languages); anything else is reported.
 */
function readPartOf(importer: Importer, page: Entry, publisher: Entry | undefined): void {
  for (const located of take(page, "isPartOf")) {
    const site = entryAt(importer, located);
    if (site === "dangling") continue;
    const owner = site?.properties.get("publisher");
    const ownerEntry =
      owner === undefined ? undefined : entryAt(importer, { value: owner.value, path: owner.path });
    const isSite = site !== undefined && isOfFamily(site, "web-site");
    if (!isSite || ownerEntry === undefined || ownerEntry !== publisher) {
      importer.warn(
        located.path,
        "the WebPage's isPartOf is not the WebSite of the article's publisher, the one site the model keeps; not mapped",
      );
    }
  }
}

function readMainEntityOfPage(
  importer: Importer,
  entry: Entry,
  url: string,
  inferred: Inferred,
  publisher: Entry | undefined,
): { related: RelatedLink[]; breadcrumb: BreadcrumbItem[] } {
  const related: RelatedLink[] = [];
  let breadcrumb: BreadcrumbItem[] = [];
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
    if (breadcrumb.length === 0) breadcrumb = readBreadcrumb(importer, found, url);
    readPartOf(importer, found, publisher);
  }
  if (related.length > 0) {
    const note =
      "schema.org relatedLink gives only a URL; each link's URL stands in for the title the model requires";
    importer.warn(pathOf(entry, "mainEntityOfPage"), note);
    infer(inferred, "related", note);
  }
  return { related, breadcrumb };
}

const isContributorRole = (name: string): name is ContributorRole =>
  (contributorRoles as readonly string[]).includes(name);

/** `editor`, `translator` and `contributor` (a Role names the contribution) → contributors, in that order. */
function readContributors(importer: Importer, entry: Entry): Contributor[] {
  const contributors: Contributor[] = [];
  const actorAt = (located: Located, what: string) =>
    reference(importer, located, { what, kinds: ["actor"], assume: "Person", names: true });
  for (const role of ["editor", "translator"] as const) {
    for (const located of take(entry, role)) {
      const actor = actorAt(located, `the ${role}`);
      if (actor !== undefined) contributors.push({ actor: actor.id, role });
    }
  }
  for (const located of take(entry, "contributor")) {
    const found = entryAt(importer, located);
    if (found === "dangling") continue;
    if (found === undefined || typingOf(importer, found)?.family !== "role") {
      const actor = actorAt(located, "the contributor");
      if (actor !== undefined) contributors.push({ actor: actor.id });
      continue;
    }
    found.read = "read";
    const inner = takeOne(importer, found, "contributor");
    const actor = inner && actorAt(inner, "the role's contributor");
    if (actor === undefined) {
      if (inner === undefined) importer.warn(located.path, "the role names no contributor; dropped");
      // Reported as a whole: its roleName says nothing without a contributor.
      found.read = "reported";
      continue;
    }
    const roleName = takeText(importer, found, "roleName", "the roleName");
    if (roleName === undefined || isContributorRole(roleName.value)) {
      contributors.push({ actor: actor.id, ...(roleName && { role: roleName.value as ContributorRole }) });
      continue;
    }
    importer.warn(
      roleName.path,
      `the roleName ${describe(roleName.value)} is none of ${contributorRoles.join(", ")}; the contributor is kept without a role`,
    );
    contributors.push({ actor: actor.id });
  }
  return contributors;
}

/** A cited work: a URL, a title, or a CreativeWork (of any type the model does not map) with a name and url. */
function readCitation(importer: Importer, located: Located, base: string): Citation | undefined {
  const { value, path } = located;
  if (typeof value === "string") {
    if (isHttpUrl(value)) return { url: value };
    const title = readText(located, "the citation", importer.warn);
    return title === undefined ? undefined : { title };
  }
  if (isObject(value) && isReference(value) && typeof value["@id"] === "string") {
    const named = importer.document.byIri.get(resolveIri(importer, value["@id"]));
    if (named === undefined) {
      const url = readUrl(located, "the citation", base, importer.warn);
      return url === undefined ? undefined : { url };
    }
  }
  const work = entryAt(importer, located);
  if (work === "dangling") return undefined;
  if (work === undefined) {
    importer.warn(path, `expected a cited work, found ${describe(value)}; dropped`);
    return undefined;
  }
  const typing = typingOf(importer, work);
  if (typing !== null) {
    importer.warn(path, `a citation that is ${aOrAn(typing.type)} is not mapped`);
    return undefined;
  }
  work.read = "read";
  const unknown = [...work.types].filter((type) => type !== "CreativeWork");
  if (unknown.length > 0)
    importer.warn(`${work.path}["@type"]`, `the citation's type ${unknown.join(", ")} is not kept`);
  const title =
    takeText(importer, work, "name", "the citation's name")?.value ??
    takeText(importer, work, "headline", "the citation's headline")?.value;
  const urlAt = takeOne(importer, work, "url");
  const url = urlAt && readUrl(urlAt, "the citation's url", base, importer.warn);
  if (title === undefined && url === undefined) {
    importer.warn(path, "the citation has neither a name nor a url; dropped");
    return undefined;
  }
  return { ...(title !== undefined && { title }), ...(url !== undefined && { url }) };
}

/** The CSS selectors of the parts of the page that are not free (`hasPart` WebPageElements). */
function readClosedParts(importer: Importer, entry: Entry): { parts: string[]; at: string | undefined } {
  const parts: string[] = [];
  const values = take(entry, "hasPart");
  for (const located of values) {
    const part = valueNode(importer, located, "web-page-element", "WebPageElement", "the hasPart");
    if (part === null) {
      importer.warn(located.path, `expected a WebPageElement, found ${describe(located.value)}; not mapped`);
      continue;
    }
    if (part === undefined) continue;
    const freeAt = takeOne(importer, part, "isAccessibleForFree");
    const free = freeAt && readBoolean(freeAt, "the part's isAccessibleForFree", importer.warn);
    if (free !== false) {
      importer.warn(
        located.path,
        "a part of the page that is not marked isAccessibleForFree false is not mapped: the model names the closed parts only",
      );
      part.read = "reported";
      continue;
    }
    const selectors = take(part, "cssSelector").flatMap(
      (at) => readText(at, "the cssSelector", importer.warn) ?? [],
    );
    if (selectors.length === 0)
      importer.warn(located.path, "the closed part names no cssSelector; not mapped");
    parts.push(...selectors);
  }
  return { parts, at: values[0]?.path };
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

function readImage(
  importer: Importer,
  located: Located,
  base: string,
  inferred: Inferred,
): ArticleImage | undefined {
  const read = readImageFile(importer, located, base, "the image");
  if (read === undefined) return undefined;
  const { node } = read;
  const image: ArticleImage = { ...read.image };
  if (node === undefined) return image;
  const caption = takeText(importer, node, "caption", "the caption", marker(inferred, "images"));
  if (caption !== undefined) image.caption = caption.value;
  const credit = takeText(importer, node, "creditText", "the creditText", marker(inferred, "images"));
  if (credit !== undefined) image.credit = credit.value;
  const creatorAt = takeOne(importer, node, "creator");
  const creator =
    creatorAt &&
    reference(importer, creatorAt, {
      what: "the image's creator",
      kinds: ["actor"],
      assume: "Person",
      names: true,
    });
  if (creator !== undefined) image.creator = creator.id;
  const notice = takeText(importer, node, "copyrightNotice", "the copyrightNotice");
  if (notice !== undefined) image.copyrightNotice = notice.value;
  for (const name of ["license", "acquireLicensePage"] as const) {
    const at = takeOne(importer, node, name);
    const url = at && readUrl(at, `the image's ${name}`, base, importer.warn);
    if (url !== undefined) image[name] = url;
  }
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
    if (published === undefined) {
      importer.warn(
        located.path,
        "a correction's date is not stated, nor the article's datePublished to date it from: it is kept without a date",
      );
      return undefined;
    }
    const note = `a correction's date is not stated; a correction follows publication, so it is dated ${published}/.. (from the article's datePublished on)`;
    importer.warn(located.path, note);
    infer(inferred, "corrections", note);
    return `${published}/..`;
  };
  if (typeof located.value === "string") {
    const text = readText(located, "the correction", importer.warn, marker(inferred, "corrections"));
    if (text === undefined) return undefined;
    const date = undated();
    return date === undefined ? { text } : { date, text };
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
  return date === undefined ? { text } : { date, text };
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
  prose = false,
): string | undefined {
  return takeText(importer, entry, name, `the ${name}`, marker(inferred, field), prose)?.value;
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
    const description = optionalText(importer, entry, "description", inferred, "description", true);
    const language = readLanguageField(importer, entry, inferred);
    let datePublished: string | undefined;
    let written = false;
    for (const located of take(entry, "datePublished")) {
      written = true;
      const date = readDate(located, "the datePublished", importer.warn);
      if (date === undefined) continue;
      if (datePublished !== undefined) {
        importer.warn(located.path, "only one datePublished is kept; this further value is not mapped");
        continue;
      }
      datePublished = date.value;
      if (date.inferred !== undefined) infer(inferred, "datePublished", date.inferred);
    }
    if (datePublished === undefined) datePublished = readDateCreated(importer, entry, inferred);
    else if (peekText(entry, "dateCreated") === peekText(entry, "datePublished")) take(entry, "dateCreated");
    if (datePublished === undefined) {
      const bounded = inferredDatePublished(importer, entry);
      datePublished = bounded?.value;
      const note =
        bounded?.note ??
        (written
          ? "no datePublished could be read, and nothing in the document bounds it: the article is imported without a date"
          : "the datePublished is not stated (nor dateCreated), and nothing in the document bounds it: the article is imported without a date");
      importer.warn(pathOf(entry, "datePublished"), note);
      if (bounded !== undefined) infer(inferred, "datePublished", note);
    }
    const modifiedAt = takeOne(importer, entry, "dateModified");
    let dateModified = modifiedAt && readDate(modifiedAt, "the dateModified", importer.warn);
    if (
      modifiedAt !== undefined &&
      dateModified !== undefined &&
      datePublished !== undefined &&
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
    // schema.org makes a CreativeWork's creator the same as its author: read it when no author is named.
    const named = peek(entry, "author") !== undefined ? "author" : "creator";
    for (const located of take(entry, named)) {
      const author = reference(importer, located, {
        what: `the ${named}`,
        kinds: ["actor"],
        assume: "Person",
        names: true,
      });
      if (author !== undefined) authors.push(author.id);
    }
    if (named === "creator" && authors.length > 0) {
      const note =
        "the author is not stated; the creator is taken as the author, which schema.org says it is for a creative work";
      importer.warn(pathOf(entry, "creator"), note);
      infer(inferred, "authors", note);
    }
    const contributors = readContributors(importer, entry);
    const publisherAt = takeOne(importer, entry, "publisher");
    const publisherEntry = publisherAt && entryAt(importer, publisherAt);
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
    const text = optionalText(importer, entry, "articleBody", inferred, "text", true);
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
    const { related, breadcrumb } = readMainEntityOfPage(
      importer,
      entry,
      url,
      inferred,
      publisherEntry === "dangling" ? undefined : publisherEntry,
    );
    if (breadcrumb.length === 0) breadcrumb.push(...loneBreadcrumb(importer, url, inferred));
    const citations = take(entry, "citation").flatMap(
      (located) => readCitation(importer, located, url) ?? [],
    );
    const backstory = optionalText(importer, entry, "backstory", inferred, "backstory", true);
    const published = datePublished === undefined ? undefined : parseFuzzyDate(datePublished)?.start;
    const after =
      datePublished === undefined || published === undefined || published === "open"
        ? undefined
        : datePublished.split("/")[0];
    const corrections = take(entry, "correction").flatMap(
      (located) => readCorrection(importer, located, inferred, after) ?? [],
    );
    const updates = form === "live-blog-posting" ? readUpdates(importer, entry, id) : [];
    const freeAt = takeOne(importer, entry, "isAccessibleForFree");
    let isAccessibleForFree = freeAt && readBoolean(freeAt, "isAccessibleForFree", importer.warn);
    let { parts: paywalledParts, at: partsAt } = readClosedParts(importer, entry);
    if (paywalledParts.length > 0 && isAccessibleForFree === true) {
      importer.warn(
        partsAt ?? pathOf(entry, "hasPart"),
        "the article is isAccessibleForFree true, which its parts that are not free contradict; the parts are not mapped",
      );
      paywalledParts = [];
    } else if (paywalledParts.length > 0 && isAccessibleForFree === undefined) {
      const note =
        "isAccessibleForFree is not stated; parts of the page that are not free make the article not free";
      importer.warn(pathOf(entry, "isAccessibleForFree"), note);
      infer(inferred, "isAccessibleForFree", note);
      isAccessibleForFree = false;
    }
    const article: Article = {
      id,
      url,
      headline,
      ...(alternativeHeadline && { alternativeHeadline }),
      ...(description && { description }),
      genre,
      ...(form && { form }),
      language,
      ...(datePublished !== undefined && { datePublished }),
      ...(dateModified && { dateModified: dateModified.value }),
      authors,
      contributors,
      ...(publisher && { publisher: publisher.id }),
      ...(section && { section }),
      breadcrumb,
      keywords,
      images,
      ...(text !== undefined && { text }),
      ...(dateline && { dateline }),
      about,
      mentions,
      related,
      citations,
      ...(backstory && { backstory }),
      corrections,
      updates,
      ...(isAccessibleForFree !== undefined && { isAccessibleForFree }),
      paywalledParts,
      ...fieldProvenance<Article["fieldProvenance"]>(inferred),
    };
    importer.collections.articles.push(article);
  },
};
