import { describe, expect, it } from "vitest";
import { TextSpan } from "../../src/index";
import { claim, expectValid, graph, onlyIssue, organization } from "./support";

// Shape only: the spans point at an article with no text, so anchoring is not checked here.
const withSpan = (span: Record<string, unknown>) =>
  graph({
    articles: [
      {
        id: "an-article",
        url: "https://example.org/a",
        headline: "H",
        genre: "news",
        language: "en",
        datePublished: "2024",
      },
    ],
    actors: [organization()],
    claims: [claim({ evidence: [{ article: "an-article", start: 0, end: 4, exact: "NATO", ...span }] })],
  });
const at = (field: string) => ["claims", 0, "evidence", 0, field];

describe("TextSpan", () => {
  it.each([
    {},
    { start: 0, end: 1, exact: "N" },
    { prefix: "", suffix: " confirmed" },
    { start: 1_000_000, end: 1_000_004 },
  ])("accepts a span with %j", (span) => {
    expect(TextSpan.safeParse({ article: "a", start: 0, end: 4, exact: "NATO", ...span }).success).toBe(true);
    expectValid(withSpan(span));
  });

  it("rejects a negative start at start, naming the bound", () => {
    const issue = onlyIssue(withSpan({ start: -1 }));
    expect(issue.path).toEqual(at("start"));
    expect(issue.code).toBe("too_small");
    expect(issue.message).toBe("expected a number at least 0, found -1");
  });

  it("rejects an end equal to start with invalid_span at end", () => {
    const issue = onlyIssue(withSpan({ start: 4, end: 4 }));
    expect(issue.path).toEqual(at("end"));
    expect(issue.code).toBe("invalid_span");
    expect(issue.message).toBe("expected end to be greater than start (4), found 4");
  });

  it("rejects an end before start with invalid_span at end", () => {
    const issue = onlyIssue(withSpan({ start: 4, end: 2 }));
    expect(issue.path).toEqual(at("end"));
    expect(issue.code).toBe("invalid_span");
  });

  it.each(["start", "end"])("rejects a fractional %s, naming the integer expected", (field) => {
    const issue = onlyIssue(withSpan({ start: 0, end: 4, [field]: 1.5 }));
    expect(issue.path).toEqual(at(field));
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe("expected int, found 1.5");
  });

  it("rejects an offset beyond the safe integers once, naming the bound", () => {
    const issue = onlyIssue(withSpan({ end: 2 ** 53 }));
    expect(issue.path).toEqual(at("end"));
    expect(issue.code).toBe("too_big");
    expect(issue.message).toBe(`expected a number at most ${Number.MAX_SAFE_INTEGER}, found ${2 ** 53}`);
  });

  it("rejects an empty exact text", () => {
    const issue = onlyIssue(withSpan({ exact: "" }));
    expect(issue.path).toEqual(at("exact"));
    expect(issue.code).toBe("too_small");
  });

  it("rejects a span without an article, at article", () => {
    const issue = onlyIssue(withSpan({ article: undefined }));
    expect(issue.path).toEqual(at("article"));
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe("missing: expected string");
  });

  it("rejects an unknown key in a span at its own path, listing the fields of a span", () => {
    const issue = onlyIssue(withSpan({ selector: "TextQuoteSelector" }));
    expect(issue.path).toEqual(at("selector"));
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe(
      'unknown field "selector"; expected only "article", "start", "end", "exact", "prefix", "suffix"',
    );
  });
});
