import * as z from "zod";
import { HttpUrl } from "./http-url";
import { newsgraphRegistry } from "./registry";

// `.int()` keeps to the safe integers itself; a `.max()` of its own would report the same issue twice.
const positiveInteger = z.number().int().min(1);

/**
 * The fields every image has: where the file is and, when known, its size. An article's images add their
 * caption and rights to them.
 * @internal
 */
export const imageFileShape = {
  /** Absolute URL of the image file. */
  url: HttpUrl,
  /** Width in pixels. */
  width: positiveInteger.optional(),
  /** Height in pixels. */
  height: positiveInteger.optional(),
};

/**
 * An image file and its size in pixels: a publisher's logo, a person's portrait.
 *
 * @example
 * ```ts
 * import { ImageFile } from "newsgraph";
 *
 * ImageFile.parse({ url: "https://example.org/logo.png", width: 600, height: 60 });
 * ```
 */
export const ImageFile: z.ZodObject<typeof imageFileShape, z.core.$strict> = z.strictObject(imageFileShape);
newsgraphRegistry.add(ImageFile, {
  id: "ImageFile",
  description: "An image file and its size in pixels: a logo, a portrait.",
});

/**
 * An image file.
 *
 * @example
 * ```ts
 * import { ImageFile } from "newsgraph";
 *
 * const logo: ImageFile = { url: "https://example.org/logo.png", width: 600, height: 60 };
 * ```
 */
export interface ImageFile extends z.output<typeof ImageFile> {}
