import { describe, expect, it } from "vitest";
import { FuzzyDate, parseFuzzyDate } from "../../src/index";
import { article, expectValid, found, graph, onlyIssue } from "./support";

describe("FuzzyDate", () => {
  it.each([
    "2024",
    "2024-06",
    "2024-10-28",
    "2024-10-28T14:30+01:00",
    "2024-10-28T14:30:00Z",
    "2024-10-28T14:30:00.123-05:00",
    "2024-10-28T14:30+14:00",
    "2024-06~",
    "2024?",
    "2024-06%",
    "2024-06/2024-07",
    "2024-06/2024-06",
    "2022-02-24/..",
    "../2024",
    "2024-02-29",
    "2000-02-29",
  ])("accepts %j", (date) => {
    expect(FuzzyDate.safeParse(date).success).toBe(true);
    expectValid(graph({ articles: [article({ datePublished: date })] }));
  });

  it.each([
    ["2024-02-30", "an impossible day"],
    ["2023-02-29", "29 February of a common year"],
    ["1900-02-29", "29 February of a century that is not a leap year"],
    ["2024-13", "month 13"],
    ["2024-00", "month 0"],
    ["2024-10-00", "day 0"],
    ["2024-10-28T25:00", "a date-time without an offset, whose hour is impossible too"],
    ["2024-10-28T25:00Z", "hour 25"],
    ["2024-10-28T14:60Z", "minute 60"],
    ["2024-10-28T23:59:60Z", "second 60"],
    ["2024-10-28T14:30+15:00", "an offset beyond +14:00"],
    ["2024-10-28T14:30+14:30", "an offset beyond +14:00 by minutes"],
    ["24-10-28", "a two-digit year"],
    ["2024-7", "a one-digit month"],
    ["2024-07/2024-06", "an interval that ends before it starts"],
    ["../..", "an interval open at both ends"],
    ["", "an empty string"],
    ["2024-06~/x", "an interval with a bad end"],
    ["2024/", "an interval with an empty end"],
    ["28 October 2024", "prose"],
    ["2024-10-28T14:30Z/2024-10-28T14:29Z", "a date-time interval ending a minute early"],
  ])("rejects %j (%s) with invalid_date, naming the value and the forms expected", (date) => {
    expect(parseFuzzyDate(date)).toBeUndefined();
    const issue = onlyIssue(graph({ articles: [article({ datePublished: date })] }));
    expect(issue.path).toEqual(["articles", 0, "datePublished"]);
    expect(issue.code).toBe("invalid_date");
    expect(issue.message).toContain(found(date));
    expect(issue.message).toContain('expected a possible date in ISO 8601 form ("2024", "2024-06"');
  });

  it.each([
    ["2024-10-28T14:30", "2024-10-28T14:30+01:00"],
    ["2024-10-28T14:30:00.250", "2024-10-28T14:30:00.250+01:00"],
    ["2024-10-28T10:00/2024-10-28T12:00", "2024-10-28T10:00+01:00/2024-10-28T12:00+01:00"],
    ["2024-10-28T10:00Z/2024-10-28T12:00", "2024-10-28T10:00Z/2024-10-28T12:00+01:00"],
  ])(
    "rejects the date-time %j, which has no UTC offset, saying so and showing it with one",
    (date, fixed) => {
      const issue = onlyIssue(graph({ articles: [article({ datePublished: date })] }));
      expect(issue.path).toEqual(["articles", 0, "datePublished"]);
      expect(issue.code).toBe("invalid_date");
      expect(issue.message).toBe(
        `no UTC offset in ${JSON.stringify(date)}: a time without one could be in any time zone; expected the offset after the time, such as "${fixed}", or "Z" for UTC`,
      );
      expect(parseFuzzyDate(fixed)).toBeDefined();
    },
  );

  it("rejects a string longer than any date, without a costly parse", () => {
    const date = `2024${"~".repeat(100_000)}`;
    const issue = onlyIssue(graph({ articles: [article({ datePublished: date })] }));
    expect(issue.code).toBe("invalid_date");
    expect(issue.message).toContain("(100004 characters)");
  });

  it("checks dates in nested fields at their own path", () => {
    const issue = onlyIssue(
      graph({ articles: [article({ corrections: [{ date: "2024-02-30", text: "Fixed." }] })] }),
    );
    expect(issue.path).toEqual(["articles", 0, "corrections", 0, "date"]);
    expect(issue.code).toBe("invalid_date");
  });

  it("reads the precision, the qualifier and the offset of a date", () => {
    expect(parseFuzzyDate("2024-06~")?.start).toMatchObject({
      precision: "month",
      year: 2024,
      month: 6,
      qualifier: "approximate",
    });
    expect(parseFuzzyDate("2024?")?.start).toMatchObject({ precision: "year", qualifier: "uncertain" });
    expect(parseFuzzyDate("2024-06%")?.start).toMatchObject({ qualifier: "approximate-uncertain" });
    expect(parseFuzzyDate("2024-10-28T14:30:00.123-05:00")?.start).toMatchObject({
      precision: "second",
      offsetMinutes: -300,
      earliest: Date.parse("2024-10-28T19:30:00.123Z"),
    });
    expect(parseFuzzyDate("2022-02-24/..")).toMatchObject({ end: "open", isInterval: true });
    expect(parseFuzzyDate("../2024")).toMatchObject({ start: "open", isInterval: true });
  });
});
