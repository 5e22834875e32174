import { describe, expect, it } from "vitest";
import { locateQuote, safeParseNewsGraph } from "../../src/index";
import { anchored } from "../model/support";

const TEXT = "A significant escalation. Rutte called it a \u201csignificant escalation\u201d, and so it is.";

describe("locateQuote", () => {
  it("finds every occurrence, in order, with offsets and the exact text", () => {
    const found = locateQuote(TEXT, "significant escalation");
    expect(found.map(({ start, end, exact }) => ({ start, end, exact }))).toEqual([
      { start: 2, end: 24, exact: "significant escalation" },
      { start: 45, end: 67, exact: "significant escalation" },
    ]);
    for (const location of found) expect(TEXT.slice(location.start, location.end)).toBe(location.exact);
  });

  it("finds overlapping occurrences", () => {
    expect(locateQuote("aaaa", "aa").map((location) => location.start)).toEqual([0, 1, 2]);
  });

  it("narrows the occurrences by prefix and by suffix", () => {
    expect(locateQuote(TEXT, "significant escalation", { prefix: "\u201c" }).map((l) => l.start)).toEqual([
      45,
    ]);
    expect(locateQuote(TEXT, "significant escalation", { suffix: "." }).map((l) => l.start)).toEqual([2]);
    expect(locateQuote(TEXT, "significant escalation", { prefix: "A ", suffix: "\u201d" })).toEqual([]);
  });

  it("returns nothing for an empty quote or a quote not in the text", () => {
    expect(locateQuote(TEXT, "")).toEqual([]);
    expect(locateQuote("", "")).toEqual([]);
    expect(locateQuote(TEXT, "minor escalation")).toEqual([]);
  });

  it("matches exactly: curly and straight quotes differ, and so do letter cases", () => {
    expect(locateQuote(TEXT, '"significant escalation"')).toEqual([]);
    expect(locateQuote(TEXT, "Significant escalation")).toEqual([]);
  });

  it("returns 32 characters of context either side by default, fewer at the edges", () => {
    const [first, second] = locateQuote(TEXT, "significant escalation");
    expect(first?.prefix).toBe("A ");
    expect(first?.suffix).toBe(TEXT.slice(24, 56));
    expect(second?.prefix).toBe(TEXT.slice(13, 45));
    expect(second?.prefix).toHaveLength(32);
    expect(second?.suffix).toBe("\u201d, and so it is.");
  });

  it("returns context of the contextLength asked for", () => {
    const [first] = locateQuote(TEXT, "Rutte", { contextLength: 5 });
    expect(first).toEqual({
      start: 26,
      end: 31,
      exact: "Rutte",
      prefix: "ion. ",
      suffix: " call",
    });
    expect(locateQuote(TEXT, "Rutte", { contextLength: 0 })[0]).toMatchObject({ prefix: "", suffix: "" });
  });

  it("counts offsets in UTF-16 code units: an emoji before the quote takes two", () => {
    const text = "\u{1F4F0} NATO confirmed it.";
    expect(locateQuote(text, "NATO", { contextLength: 3 })).toEqual([
      { start: 3, end: 7, exact: "NATO", prefix: "\u{1F4F0} ", suffix: " co" },
    ]);
  });

  it("gives locations that are valid evidence spans", () => {
    const spans = locateQuote(TEXT, "significant escalation", { contextLength: 8 });
    expect(
      safeParseNewsGraph(
        anchored(
          TEXT,
          spans.map((location) => ({ ...location })),
        ),
      ).success,
    ).toBe(true);
  });
});
