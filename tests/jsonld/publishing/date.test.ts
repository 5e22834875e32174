// The date rules, shared by every node type: what is not ISO 8601 is an error; what is ISO 8601 but less
// precise than Google wants is said to be so, with the severity of the property it is in.
import { describe, expect, test } from "vitest";
import { article, check, claimReview, event, only, rules } from "./support";

describe("date/format", () => {
  test("a date that is not ISO 8601 is an error, naming what was found", () => {
    for (const date of [
      "05/01/2024",
      "2024-1-5",
      "2024-01-05 08:00",
      "yesterday",
      "2024-13-01",
      "2024-02-30",
      "2024-00",
      "24",
    ]) {
      expect(only(article({ datePublished: date }), "date/format")).toMatchObject({
        severity: "error",
        path: "$.datePublished",
        message: expect.stringContaining(`is ${JSON.stringify(date)}, not an ISO 8601 date`),
      });
    }
    expect(only(article({ dateModified: 1704441600 }), "date/format").path).toBe("$.dateModified");
  });

  test("dates and date-times with an offset pass", () => {
    for (const date of [
      "2024-01-05T08:00Z",
      "2024-02-29T08:00:00+08:00",
      "2024-01-05T08:00:00.123-0500",
      "2024-01-05T23:59:60Z",
    ]) {
      expect(rules(article({ datePublished: date }))).toEqual([]);
    }
    expect(
      rules(article({ datePublished: { "@value": "2024-01-05T08:00:00Z", "@type": "DateTime" } })),
    ).toEqual([]);
  });

  test("29 February only exists in leap years", () => {
    expect(rules(event({ startDate: "2023-02-29" }))).toEqual(["date/format"]);
    expect(rules(event({ startDate: "2000-02-29" }))).toEqual([]);
    expect(rules(event({ startDate: "1900-02-29" }))).toEqual(["date/format"]);
  });
});

describe("date/precision", () => {
  test("a year or a month is ISO 8601, and the message says the search engine wants a full date", () => {
    const finding = only(event({ startDate: "2024-06" }), "date/precision");
    expect(finding).toEqual({
      severity: "error",
      path: "$.startDate",
      rule: "date/precision",
      message:
        'startDate of the Event is "2024-06": that is ISO 8601, but the search engine wants a full date (e.g. 2024-06-15)',
    });
    expect(only(event({ startDate: "2024" }), "date/precision").message).toContain(
      "the search engine wants a full date (e.g. 2024-06-15)",
    );
    expect(check(event({ startDate: "2024-06" })).map((found) => found.rule)).not.toContain("date/format");
  });

  test("an Event's startDate, which Google requires, must be a full date: an error; its endDate a warning", () => {
    expect(only(event({ startDate: "2024-08" }), "date/precision").severity).toBe("error");
    expect(only(event({ endDate: "2024-08" }), "date/precision").severity).toBe("warning");
    expect(rules(event({ startDate: "2024-08-06", endDate: "2024-08-07" }))).toEqual([]);
  });

  test("an article's dates are wanted with the time and its offset: a warning", () => {
    const dayOnly = only(article({ datePublished: "2024-10-28" }), "date/precision");
    expect(dayOnly).toMatchObject({ severity: "warning", path: "$.datePublished" });
    expect(dayOnly.message).toBe(
      'datePublished of the NewsArticle is "2024-10-28": that is ISO 8601, but the search engine wants the ' +
        "time and its offset as well (e.g. 2024-10-28T09:00:00+02:00)",
    );
    expect(only(article({ dateModified: "2024-10" }), "date/precision").message).toContain(
      "the search engine wants a full date, with the time and its offset (e.g. 2024-10-15T09:00:00+02:00)",
    );
  });

  test("a ClaimReview's datePublished and its Claim's are wanted as full dates: warnings", () => {
    expect(only(claimReview({ datePublished: "2024-11" }), "date/precision").severity).toBe("warning");
    expect(rules(claimReview({ datePublished: "2024-11-07" }))).toEqual([]);
  });
});

describe("date/time-zone", () => {
  test("a date-time without a time zone is a warning", () => {
    expect(only(article({ dateModified: "2024-01-05T08:00:00" }), "date/time-zone")).toMatchObject({
      severity: "warning",
      path: "$.dateModified",
    });
    expect(rules(event({ startDate: "2024-08-06" }))).toEqual([]);
  });
});
