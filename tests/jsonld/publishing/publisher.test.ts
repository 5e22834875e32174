// The publisher of an article: a Person or Organization with a name, and for an organization its home page
// and a logo of at least 112 × 112 pixels (Google's Organization documentation).
import { describe, expect, test } from "vitest";
import { article, check, only, rules } from "./support";

const logo = { "@type": "ImageObject", url: "https://example.org/logo.png", width: 600, height: 600 };
const publisher = (overrides: Record<string, unknown> = {}) => ({
  "@type": "NewsMediaOrganization",
  name: "Example News",
  url: "https://example.org/",
  logo,
  ...overrides,
});

describe("the publisher of an article", () => {
  test("an article without a publisher is not faulted: Google's Article page does not ask for one", () => {
    expect(rules(article())).toEqual([]);
  });

  test("a complete publisher, given inline or by reference, has no findings", () => {
    expect(rules(article({ publisher: publisher() }))).toEqual([]);
    const graph = {
      "@graph": [article({ publisher: { "@id": "#news" } }), { "@id": "#news", ...publisher() }],
    };
    expect(rules(graph)).toEqual([]);
  });

  test("reference/unresolved: a publisher no node defines is a warning", () => {
    expect(only(article({ publisher: { "@id": "#nowhere" } }), "reference/unresolved").path).toBe(
      "$.publisher",
    );
  });

  test("publisher/type and publisher/name: text, another type, or no name are warnings", () => {
    expect(only(article({ publisher: "Example News" }), "publisher/type").path).toBe("$.publisher");
    expect(only(article({ publisher: publisher({ "@type": "WebSite" }) }), "publisher/type").path).toBe(
      '$.publisher["@type"]',
    );
    expect(only(article({ publisher: publisher({ name: undefined }) }), "publisher/name")).toMatchObject({
      severity: "warning",
      path: "$.publisher.name",
    });
  });

  test("publisher/url: none is a warning, one that is not absolute an error", () => {
    expect(only(article({ publisher: publisher({ url: undefined }) }), "publisher/url").severity).toBe(
      "warning",
    );
    expect(only(article({ publisher: publisher({ url: "/" }) }), "publisher/url")).toMatchObject({
      severity: "error",
      path: "$.publisher.url",
    });
  });

  test("publisher/logo: an organization without a logo is a warning; a person needs none", () => {
    expect(only(article({ publisher: publisher({ logo: undefined }) }), "publisher/logo")).toMatchObject({
      severity: "warning",
      path: "$.publisher.logo",
    });
    const person = { "@type": "Person", name: "A. Blogger", url: "https://example.org/about" };
    expect(rules(article({ publisher: person }))).toEqual([]);
  });

  test("publisher/logo-url: a logo given as text, an @id or an ImageObject needs a crawlable URL", () => {
    expect(rules(article({ publisher: publisher({ logo: "https://example.org/logo.png" }) }))).toEqual([]);
    expect(only(article({ publisher: publisher({ logo: "logo.png" }) }), "publisher/logo-url")).toMatchObject(
      {
        severity: "error",
        path: "$.publisher.logo",
      },
    );
    expect(
      only(
        article({ publisher: publisher({ logo: { ...logo, url: "http://localhost/logo.png" } }) }),
        "publisher/logo-url",
      ).path,
    ).toBe("$.publisher.logo.url");
  });

  test("publisher/logo-size: a logo smaller than 112 × 112 pixels is a warning; an unknown size is not", () => {
    const small = only(
      article({ publisher: publisher({ logo: { ...logo, width: 600, height: 60 } }) }),
      "publisher/logo-size",
    );
    expect(small).toMatchObject({ severity: "warning", path: "$.publisher.logo" });
    expect(small.message).toContain("600 × 60 pixels");
    expect(rules(article({ publisher: publisher({ logo: { ...logo, width: 112, height: 112 } }) }))).toEqual(
      [],
    );
    expect(rules(article({ publisher: publisher({ logo: { ...logo, width: undefined } }) }))).toEqual([]);
  });

  test("a publisher shared by several articles is reported once", () => {
    const graph = {
      "@graph": [
        article({ "@id": "#a", publisher: { "@id": "#news" } }),
        article({ "@id": "#b", publisher: { "@id": "#news" } }),
        { "@id": "#news", ...publisher({ logo: undefined }) },
      ],
    };
    expect(check(graph).filter((finding) => finding.rule === "publisher/logo")).toHaveLength(1);
  });
});
