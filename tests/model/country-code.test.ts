import { describe, expect, it } from "vitest";
import { CountryCode, countryCodes, SubdivisionCode } from "../../src/index";
import { expectValid, found, graph, onlyIssue, place } from "./support";

describe("CountryCode", () => {
  it("lists the 249 officially assigned ISO 3166-1 alpha-2 codes, each once", () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(["RU", "KP", "GB", "UA", "BE"])("accepts %j", (countryCode) => {
    expect(CountryCode.safeParse(countryCode).success).toBe(true);
    expectValid(graph({ places: [place({ countryCode })] }));
  });

  it.each(["UK", "ru", "XX", "RUS", "", "R", "EU"])(
    "rejects %j with invalid_country_code, naming the value and the form expected",
    (countryCode) => {
      const issue = onlyIssue(graph({ places: [place({ countryCode })] }));
      expect(issue.path).toEqual(["places", 0, "countryCode"]);
      expect(issue.code).toBe("invalid_country_code");
      expect(issue.message).toContain(found(countryCode));
      expect(issue.message).toContain("expected an assigned ISO 3166-1 alpha-2 country code");
    },
  );
});

describe("SubdivisionCode", () => {
  it.each(["RU-KRS", "GB-ENG", "UA-30", "FR-75C", "BE-A"])("accepts %j", (subdivisionCode) => {
    expect(SubdivisionCode.safeParse(subdivisionCode).success).toBe(true);
    expectValid(graph({ places: [place({ subdivisionCode })] }));
  });

  it.each(["XX-KRS", "RU-", "RU-ABCD", "ru-krs", "RU_KRS", "RUKRS", "", "RU-KRS-X"])(
    "rejects %j with invalid_subdivision_code, naming the value and an example",
    (subdivisionCode) => {
      const issue = onlyIssue(graph({ places: [place({ subdivisionCode })] }));
      expect(issue.path).toEqual(["places", 0, "subdivisionCode"]);
      expect(issue.code).toBe("invalid_subdivision_code");
      expect(issue.message).toContain(found(subdivisionCode));
      expect(issue.message).toContain('expected an ISO 3166-2 subdivision code such as "RU-KRS"');
    },
  );
});
