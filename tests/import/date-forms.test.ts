// readWrittenDate: the date forms sites write besides ISO 8601, read without guessing a time zone.
import { describe, expect, test } from "vitest";
import { numericOrderOf, readWrittenDate } from "../../src/import/date-forms";
import { article, importValid, inferred, lines } from "./import-support";

const read = (written: string) => readWrittenDate(written);
const value = (written: string) => {
  const reading = read(written);
  return reading !== undefined && "value" in reading ? reading.value : reading;
};

describe("readWrittenDate", () => {
  test("RFC 1123 and RFC 5322 dates keep their time and offset; GMT and UT are UTC", () => {
    expect(value("Wed, 04 May 2022 00:25:56 GMT")).toBe("2022-05-04T00:25:56Z");
    expect(value("Wed, 04 May 2022 00:25:56 +0200")).toBe("2022-05-04T00:25:56+02:00");
    expect(value("04 May 2022 00:25 UT")).toBe("2022-05-04T00:25Z");
  });

  test("the Unix date and JavaScript Date#toString forms are read, the zone's name in parentheses aside", () => {
    expect(value("Tue Jan 28 15:28:56 CET 2020")).toBe("2020-01-28T15:28:56+01:00");
    expect(value("Tue Jan 05 2021 21:36:30 GMT+0100 (Central European Standard Time)")).toBe(
      "2021-01-05T21:36:30+01:00",
    );
    expect(value("Mon, Jan 7 2019 15:37:00 EST")).toBe("2019-01-07T15:37:00-05:00");
  });

  test("an ISO date with a zone abbreviation or a one-digit offset hour gets its offset", () => {
    expect(value("2021-01-03T17:40:00EET")).toBe("2021-01-03T17:40:00+02:00");
    expect(value("2020-06-22T12:26:08+5:30")).toBe("2020-06-22T12:26:08+05:30");
  });

  test("a time without a zone keeps the date only, never shifted to UTC", () => {
    const note = (written: string) =>
      `the source gives ${JSON.stringify(written)} without a time zone; the date is kept and the time dropped, since the model does not guess a zone`;
    for (const [written, date] of [
      ["2017-11-03 03:01:00.000000", "2017-11-03"],
      ["2025-11-03 08:30", "2025-11-03"],
      ["2022/05/10 23:36:11", "2022-05-10"],
      ["2025-11-03T23:30:00", "2025-11-03"],
    ] as const) {
      expect(read(written)).toEqual({ value: date, note: note(written) });
    }
  });

  test("an ambiguous zone (IST, CST) keeps the date only and says what it could mean", () => {
    expect(read("04:25:06 PM IST Apr 08, 2020")).toEqual({
      value: "2020-04-08",
      note: 'the source gives "04:25:06 PM IST Apr 08, 2020", in which the time zone IST names several offsets (India UTC+05:30, Ireland UTC+01:00, Israel UTC+02:00); the date is kept and the time dropped, since the model does not guess a zone',
    });
    expect(value("Mon Jan 7 2019 15:37:00 CST")).toBe("2019-01-07");
    // Inside RFC 5322's own form, CST has the meaning the RFC gives it.
    expect(value("Mon, 07 Jan 2019 15:37:00 CST")).toBe("2019-01-07T15:37:00-06:00");
    expect(value("2020-01-01 10:00 XYZ")).toBe("2020-01-01");
  });

  test("a 12-hour time is read on the 24-hour clock, and the zone is named in the note", () => {
    expect(read("May 4, 2022 at 12:30 am EST")).toEqual({
      value: "2022-05-04T00:30-05:00",
      note: 'the source gives "May 4, 2022 at 12:30 am EST", not in ISO 8601 form; read as 2022-05-04T00:30-05:00 (EST is UTC-05:00)',
    });
    expect(value("4th May 2022")).toBe("2022-05-04");
  });

  test("a day and month whose order the text cannot tell, or a wrong weekday, are refused", () => {
    expect(read("10/05/2022 05:22 pm")).toEqual({
      refused: '"10/05/2022 05:22 pm" can be read day first or month first; the order is not guessed',
    });
    expect(value("25/05/2022")).toBe("2022-05-25");
    expect(read("Thu, 04 May 2022 00:25:56 GMT")).toEqual({
      refused: '"Thu, 04 May 2022 00:25:56 GMT" names a weekday that is not the date\'s',
    });
  });

  test("a numeric date whose order the text cannot tell is read in the order its language settles, saying why", () => {
    const spanish = numericOrderOf("es");
    expect(spanish).toEqual({
      dayFirst: true,
      reason: "the page is in es, whose numeric dates put the day first",
    });
    expect(readWrittenDate("10/05/2022 05:22 pm", spanish)).toEqual({
      value: "2022-05-10",
      note: 'the source gives "10/05/2022 05:22 pm" without a time zone; the date is kept and the time dropped, since the model does not guess a zone; read day first, since the page is in es, whose numeric dates put the day first',
    });
    expect(readWrittenDate("10/05/2022", numericOrderOf("en-US"))).toMatchObject({ value: "2022-10-05" });
    expect(readWrittenDate("10/05/2022", numericOrderOf("pt-BR"))).toMatchObject({ value: "2022-05-10" });
    // Where the text settles the order, the language does not change it.
    expect(readWrittenDate("25/05/2022", numericOrderOf("en-US"))).toMatchObject({ value: "2022-05-25" });
    // English outside the US writes both orders; a tag that is not a language settles nothing.
    for (const tag of ["en", "en-GB", "EN-ca", "x-private", "und-US"])
      expect(readWrittenDate("10/05/2022", numericOrderOf(tag)), tag).toMatchObject({
        refused: expect.any(String),
      });
  });

  test("text that is not a date, or an impossible one, is not read", () => {
    for (const text of ["yesterday", "2025-02-30 10:00", "May 2022", "10:00", "13:00 pm May 4, 2022", ""])
      expect(read(text)).toBeUndefined();
  });
});

