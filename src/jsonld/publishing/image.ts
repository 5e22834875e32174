// Images: an article's (Article docs, "image" and its additional guidelines: crawlable URLs, for best results
// at least 50,000 pixels and, given several, the aspect ratios 16x9, 4x3 and 1x1) and a publisher's logo
// (Organization docs: at least 112 × 112 pixels).
import { type Context, checkUrl, expectValues } from "./context";
import { type Graph, type NodeAt, resolve, values } from "./document";
import type { PublishingRule } from "./rules";
import { type Located, member, numeric, text } from "./values";

/** An image's size in pixels, when the markup gives it. @internal */
export interface PixelSize {
  width: number;
  height: number;
}

const MIN_PIXELS = 50_000;
const RATIOS = [
  { name: "16x9", ratio: 16 / 9 },
  { name: "4x3", ratio: 4 / 3 },
  { name: "1x1", ratio: 1 },
] as const;
// How far a size may be from a ratio and still have it: 1280 × 720 is 16x9, and so is 1200 × 676.
const RATIO_TOLERANCE = 0.01;

// Units of a QuantitativeValue that mean pixels: UN/CEFACT's code, and the words.
const PIXEL_UNITS = new Set(["e37", "px", "pixel", "pixels"]);

const positive = (value: number | undefined): number | undefined =>
  value !== undefined && value > 0 ? value : undefined;

/** A width or height in pixels: a number, "1200" or "1200px", or a QuantitativeValue in pixels. */
function pixels(graph: Graph, at: NodeAt, key: "width" | "height"): number | undefined {
  const [first] = values(graph, at, key);
  if (first === undefined) return undefined;
  const quantity = resolve(graph, first);
  if (quantity !== undefined && !("unresolved" in quantity) && !Object.hasOwn(quantity.node, "@value")) {
    const unit = [...values(graph, quantity, "unitCode"), ...values(graph, quantity, "unitText")]
      .map(({ value }) => text(value)?.trim().toLowerCase())
      .find((found) => found !== undefined);
    if (unit !== undefined && !PIXEL_UNITS.has(unit)) return undefined;
    return positive(numeric(values(graph, quantity, "value")[0]?.value));
  }
  const literal = text(first.value)?.trim().replace(/ ?px$/i, "");
  return positive(typeof first.value === "number" ? first.value : numeric(literal));
}

/**
 * Checks the URL of an image (a URL, an `{ "@id" }` naming the file, or an ImageObject's url and
 * contentUrl) under `rule`, and gives its size when the markup states it. @internal
 */
export function readImage(
  context: Context,
  image: Located,
  rule: PublishingRule,
  what: string,
): PixelSize | undefined {
  const resolved = resolve(context.graph, image);
  if (resolved === undefined || "unresolved" in resolved) {
    // A URL, or an image given as { "@id": url }, which names the image file itself.
    checkUrl(context, image, rule, what);
    return undefined;
  }
  const urls = [...values(context.graph, resolved, "url"), ...values(context.graph, resolved, "contentUrl")];
  if (urls.length === 0) {
    context.report({
      severity: "error",
      path: member(image.path, "url"),
      rule,
      message: `${what} has neither url nor contentUrl`,
    });
  }
  for (const url of urls) checkUrl(context, url, rule, what);
  const width = pixels(context.graph, resolved, "width");
  const height = pixels(context.graph, resolved, "height");
  return width === undefined || height === undefined ? undefined : { width, height };
}

const ratioOf = ({ width, height }: PixelSize): string | undefined =>
  RATIOS.find(({ ratio }) => Math.abs(width / height / ratio - 1) <= RATIO_TOLERANCE)?.name;

/** Checks the images of an article of type `type`. @internal */
export function checkImages(context: Context, at: NodeAt, type: string): void {
  const images = expectValues(context, at, "image", {
    severity: "warning",
    rule: "article/image",
    message: `the ${type} has no image; Google recommends one`,
  });
  const sizes: (PixelSize | undefined)[] = [];
  for (const image of images) {
    const size = readImage(context, image, "article/image-url", `the image of the ${type}`);
    sizes.push(size);
    if (size !== undefined && size.width * size.height < MIN_PIXELS) {
      context.report({
        severity: "warning",
        path: image.path,
        rule: "article/image-size",
        message:
          `the image of the ${type} is ${size.width} × ${size.height} pixels (${size.width * size.height}); ` +
          `Google recommends at least ${MIN_PIXELS.toLocaleString("en")} pixels, width × height`,
      });
    }
  }
  // Ratios can only be told when every image states its size.
  const measured = sizes.filter((size): size is PixelSize => size !== undefined);
  if (images.length < 2 || measured.length < images.length) return;
  const found = new Set(measured.map(ratioOf));
  const missing = RATIOS.map(({ name }) => name).filter((name) => !found.has(name));
  if (missing.length === 0) return;
  context.report({
    severity: "warning",
    path: member(at.path, "image"),
    rule: "article/image-ratios",
    message:
      `the ${images.length} images of the ${type} have no image of the aspect ratio ${missing.join(" or ")}; ` +
      "Google recommends several images, of the aspect ratios 16x9, 4x3 and 1x1",
  });
}
