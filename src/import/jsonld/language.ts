// Languages as schema.org writes them: a BCP 47 tag as text, or a Language node that names one.
import type { Entry } from "./document";
import { type Importer, take, valueNode } from "./importer";
import { describe, type Located } from "./json";
import { isLanguageTag } from "./syntax";
import { readLanguage } from "./values";

/**
 * The tag of a Language node: the first BCP 47 tag among its alternateNames, else among its names (which are
 * then read too). Every other value read is reported. @internal
 */
export function languageTag(importer: Importer, language: Entry): string | undefined {
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

/**
 * The BCP 47 tags of a list of languages, each a tag or a Language node, in order and as written (a repeated
 * tag too); what gives no tag is reported. @internal
 */
export function readLanguageTags(importer: Importer, values: Located[], what: string): string[] {
  const tags: string[] = [];
  for (const located of values) {
    const language = valueNode(importer, located, "language", "Language", what);
    let tag: string | undefined;
    if (language === null) tag = readLanguage(located, what, importer.warn);
    else if (language !== undefined) {
      tag = languageTag(importer, language);
      if (tag === undefined)
        importer.warn(located.path, "the Language gives no BCP 47 tag in its alternateName or name; ignored");
    }
    if (tag !== undefined) tags.push(tag);
  }
  return tags;
}
