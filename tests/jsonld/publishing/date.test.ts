// The date rules, shared by every node type.
import { describe, expect, test } from "vitest";
import { article, only, rules } from "./support";

describe("date rules", () => {
  test("date/format: a date that is not ISO 8601 is an error", () => {
    for (const date of [
      "05/01/2024",
      "2024-1-5",
      "2024-01-05 08:00",
      "yesterday",
      "2024-13-01",
      "2024-02-30",
    ]) {
      expect(only(article({ datePublished: date }), "date/format")).toMatchObject({
        severity: "error",
        path: "$.datePublished",
      });
    }
    expect(only(article({ dateModified: 1704441600 }), "date/format").path).toBe("$.dateModified");
  });

  test("date/format: valid dates and date-times pass", () => {
    for (const date of [
      "2024-01-05",
      "2024-02-29",
      "2024-01-05T08:00Z",
      "2024-01-05T08:00:00+08:00",
      "2024-01-05T08:00:00.123-0500",
      "2024-01-05T23:59:60Z",
    ]) {
      expect(rules(article({ datePublished: date }))).toEqual([]);
    }
    expect(rules(article({ datePublished: { "@value": "2024-01-05", "@type": "Date" } }))).toEqual([]);
  });

  test("date/format: 29 February only exists in leap years", () => {
    expect(rules(article({ datePublished: "2023-02-29" }))).toEqual(["date/format"]);
    expect(rules(article({ datePublished: "2000-02-29" }))).toEqual([]);
    expect(rules(article({ datePublished: "1900-02-29" }))).toEqual(["date/format"]);
  });

  test("date/time-zone: a date-time without a time zone is a warning; a date alone is fine", () => {
    expect(only(article({ dateModified: "2024-01-05T08:00:00" }), "date/time-zone").severity).toBe("warning");
    expect(rules(article({ dateModified: "2024-01-05" }))).toEqual([]);
  });
});
