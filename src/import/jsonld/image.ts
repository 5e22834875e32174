// ImageObject (or an image's URL) → an image file: a url and its size in pixels.
import type { ImageFile } from "../../model/image-file";
import type { Entry } from "./document";
import { type Importer, takeOne, valueNode } from "./importer";
import { describe, type Located } from "./json";
import { readPositiveInteger, readUrl } from "./values";

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

/**
 * An image file from an image's URL or an ImageObject (its `url`, else its `contentUrl`, and its `width` and
 * `height` in pixels), with the ImageObject's entry when there is one, for the caller to read more of it.
 * Relative URLs resolve against `base`. `undefined`, reported, for what is no image. @internal
 */
export function readImageFile(
  importer: Importer,
  located: Located,
  base: string | undefined,
  what: string,
): { image: ImageFile; node: Entry | undefined } | undefined {
  if (typeof located.value === "string") {
    const url = readUrl(located, what, base, importer.warn);
    return url === undefined ? undefined : { image: { url }, node: undefined };
  }
  const node = valueNode(importer, located, "image", "ImageObject", what);
  if (node === null) {
    importer.warn(
      located.path,
      `expected an image URL or ImageObject, found ${describe(located.value)}; dropped`,
    );
    return undefined;
  }
  if (node === undefined) return undefined;
  const urlAt = takeOne(importer, node, node.properties.has("url") ? "url" : "contentUrl");
  const url = urlAt && readUrl(urlAt, `${what}'s url`, base, importer.warn);
  if (url === undefined) {
    if (urlAt === undefined) importer.warn(located.path, "the ImageObject has no url or contentUrl; dropped");
    return undefined;
  }
  const image: ImageFile = { url };
  for (const name of ["width", "height"] as const) {
    const at = takeOne(importer, node, name);
    const size = at && readPixels(importer, at, `${what}'s ${name}`);
    if (size !== undefined) image[name] = size;
  }
  return { image, node };
}
