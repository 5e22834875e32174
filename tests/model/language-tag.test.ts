import { describe, expect, it } from "vitest";
import { LanguageTag } from "../../src/index";
import { languageTagRun } from "../adversarial/hostile-inputs";
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

  // No time is asserted here: `npm run bench -- scaling` (bench/scaling.ts) times this input at two lengths.
  it("rejects a long run of hyphenated parts, quoting it in part", () => {
    const language = languageTagRun(50_000);
    expect(LanguageTag.safeParse(language).success).toBe(false);
    const issue = onlyIssue(graph({ articles: [article({ language })] }));
    expect(issue.path).toEqual(["articles", 0, "language"]);
    expect(issue.code).toBe("invalid_language");
    expect(issue.message).toContain(found(language));
  });
});