describe("fromJsonLd with the dates sites write", () => {
  test("a datePublished in RFC 1123 form is read with its offset, reported and marked as inferred", () => {
    const written = "Wed, 04 May 2022 00:25:56 GMT";
    const note = `the source gives "${written}", not in ISO 8601 form; read as 2022-05-04T00:25:56Z (GMT is UTC+00:00)`;
    const { graph, warnings } = importValid(article({ datePublished: written }));
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2022-05-04T00:25:56Z",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$.datePublished: the datePublished: ${note}`]);
  });

  test("a date written with character references is read decoded, and marked so", () => {
    const { graph, warnings } = importValid(article({ datePublished: "2023-11-02T10:14:29&#x2B;05:30" }));
    const note = 'the source writes the text with HTML character references, decoded here: "+" (#x2B)';
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2023-11-02T10:14:29+05:30",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$.datePublished: the datePublished: ${note}`]);
  });

  test("a refused date is reported with the reason, and the article is not dated from it", () => {
    const { graph, warnings } = importValid(
      article({ datePublished: "10/05/2022 05:22 pm", dateModified: "2022-05-10" }),
    );
    expect(graph.articles[0]?.datePublished).toBe("../2022-05-10");
    expect(lines(warnings)).toContain(
      '$.datePublished: the datePublished: "10/05/2022 05:22 pm" can be read day first or month first; the order is not guessed; dropped',
    );
  });
});

describe("dateCreated", () => {
  test("stands in for a missing datePublished, reported and marked as inferred", () => {
    const note =
      'the datePublished is not stated; the dateCreated "2019-12-03T10:00:00+01:00" is taken as the date of publication';
    const { graph, warnings } = importValid(
      article({ datePublished: undefined, dateCreated: "2019-12-03T10:00:00+01:00" }),
    );
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2019-12-03T10:00:00+01:00",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$.datePublished: ${note}`]);
  });

  test("written in a form sites write, both readings are in the note", () => {
    const { graph } = importValid(article({ datePublished: undefined, dateCreated: "2019-12-09 20:00:49" }));
    expect(graph.articles[0]?.datePublished).toBe("2019-12-09");
    expect(graph.articles[0]?.fieldProvenance?.datePublished?.note).toBe(
      'the datePublished is not stated; the dateCreated "2019-12-09 20:00:49" is taken as the date of publication; the source gives "2019-12-09 20:00:49" without a time zone; the date is kept and the time dropped, since the model does not guess a zone',
    );
  });

  test("beside a datePublished it is read silently when the same, and reported as not mapped when not", () => {
    const same = importValid(article({ dateCreated: "2025-01-08T12:00:00+01:00" }));
    expect(same.warnings).toEqual([]);
    const other = importValid(article({ dateCreated: "2025-01-07" }));
    expect(lines(other.warnings)).toEqual([
      "$.dateCreated: the property dateCreated of NewsArticle is not mapped",
    ]);
  });
});
