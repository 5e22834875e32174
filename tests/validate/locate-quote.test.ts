import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateQuote, safeParseNewsGraph } from "../../src/index";
import { anchored } from "../model/support";
import { runs } from "../properties/support/runs";

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

  describe("surrogate pairs", () => {
    const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const NEWS = "\u{1F4F0}"; // two code units: \ud83d \udcf0

    it("never cuts a pair at the edge of the context: the context is a unit shorter instead", () => {
      const text = `${NEWS}NATO${NEWS}`;
      expect(locateQuote(text, "NATO", { contextLength: 1 })).toEqual([
        { start: 2, end: 6, exact: "NATO", prefix: "", suffix: "" },
      ]);
      expect(locateQuote(text, "NATO", { contextLength: 2 })[0]).toMatchObject({
        prefix: NEWS,
        suffix: NEWS,
      });
      expect(locateQuote(`a${text}`, "NATO", { contextLength: 2 })[0]).toMatchObject({ prefix: NEWS });
    });

    it("reports no match that starts or ends inside a pair", () => {
      expect(locateQuote(`${NEWS}x`, "\udcf0x")).toEqual([]);
      expect(locateQuote(`x${NEWS}`, "x\ud83d")).toEqual([]);
      expect(locateQuote(`${NEWS}`, "\ud83d")).toEqual([]);
      expect(locateQuote(`x${NEWS}`, `x${NEWS}`)).toEqual([
        { start: 0, end: 3, exact: `x${NEWS}`, prefix: "", suffix: "" },
      ]);
    });

    it("gives evidence that anchors, for any text of emoji and letters", () => {
      const unit = fc.constantFrom("a", "b", " ", NEWS, "\u{1F600}", "\u00e9");
      const text = fc.array(unit, { minLength: 1, maxLength: 40 }).map((units) => units.join(""));
      fc.assert(
        fc.property(text, fc.nat(40), fc.nat(40), fc.nat(6), (value, from, span, contextLength) => {
          const start = Math.min(from, value.length - 1);
          const quote = value.slice(start, start + 1 + span);
          for (const location of locateQuote(value, quote, { contextLength })) {
            expect(value.slice(location.start, location.end)).toBe(quote);
            expect([location.prefix, location.suffix].filter((context) => LONE.test(context))).toEqual([]);
            const result = safeParseNewsGraph(anchored(value, [{ ...location }]));
            expect(result.success ? [] : result.error.issues).toEqual([]);
          }
        }),
        runs(500),
      );
    });
  });

  it("finds what a plain scan of every offset finds, prefix and suffix included", () => {
    const naive = (text: string, quote: string, prefix: string, suffix: string): number[] => {
      const starts: number[] = [];
      for (let start = 0; start + quote.length <= text.length; start++) {
        if (
          text.startsWith(quote, start) &&
          text.slice(0, start).endsWith(prefix) &&
          text.startsWith(suffix, start + quote.length)
        )
          starts.push(start);
      }
      return starts;
    };
    const small = fc.stringMatching(/^[ab]{0,12}$/);
    fc.assert(
      fc.property(
        small,
        fc.stringMatching(/^[ab]{1,4}$/),
        fc.stringMatching(/^[ab]{0,2}$/),
        small,
        (text, quote, prefix, suffix) => {
          const found = locateQuote(text, quote, { prefix, suffix }).map((location) => location.start);
          expect(found).toEqual(naive(text, quote, prefix, suffix));
        },
      ),
      runs(1000),
    );
  });
});
