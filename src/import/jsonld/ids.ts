// Node ids for imported nodes: stable slugs derived from `@id`s, URLs or names, made unique.
import { ID_MAX_LENGTH, isNodeId } from "./syntax";

/** Longest id made from a name or a headline, so that ids stay short. */
const NAME_SLUG_LENGTH = 60;

// Letters that NFKD does not take apart into a base letter and a mark.
const LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};

function cut(slug: string, length: number): string {
  if (slug.length <= length) return slug;
  const hyphen = slug.lastIndexOf("-", length);
  return (hyphen > 0 ? slug.slice(0, hyphen) : slug.slice(0, length)).replace(/-+$/, "");
}

/**
 * A slug of a text: accents and apostrophes removed, lower case, runs of anything but letters and digits turned into one
 * hyphen, cut at a hyphen to `length`. Empty when the text has no Latin letters or digits. @internal
 */
export function slugify(text: string, length: number = ID_MAX_LENGTH): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cut(slug, length);
}

// Fragments and path segments that name the kind of node rather than the node (Yoast, WordPress and many
// CMSs write `…/#article`, `…/#organization`, `…#primaryimage`).
const GENERIC = new Set([
  "article",
  "newsarticle",
  "author",
  "publisher",
  "organization",
  "organisation",
  "person",
  "webpage",
  "website",
  "primaryimage",
  "image",
  "logo",
  "breadcrumb",
  "main",
  "content",
  "schema",
  "claim",
  "claimreview",
  "review",
  "event",
  "place",
  "index",
  "amp",
]);

const HASH_LIKE = /^[0-9a-f]{16,}$/;

function usable(slug: string): boolean {
  return slug.length > 0 && !GENERIC.has(slug) && !HASH_LIKE.test(slug) && isNodeId(slug);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lastSegment(path: string): string {
  const segments = path.split("/").filter((segment) => segment.length > 0);
  const last = segments.at(-1) ?? "";
  return decode(last).replace(/\.(?:s?html?|php|aspx?|jsp|cfm)$/i, "");
}

// A fragment newsgraph writes for a node whose plain `#id` another node has: the id, `/`, and a number from 2.
const NUMBERED = /^([a-z0-9-]+)\/(?:[2-9]|[1-9]\d+)$/;

/** Where an id may come from, best first. */
export interface IdSources {
  /** The node's `@id`, resolved. */
  iri?: string | undefined;
  /** The node's own URL (an article's `url`). */
  url?: string | undefined;
  /** A name, headline or statement. */
  name?: string | undefined;
  /** The last resort, a slug: the kind of node. */
  kind: string;
  /** Set when the `@id`'s fragment names the node's type (`#person`), not the node: it is then no id. */
  typedFragment?: boolean | undefined;
}

/**
 * The candidate ids of a node, best first: the `@id`'s fragment (its last `/` segment, if it has any), or
 * the last segment of the `@id`'s path when it has no fragment (or the node is an article), then the last
 * segment of the URL's path, then the name; the kind of node when there is nothing else. Fragments and
 * segments that look like a hash, or that name a kind of node (`#article`, `#organization`), are passed
 * over. But for any node other than an `article`, a fragment that is a slug as written is the first
 * candidate whatever it says, and `exact` is set: such ids are given out before all others, so that they
 * survive unchanged (newsgraph writes every node but an article as its base URL, `#` and its id). So is the
 * id in a fragment made of an id, `/` and a number from 2 (`#nato/2`), which newsgraph writes for a node whose
 * `#nato` another node has.
 * @internal
 */
export function idCandidates(sources: IdSources, article: boolean): { candidates: string[]; exact: boolean } {
  const candidates: string[] = [];
  let exact = false;
  const push = (slug: string): void => {
    if (usable(slug) && !candidates.includes(slug)) candidates.push(slug);
  };
  const { iri, url, name, kind } = sources;
  if (iri !== undefined) {
    const hash = iri.indexOf("#");
    if (hash !== -1) {
      const fragment = decode(iri.slice(hash + 1));
      const segment = lastSegment(fragment);
      const own = NUMBERED.exec(fragment)?.[1] ?? (fragment === segment ? fragment : undefined);
      if (!article && sources.typedFragment !== true && own !== undefined && isNodeId(own)) {
        exact = true;
        candidates.push(own);
      }
      push(slugify(segment));
    }
    // A fragment names a node within a page: the page's own path names the node only for an article.
    if (hash === -1 || article) push(slugify(lastSegment(pathOf(hash === -1 ? iri : iri.slice(0, hash)))));
  }
  if (url !== undefined) push(slugify(lastSegment(pathOf(url))));
  if (name !== undefined) push(slugify(name, NAME_SLUG_LENGTH));
  if (candidates.length === 0) candidates.push(kind);
  return { candidates, exact };
}

function pathOf(iri: string): string {
  try {
    return new URL(iri).pathname;
  } catch {
    // A relative or non-URL @id: its own text is the path.
    return iri.replace(/[?].*$/, "");
  }
}

/** The ids given out so far, and for each base the next suffix to try, so that many equal names stay cheap. */
export interface IdAllocation {
  taken: Set<string>;
  nextSuffix: Map<string, number>;
}

/** A fresh allocation. @internal */
export const newAllocation = (): IdAllocation => ({ taken: new Set(), nextSuffix: new Map() });

/**
 * Gives out ids: the first candidate not taken, else the first with the smallest free `-2`, `-3`… suffix.
 * @internal
 */
export function allocateId(candidates: readonly string[], allocation: IdAllocation): string {
  const { taken, nextSuffix } = allocation;
  for (const candidate of candidates) {
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
  const base = candidates[0] ?? "node";
  for (let counter = nextSuffix.get(base) ?? 2; ; counter++) {
    const suffix = `-${counter}`;
    const id = `${cut(base, ID_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(id)) {
      taken.add(id);
      nextSuffix.set(base, counter + 1);
      return id;
    }
  }
}
