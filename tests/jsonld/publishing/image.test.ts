// The images of an article (Google's Article documentation, "image" and its guidelines): crawlable URLs, for
// best results at least 50,000 pixels, and given several, the aspect ratios 16x9, 4x3 and 1x1.
import { describe, expect, test } from "vitest";
import { article, check, only, rules } from "./support";

const image = (url: string, width: unknown, height: unknown) => ({
  "@type": "ImageObject",
  url,
  width,
  height,
});

describe("article images", () => {
  test("article/image: a missing image is a warning", () => {
    expect(only(article({ image: undefined }), "article/image").severity).toBe("warning");
  });

  test("article/image-url: a relative image url is an error", () => {
    const finding = only(article({ image: ["https://example.org/a.jpg", "/b.jpg"] }), "article/image-url");
    expect(finding).toMatchObject({ severity: "error", path: "$.image[1]" });
  });

  test("article/image-url: an ImageObject is read through its url or contentUrl", () => {
    expect(rules(article({ image: { "@type": "ImageObject", url: "https://example.org/a.jpg" } }))).toEqual(
      [],
    );
    expect(
      rules(article({ image: { "@type": "ImageObject", contentUrl: "https://example.org/a.jpg" } })),
    ).toEqual([]);
    expect(only(article({ image: { "@type": "ImageObject", url: "a.jpg" } }), "article/image-url").path).toBe(
      "$.image.url",
    );
  });

  test("article/image-url: an ImageObject with neither url nor contentUrl is an error", () => {
    expect(
      only(article({ image: { "@type": "ImageObject", caption: "x" } }), "article/image-url").severity,
    ).toBe("error");
  });

  test("article/image-url: an image given as an @id that is an absolute URL is accepted", () => {
    expect(rules(article({ image: { "@id": "https://example.org/a.jpg" } }))).toEqual([]);
    expect(only(article({ image: { "@id": "#img" } }), "article/image-url").severity).toBe("error");
  });

  test("article/image-url: a URL on a host no crawler can reach is an error that names the host", () => {
    for (const url of [
      "http://localhost/a.jpg",
      "https://cms.internal/a.jpg",
      "http://intranet/a.jpg",
      "http://192.168.1.10/a.jpg",
      "http://10.0.0.1/a.jpg",
      "http://[::1]/a.jpg",
      "https://photos.example/a.jpg",
    ]) {
      const finding = only(article({ image: url }), "article/image-url");
      expect(finding).toMatchObject({ severity: "error", path: "$.image" });
      expect(finding.message).toContain(`(${new URL(url).hostname})`);
    }
    expect(rules(article({ image: "https://203.0.113.7/a.jpg" }))).toEqual([]);
  });

  test("article/image-size: an image under 50,000 pixels is a warning; sizes may be numbers, text or pixels", () => {
    const finding = only(
      article({ image: image("https://example.org/a.jpg", 200, 200) }),
      "article/image-size",
    );
    expect(finding).toMatchObject({ severity: "warning", path: "$.image" });
    expect(finding.message).toContain("200 × 200 pixels (40000)");
    expect(rules(article({ image: image("https://example.org/a.jpg", 250, 200) }))).toEqual([]);
    expect(rules(article({ image: image("https://example.org/a.jpg", "150", "150px") }))).toEqual([
      "article/image-size",
    ]);
    const quantity = (value: number) => ({ "@type": "QuantitativeValue", value, unitCode: "E37" });
    expect(
      rules(article({ image: image("https://example.org/a.jpg", quantity(100), quantity(100)) })),
    ).toEqual(["article/image-size"]);
  });

  test("article/image-size: nothing is said of an image whose size is not given, or not in pixels", () => {
    expect(rules(article({ image: image("https://example.org/a.jpg", 100, undefined) }))).toEqual([]);
    const inches = { "@type": "QuantitativeValue", value: 2, unitCode: "INH" };
    expect(rules(article({ image: image("https://example.org/a.jpg", inches, inches) }))).toEqual([]);
    expect(rules(article({ image: image("https://example.org/a.jpg", "wide", "tall") }))).toEqual([]);
  });

  test("article/image-ratios: of several images, the missing aspect ratios are named", () => {
    const images = [
      image("https://example.org/16x9.jpg", 1280, 720),
      image("https://example.org/1x1.jpg", 1200, 1200),
    ];
    const finding = only(article({ image: images }), "article/image-ratios");
    expect(finding).toMatchObject({ severity: "warning", path: "$.image" });
    expect(finding.message).toContain("no image of the aspect ratio 4x3");
    const other = [
      image("https://example.org/a.jpg", 1500, 1000),
      image("https://example.org/b.jpg", 1000, 1500),
    ];
    expect(only(article({ image: other }), "article/image-ratios").message).toContain("16x9 or 4x3 or 1x1");
  });

  test("article/image-ratios: the three ratios, near enough, satisfy it; one image or unknown sizes say nothing", () => {
    const three = [
      image("https://example.org/16x9.jpg", 1200, 676),
      image("https://example.org/4x3.jpg", 1200, 900),
      image("https://example.org/1x1.jpg", 1200, 1200),
    ];
    expect(rules(article({ image: three }))).toEqual([]);
    expect(rules(article({ image: [three[0]] }))).toEqual([]);
    expect(rules(article({ image: [three[0], "https://example.org/unknown.jpg"] }))).toEqual([]);
  });

  test("Google's documented article, with its three images as ImageObjects, has no findings", () => {
    const findings = check(
      article({
        image: [
          image("https://example.com/photos/1x1/photo.jpg", 1000, 1000),
          image("https://example.com/photos/4x3/photo.jpg", 1200, 900),
          image("https://example.com/photos/16x9/photo.jpg", 1600, 900),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
