// The authors of an article (Google's Article documentation, "author markup best practices"): each a Person
// or Organization of its own, with only its name, linked by url or sameAs to a page that identifies it.
import { describe, expect, test } from "vitest";
import { article, check, only, person, rules } from "./support";

describe("article authors", () => {
  test("article/author: a missing author is a warning", () => {
    expect(only(article({ author: undefined }), "article/author")).toMatchObject({
      severity: "warning",
      path: "$.author",
    });
  });

  test("article/author-type: an author given as plain text is a warning", () => {
    expect(only(article({ author: "Jane Doe" }), "article/author-type").path).toBe("$.author");
  });

  test("article/author-type: an author node without @type is a warning", () => {
    const untyped = { name: "Jane", url: "https://example.org/jane" };
    expect(only(article({ author: untyped }), "article/author-type").path).toBe('$.author["@type"]');
    expect(rules(article({ author: { ...untyped, "@type": "Organization" } }))).toEqual([]);
  });

  test("article/author-name: an author without a name is a warning", () => {
    const finding = only(
      article({ author: [{ "@type": "Person", url: "https://x.org/a" }] }),
      "article/author-name",
    );
    expect(finding).toMatchObject({ severity: "warning", path: "$.author[0].name" });
  });

  test("article/author-url: a missing author url is a warning", () => {
    const finding = only(article({ author: [{ "@type": "Person", name: "Jane" }] }), "article/author-url");
    expect(finding.severity).toBe("warning");
  });

  test("article/author-url: an author url that is not absolute is an error", () => {
    const author = [{ "@type": "Person", name: "Jane", url: "profile/jane" }];
    expect(only(article({ author }), "article/author-url").severity).toBe("error");
    expect(
      only(article({ author: [{ ...person, url: "javascript:alert(1)" }] }), "article/author-url").severity,
    ).toBe("error");
  });

  test("article/author-url: an author url given as an @id reference is accepted", () => {
    expect(rules(article({ author: [{ ...person, url: { "@id": "https://example.org/jane" } }] }))).toEqual(
      [],
    );
  });

  test("article/author-*: every author of several is checked", () => {
    const findings = check(article({ author: [person, { "@type": "Person", name: "John" }] }));
    expect(findings.map((finding) => finding.path)).toEqual(["$.author[1].url"]);
  });

  test("article/author-url: a sameAs alone links the author well enough", () => {
    const author = { "@type": "Person", name: "Jane Doe", sameAs: ["https://www.wikidata.org/wiki/Q42"] };
    expect(rules(article({ author }))).toEqual([]);
  });

  test("article/author-url: neither url nor sameAs is a warning that names both", () => {
    const finding = only(article({ author: { "@type": "Person", name: "Jane Doe" } }), "article/author-url");
    expect(finding).toMatchObject({ severity: "warning", path: "$.author.url" });
    expect(finding.message).toContain("neither url nor sameAs");
  });

  test("article/author-url: a sameAs that is not an absolute URL is an error at its path", () => {
    const author = { "@type": "Person", name: "Jane Doe", sameAs: ["https://x.org/jane", "@jane"] };
    expect(only(article({ author }), "article/author-url")).toMatchObject({
      severity: "error",
      path: "$.author.sameAs[1]",
    });
  });

  test("article/author-type: a type that is neither Person nor Organization is a warning", () => {
    for (const type of ["Thing", "WebSite", "Role", "CreativeWork"]) {
      expect(only(article({ author: { ...person, "@type": type } }), "article/author-type")).toMatchObject({
        severity: "warning",
        path: '$.author["@type"]',
        message: expect.stringContaining(`is a ${type}`),
      });
    }
  });

  test("article/author-type: every kind of Organization is accepted, and a Person's subtype", () => {
    for (const type of ["NewsMediaOrganization", "Corporation", "GovernmentOrganization", "NGO", "Patient"]) {
      expect(rules(article({ author: { ...person, "@type": type } }))).toEqual([]);
    }
    expect(rules(article({ author: { ...person, "@type": ["Thing", "Person"] } }))).toEqual([]);
  });

  test("article/author-name: several people in one name, or a byline's By, is a warning", () => {
    for (const name of ["Jane Doe and John Doe", "Jane Doe, John Doe", "Jane Doe; John Roe", "By Jane Doe"]) {
      expect(only(article({ author: { ...person, name } }), "article/author-name")).toMatchObject({
        severity: "warning",
        path: "$.author.name",
      });
    }
  });

  test("article/author-name: one name with a comma, an ampersand or an 'and' in it is fine", () => {
    for (const name of [
      "Martin Luther King, Jr.",
      "Doe, Jane",
      "Procter & Gamble",
      "Reuters and AP",
      "Sandra Anderson",
      "Bybee Smith",
    ]) {
      expect(rules(article({ author: { ...person, name } }))).toEqual([]);
    }
  });
});
