// The images of an article: Article docs, "image" and its additional guidelines.
import { type Context, expectValues } from "./context";
import { type NodeAt, resolve, values } from "./document";
import { isAbsoluteUrl, member, show, text } from "./values";

/** Checks the images of an article of type `type`. @internal */
export function checkImages(context: Context, at: NodeAt, type: string): void {
  const { graph, report } = context;
  const images = expectValues(context, at, "image", {
    severity: "warning",
    rule: "article/image",
    message: `the ${type} has no image; Google recommends one`,
  });
  for (const image of images) {
    const resolved = resolve(graph, image);
    if (resolved !== undefined && "unresolved" in resolved) {
      // An image given as { "@id": url } names the image file itself.
      if (!isAbsoluteUrl(resolved.unresolved)) {
        report({
          severity: "error",
          path: image.path,
          rule: "article/image-url",
          message: `the image of the ${type} refers to ${show(resolved.unresolved)}, not an absolute http(s) URL`,
        });
      }
      continue;
    }
    const urls =
      resolved === undefined
        ? [image]
        : [...values(graph, resolved, "url"), ...values(graph, resolved, "contentUrl")];
    if (urls.length === 0) {
      report({
        severity: "error",
        path: member(image.path, "url"),
        rule: "article/image-url",
        message: `the image of the ${type} has neither url nor contentUrl`,
      });
    }
    for (const url of urls) {
      const value = text(url.value);
      if (value === undefined || !isAbsoluteUrl(value)) {
        report({
          severity: "error",
          path: url.path,
          rule: "article/image-url",
          message: `the image of the ${type} is ${show(url.value)}, not an absolute http(s) URL`,
        });
      }
    }
  }
}
