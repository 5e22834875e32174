import type { ImageObjectLeaf, QuantitativeValueLeaf } from "schema-dts";
import type { ArticleImage } from "../model/article";
import type { ImageFile } from "../model/image-file";
import { clean, type MappingContext } from "./mapping-context";

// An image's width or height: schema.org takes a Distance or a QuantitativeValue, here in pixels (E37).
const pixels = (value: number | undefined): QuantitativeValueLeaf | undefined =>
  value === undefined ? undefined : { "@type": "QuantitativeValue", value, unitCode: "E37" };

/**
 * An image file (a logo, a portrait) as a schema.org ImageObject: `url`, and `width` and `height` as
 * QuantitativeValues in pixels (`unitCode` E37).
 *
 * @example
 * ```ts
 * import { imageFileObject } from "./image";
 *
 * imageFileObject({ url: "https://example.org/logo.png", width: 600, height: 60 });
 * // { "@type": "ImageObject", url: "https://example.org/logo.png",
 * //   width: { "@type": "QuantitativeValue", value: 600, unitCode: "E37" }, height: { … value: 60 … } }
 * ```
 */
export function imageFileObject(image: ImageFile): ImageObjectLeaf {
  return clean<ImageObjectLeaf>({
    "@type": "ImageObject",
    url: image.url,
    width: pixels(image.width),
    height: pixels(image.height),
  });
}

/**
 * An article's image as a schema.org ImageObject: the file and its size, `caption`, the credit line as
 * `creditText`, and the rights with schema.org's IPTC-aligned properties: `copyrightNotice`, `license`,
 * `acquireLicensePage` and `creator` (a reference to the actor, written on the page as a card).
 *
 * @example
 * ```ts
 * import { articleImageObject } from "./image";
 * import type { MappingContext } from "./mapping-context";
 *
 * declare const context: MappingContext;
 * articleImageObject({ url: "https://example.org/bridge.jpg", credit: "Sam Lee", creator: "sam-lee",
 *   license: "https://example.org/licences/editorial" }, context);
 * // { "@type": "ImageObject", url: "https://example.org/bridge.jpg", creditText: "Sam Lee",
 * //   creator: { "@id": "…#sam-lee" }, license: "https://example.org/licences/editorial" }
 * ```
 */
export function articleImageObject(image: ArticleImage, context: MappingContext): ImageObjectLeaf {
  const { creator } = image;
  return clean<ImageObjectLeaf>({
    "@type": "ImageObject",
    url: image.url,
    width: pixels(image.width),
    height: pixels(image.height),
    caption: image.caption,
    creditText: image.credit,
    creator: creator === undefined ? undefined : context.ref(creator, "card"),
    copyrightNotice: image.copyrightNotice,
    license: image.license,
    acquireLicensePage: image.acquireLicensePage,
  });
}
