import { describe, expect, it } from "vitest";
import { HTTP_URL_MAX_LENGTH, HttpUrl, isHttpUrl } from "../../src/index";
import { article, expectValid, found, graph, issuesOf, onlyIssue } from "./support";

describe("HttpUrl", () => {
  it.each([
    "http://example.org",
    "https://example.org/",
    "https://www.wikidata.org/wiki/Q423",
    "HTTPS://EXAMPLE.ORG/A?b=c#d",
    "https://example.org:8443/a%20b",
    "https://192.0.2.1/",
  ])("accepts the absolute http(s) URL %j", (url) => {
    expect(isHttpUrl(url)).toBe(true);
    expect(HttpUrl.safeParse(url).success).toBe(true);
    expectValid(graph({ articles: [article({ url })] }));
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,x",
    "/relative",
    "relative/path",
    "//example.org/a",
    "ftp://x",
    "https://",
    "https:///path",
    "https://exa mple.org",
    "https://example.org/\n",
    " https://example.org/",
    "https://example.org/\u0000",
    "https://example.org/\u0085",
    "mailto:someone@example.org",
    "https://[::1/",
    "",
  ])("rejects %j with invalid_url at the field, naming the value and an absolute URL", (url) => {
    expect(isHttpUrl(url)).toBe(false);
    const issue = onlyIssue(graph({ articles: [article({ url })] }));
    expect(issue.path).toEqual(["articles", 0, "url"]);
    expect(issue.code).toBe("invalid_url");
    expect(issue.message).toContain(found(url));
    expect(issue.message).toContain("expected an absolute http(s) URL");
  });

  it("accepts a URL of the maximum length and rejects one a character longer", () => {
    const base = "https://example.org/";
    const longest = base + "a".repeat(HTTP_URL_MAX_LENGTH - base.length);
    expect(isHttpUrl(longest)).toBe(true);
    const issue = onlyIssue(graph({ articles: [article({ url: `${longest}a` })] }));
    expect(issue.code).toBe("invalid_url");
    expect(issue.message).toContain(`(${HTTP_URL_MAX_LENGTH + 1} characters)`);
  });

  it("checks URLs in arrays and nested objects at their own path", () => {
    const input = graph({
      articles: [
        article({
          images: [{ url: "https://example.org/a.jpg" }, { url: "javascript:alert(1)" }],
          related: [{ title: "Also", url: "//example.org/b" }],
        }),
      ],
    });
    const issues = issuesOf(input)?.map((issue) => [issue.path, issue.code]);
    expect(issues).toEqual([
      [["articles", 0, "images", 1, "url"], "invalid_url"],
      [["articles", 0, "related", 0, "url"], "invalid_url"],
    ]);
  });
});

describe("the URL rule's pattern", () => {
  it("is one pattern, written alike for the JSON Schema and for the check", async () => {
    const { HTTP_URL_PATTERN, hasCharacterNotInUrl } = await import("../../src/model/http-url-syntax");
    const form = new RegExp(HTTP_URL_PATTERN, "u");
    for (const value of [
      "https://example.org/a",
      "https://example.org/a\u00a0b",
      "http://x/\ud800",
      "https://x/\ud83d\ude00",
    ])
      expect(isHttpUrl(value)).toBe(form.test(value));
    const excluded = HTTP_URL_PATTERN.slice(
      HTTP_URL_PATTERN.lastIndexOf("[^") + 2,
      HTTP_URL_PATTERN.lastIndexOf("]"),
    );
    for (const character of ["\u00a0", "\u2028", "\u0000", "\u0085", "\ud800", "a"])
      expect(hasCharacterNotInUrl(character)).toBe(new RegExp(`[${excluded}]`, "u").test(character));
  });
});
