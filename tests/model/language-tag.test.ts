import { describe, expect, it } from "vitest";
import { LanguageTag } from "../../src/index";
import { article, expectValid, found, graph, onlyIssue } from "./support";

// 2 + 6 × 9 + 8 = 64 characters, every part well formed.
const LONGEST = `en${"-abcdefgh".repeat(6)}-abcdefg`;

describe("LanguageTag", () => {
  it.each([
    "en",
    "en-GB",
    "zh-Hant-TW",
    "sr-Latn",
    "es-419",
    "de-CH-1996",
    "x-private",
    "en-a-bbb-x-ccc",
    "EN-gb",
    "yue",
    LONGEST,
  ])("accepts the well-formed BCP 47 tag %j", (language) => {
    expect(LanguageTag.safeParse(language).success).toBe(true);
    expectValid(graph({ articles: [article({ language })] }));
  });

  it.each(["english", "e", "en_GB", "en-", "-en", "", "en--GB", "en GB", "en-GB-x", `${LONGEST}h`])(
    "rejects %j with invalid_language, naming the value and the form expected",
    (language) => {
      const issue = onlyIssue(graph({ articles: [article({ language })] }));
      expect(issue.path).toEqual(["articles", 0, "language"]);
      expect(issue.code).toBe("invalid_language");
      expect(issue.message).toContain(found(language));
      expect(issue.message).toContain('expected a BCP 47 language tag such as "en"');
    },
  );

  it("stays fast on a long run of hyphenated parts", () => {
    const started = performance.now();
    expect(LanguageTag.safeParse(`en${"-a1".repeat(50_000)}!`).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
