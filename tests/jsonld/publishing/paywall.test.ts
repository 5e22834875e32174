// Paywalled content (Google's Subscription and paywalled content documentation): a work marked not free
// names each paywalled section in hasPart, a WebPageElement marked not free with a class selector.
import { describe, expect, test } from "vitest";
import { article, only, rules } from "./support";

const section = (overrides: Record<string, unknown> = {}) => ({
  "@type": "WebPageElement",
  isAccessibleForFree: false,
  cssSelector: ".paywall",
  ...overrides,
});

describe("paywalled content", () => {
  test("an article marked not free, with its paywalled sections named, has no findings", () => {
    expect(rules(article({ isAccessibleForFree: false, hasPart: section() }))).toEqual([]);
    const two = [section({ cssSelector: ".section1" }), section({ cssSelector: ".section2" })];
    expect(rules(article({ isAccessibleForFree: "False", hasPart: two }))).toEqual([]);
  });

  test("a free article, or one that says nothing, needs no hasPart", () => {
    expect(rules(article({ isAccessibleForFree: true }))).toEqual([]);
    expect(rules(article())).toEqual([]);
  });

  test("paywall/has-part: a work marked not free without a paywalled section is an error", () => {
    for (const notFree of [false, "False", "false", "https://schema.org/False", { "@id": "schema:False" }]) {
      expect(only(article({ isAccessibleForFree: notFree }), "paywall/has-part")).toMatchObject({
        severity: "error",
        path: "$.hasPart",
        message: expect.stringContaining("has no hasPart"),
      });
    }
    const open = only(
      article({ isAccessibleForFree: false, hasPart: section({ isAccessibleForFree: true }) }),
      "paywall/has-part",
    );
    expect(open.message).toContain("none of its hasPart is");
  });

  test("paywall/has-part: a paywalled section that is not a WebPageElement is an error", () => {
    const finding = only(
      article({ isAccessibleForFree: false, hasPart: section({ "@type": "CreativeWork" }) }),
      "paywall/has-part",
    );
    expect(finding.path).toBe('$.hasPart["@type"]');
    expect(
      rules(article({ isAccessibleForFree: false, hasPart: section({ "@type": "WPSideBar" }) })),
    ).toEqual([]);
  });

  test("paywall/css-selector: a paywalled section without a selector, or with one that is not a class, is an error", () => {
    expect(
      only(
        article({ isAccessibleForFree: false, hasPart: section({ cssSelector: undefined }) }),
        "paywall/css-selector",
      ),
    ).toMatchObject({ severity: "error", path: "$.hasPart.cssSelector" });
    for (const cssSelector of ["#paywall", "div.paywall", ".a .b", ".a, .b", "paywall", ""]) {
      expect(
        only(
          article({ isAccessibleForFree: false, hasPart: section({ cssSelector }) }),
          "paywall/css-selector",
        ).path,
      ).toBe("$.hasPart.cssSelector");
    }
  });

  test("the rules hold for a WebPage marked not free, and a part defined elsewhere is followed", () => {
    expect(rules({ "@type": "WebPage", isAccessibleForFree: false })).toEqual(["paywall/has-part"]);
    const graph = {
      "@graph": [
        article({ isAccessibleForFree: false, hasPart: { "@id": "#closed" } }),
        { "@id": "#closed", ...section() },
      ],
    };
    expect(rules(graph)).toEqual([]);
    expect(rules(article({ isAccessibleForFree: false, hasPart: { "@id": "#nowhere" } }))).toEqual([
      "reference/unresolved",
    ]);
  });
});
