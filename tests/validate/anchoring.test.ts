import { describe, expect, it } from "vitest";
import { type NewsGraph, parseNewsGraph, verifyAnchors } from "../../src/index";
import {
  ARTICLE_TEXT,
  anchored,
  article,
  claim,
  expectValid,
  graph,
  issuesOf,
  onlyIssue,
  organization,
} from "../model/support";

const at = (field: string) => ["claims", 0, "evidence", 0, field];
const spanOf = (text: string, exact: string, extra: Record<string, unknown> = {}) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length, exact, ...extra };
};

/** A parsed graph whose one article has no text, and whose one claim has the given spans into it. */
function withoutText(spans: Record<string, unknown>[], articleId = "an-article"): NewsGraph {
  return parseNewsGraph(
    graph({
      articles: [article({ id: articleId })],
      actors: [organization()],
      claims: [claim({ evidence: spans.map((span) => ({ article: articleId, ...span })) })],
    }),
  );
}

describe("evidence anchoring in parseNewsGraph", () => {
  it("accepts a span whose offsets point at its exact text, with matching prefix and suffix", () => {
    expectValid(
      anchored(ARTICLE_TEXT, [
        spanOf(ARTICLE_TEXT, "North Korean troops", { prefix: "that ", suffix: " were" }),
      ]),
    );
  });

  it("accepts spans at the very start and the very end of the text", () => {
    expectValid(
      anchored(ARTICLE_TEXT, [
        { start: 0, end: 4, exact: "NATO", prefix: "" },
        { start: ARTICLE_TEXT.length - 7, end: ARTICLE_TEXT.length, exact: "region.", suffix: "" },
      ]),
    );
  });

  it("rejects a span whose text differs with anchor_mismatch at exact, quoting both", () => {
    const issue = onlyIssue(anchored(ARTICLE_TEXT, [{ start: 0, end: 4, exact: "OTAN" }]));
    expect(issue.path).toEqual(at("exact"));
    expect(issue.code).toBe("anchor_mismatch");
    expect(issue.message).toBe('the text at 0–4 is "NATO"; expected "OTAN"');
  });

  it("rejects a span shifted by one character", () => {
    const span = spanOf(ARTICLE_TEXT, "North Korean");
    const issue = onlyIssue(anchored(ARTICLE_TEXT, [{ ...span, start: span.start + 1, end: span.end + 1 }]));
    expect(issue.code).toBe("anchor_mismatch");
    expect(issue.message).toContain('is "orth Korean "; expected "North Korean"');
  });

  it("rejects a span that ends past the text with anchor_out_of_range at end, naming the length", () => {
    const end = ARTICLE_TEXT.length + 1;
    const issue = onlyIssue(
      anchored(ARTICLE_TEXT, [{ start: ARTICLE_TEXT.length - 6, end, exact: "region." }]),
    );
    expect(issue.path).toEqual(at("end"));
    expect(issue.code).toBe("anchor_out_of_range");
    expect(issue.message).toBe(
      `the span ends at ${end}, past the end of article "an-article"'s text (${ARTICLE_TEXT.length} characters); expected an offset within it`,
    );
  });

  it("cuts long texts in messages", () => {
    const text = "x".repeat(200);
    const issue = onlyIssue(anchored(text, [{ start: 0, end: 100, exact: "y".repeat(100) }]));
    expect(issue.message).toBe(`the text at 0–100 is "${"x".repeat(60)}…"; expected "${"y".repeat(60)}…"`);
  });

  it("compares after NFC: a precomposed é matches a decomposed one, either way round", () => {
    const composed = "Le caf\u00e9 noir";
    const decomposed = "Le cafe\u0301 noir";
    expectValid(anchored(decomposed, [{ start: 3, end: 8, exact: "caf\u00e9" }]));
    expectValid(anchored(composed, [{ start: 3, end: 7, exact: "cafe\u0301" }]));
  });

  it("compares prefix and suffix after NFC too, whatever their length in the text", () => {
    const decomposed = "Le cafe\u0301 noir, le cafe\u0301 cre\u0300me";
    const span = spanOf(decomposed, " noir");
    expectValid(anchored(decomposed, [{ ...span, prefix: "Le caf\u00e9", suffix: ", le caf\u00e9" }]));
    const composed = decomposed.normalize("NFC");
    const composedSpan = spanOf(composed, " noir");
    expectValid(
      anchored(composed, [{ ...composedSpan, prefix: "Le cafe\u0301", suffix: ", le cafe\u0301" }]),
    );
  });

  it("still accepts a prefix and suffix cut out of the text between a letter and its accent", () => {
    const decomposed = "cafe\u0301 noir cafe\u0301";
    const span = spanOf(decomposed, " noir ");
    expectValid(anchored(decomposed, [{ ...span, prefix: "\u0301", suffix: "cafe" }]));
  });

  it("keeps curly and straight quotes apart", () => {
    const text = "Rutte called it a \u201csignificant escalation\u201d.";
    const span = spanOf(text, "\u201csignificant escalation\u201d");
    expectValid(anchored(text, [span]));
    const issue = onlyIssue(anchored(text, [{ ...span, exact: '"significant escalation"' }]));
    expect(issue.path).toEqual(at("exact"));
    expect(issue.code).toBe("anchor_mismatch");
    const apostrophe = onlyIssue(anchored("Russia\u2019s troops", [{ start: 0, end: 8, exact: "Russia's" }]));
    expect(apostrophe.code).toBe("anchor_mismatch");
  });

  it("rejects a prefix that does not precede the span at prefix, quoting both", () => {
    const span = spanOf(ARTICLE_TEXT, "North Korean troops");
    const issue = onlyIssue(anchored(ARTICLE_TEXT, [{ ...span, prefix: "this " }]));
    expect(issue.path).toEqual(at("prefix"));
    expect(issue.code).toBe("anchor_mismatch");
    expect(issue.message).toBe(`the text before ${span.start} is "that "; expected the prefix "this "`);
  });

  it("rejects a suffix that does not follow the span at suffix, quoting both", () => {
    const span = spanOf(ARTICLE_TEXT, "North Korean troops");
    const issue = onlyIssue(anchored(ARTICLE_TEXT, [{ ...span, suffix: " are" }]));
    expect(issue.path).toEqual(at("suffix"));
    expect(issue.code).toBe("anchor_mismatch");
    expect(issue.message).toBe(`the text after ${span.end} is " wer"; expected the suffix " are"`);
  });

  it("rejects a prefix longer than the text before the span", () => {
    const issue = onlyIssue(anchored(ARTICLE_TEXT, [{ start: 0, end: 4, exact: "NATO", prefix: "The " }]));
    expect(issue.path).toEqual(at("prefix"));
    expect(issue.message).toBe('the text before 0 is ""; expected the prefix "The "');
  });

  it("reports a wrong prefix and a wrong suffix of one span together", () => {
    const span = spanOf(ARTICLE_TEXT, "troops", { prefix: "x", suffix: "y" });
    const issues = issuesOf(anchored(ARTICLE_TEXT, [span]));
    expect(issues?.map((issue) => issue.path)).toEqual([at("prefix"), at("suffix")]);
  });

  it("counts offsets in UTF-16 code units: an emoji before the span takes two", () => {
    const text = "\u{1F4F0} NATO confirmed";
    expectValid(anchored(text, [{ start: 3, end: 7, exact: "NATO", prefix: "\u{1F4F0} " }]));
    expect(onlyIssue(anchored(text, [{ start: 2, end: 6, exact: "NATO" }])).code).toBe("anchor_mismatch");
  });

  it("skips spans into an article that has no text", () => {
    expectValid(
      graph({
        articles: [article()],
        actors: [organization()],
        claims: [claim({ evidence: [{ article: "an-article", start: 0, end: 4, exact: "anything" }] })],
      }),
    );
  });

  it("checks every span of every claim, with the path of each", () => {
    const issues = issuesOf(
      graph({
        articles: [article({ text: ARTICLE_TEXT })],
        actors: [organization()],
        claims: [
          claim({ id: "first", evidence: [{ article: "an-article", start: 0, end: 4, exact: "NATO" }] }),
          claim({
            id: "second",
            evidence: [
              { article: "an-article", start: 0, end: 4, exact: "NATO" },
              { article: "an-article", start: 0, end: 4, exact: "nato" },
            ],
          }),
        ],
      }),
    );
    expect(issues?.map((issue) => issue.path)).toEqual([["claims", 1, "evidence", 1, "exact"]]);
  });
});

describe("verifyAnchors", () => {
  const exact = spanOf(ARTICLE_TEXT, "North Korean troops");

  it("checks spans against texts given as a record", () => {
    const parsed = withoutText([exact]);
    expect(verifyAnchors(parsed, { "an-article": ARTICLE_TEXT })).toEqual([]);
    expect(
      verifyAnchors(parsed, { "an-article": "Something else entirely, and long enough." }),
    ).toMatchObject([{ path: at("exact"), code: "anchor_mismatch" }]);
  });

  it("checks spans against texts given as a Map", () => {
    const parsed = withoutText([exact]);
    expect(verifyAnchors(parsed, new Map([["an-article", ARTICLE_TEXT]]))).toEqual([]);
    expect(verifyAnchors(parsed, new Map([["an-article", "short"]]))).toMatchObject([
      { path: at("end"), code: "anchor_out_of_range" },
    ]);
  });

  it("reports a span whose article has no text anywhere with unknown_article_text", () => {
    const issues = verifyAnchors(withoutText([exact]), { "another-article": ARTICLE_TEXT });
    expect(issues).toEqual([
      {
        path: at("article"),
        code: "unknown_article_text",
        message: 'no text was supplied for article "an-article"; expected its text to check the span against',
      },
    ]);
    expect(verifyAnchors(withoutText([exact]), new Map())).toMatchObject([{ code: "unknown_article_text" }]);
  });

  it("falls back to the article's own text, and prefers the text given", () => {
    const parsed = parseNewsGraph(anchored(ARTICLE_TEXT, [exact]));
    expect(verifyAnchors(parsed, {})).toEqual([]);
    expect(verifyAnchors(parsed, { "an-article": "x".repeat(100) })).toMatchObject([
      { code: "anchor_mismatch" },
    ]);
  });

  it("is not confused by a record with an own __proto__ key or by ids named like Object members", () => {
    const texts: Record<string, string> = JSON.parse(`{"__proto__": ${JSON.stringify(ARTICLE_TEXT)}}`);
    expect(Object.hasOwn(texts, "__proto__")).toBe(true);
    expect(verifyAnchors(withoutText([exact]), texts)).toMatchObject([{ code: "unknown_article_text" }]);
    const constructorArticle = withoutText([exact], "constructor");
    expect(verifyAnchors(constructorArticle, {})).toMatchObject([{ code: "unknown_article_text" }]);
    expect(verifyAnchors(constructorArticle, { constructor: ARTICLE_TEXT })).toEqual([]);
    expect(verifyAnchors(constructorArticle, Object.create(null))).toMatchObject([
      { code: "unknown_article_text" },
    ]);
  });

  it("does not change the graph or the texts it is given", () => {
    const parsed = withoutText([exact]);
    const texts = { "an-article": ARTICLE_TEXT };
    const before = structuredClone({ parsed, texts });
    verifyAnchors(Object.freeze(parsed), Object.freeze(texts));
    expect({ parsed, texts }).toEqual(before);
  });
});

describe("a claim's quote", () => {
  // ARTICLE_TEXT: "NATO confirmed that North Korean troops were sent to Russia's Kursk region."
  const quoted = (quote: string, spans: Record<string, unknown>[], text = ARTICLE_TEXT) =>
    graph({
      articles: [article({ text })],
      actors: [organization()],
      claims: [claim({ quote, evidence: spans.map((span) => ({ article: "an-article", ...span })) })],
    });
  const sentence = spanOf(ARTICLE_TEXT, "North Korean troops were sent to Russia's Kursk region");

  it("is accepted inside one of the claim's spans, or as the whole of one", () => {
    expectValid(quoted("troops were sent", [sentence]));
    expectValid(quoted("NATO", [spanOf(ARTICLE_TEXT, "NATO confirmed"), sentence]));
    expectValid(quoted("Kursk region", [spanOf(ARTICLE_TEXT, "Kursk region")]));
  });

  it("is compared after NFC, like the spans", () => {
    const text = "Il a dit : “un cafe\u0301 serré”.";
    expectValid(quoted("un café", [spanOf(text, "un cafe\u0301 serré")], text));
  });

  it("is rejected when it is not in the text, with unanchored_quote at the quote", () => {
    const issue = onlyIssue(quoted("troops had been sent", [sentence]));
    expect(issue.path).toEqual(["claims", 0, "quote"]);
    expect(issue.code).toBe("unanchored_quote");
    expect(issue.message).toBe(
      `the quote "troops had been sent" is not in the text of article "an-article"; expected the claimant's words exactly as the article gives them`,
    );
  });

  it("is rejected when straight quotes stand for the text's curly ones", () => {
    const text = "Rutte called it a “significant escalation”.";
    const issue = onlyIssue(
      quoted('"significant escalation"', [spanOf(text, "“significant escalation”")], text),
    );
    expect(issue.code).toBe("unanchored_quote");
  });

  it("is rejected when the text has it outside every span, saying where it is", () => {
    const issue = onlyIssue(quoted("NATO confirmed", [sentence]));
    expect(issue.code).toBe("unanchored_quote");
    expect(issue.message).toBe(
      `the quote "NATO confirmed" is in none of the claim's evidence spans, though article "an-article" has it at 0–14; expected a span that contains it`,
    );
  });

  it("is not checked while a span is out of place: the span is reported, and only it", () => {
    const issue = onlyIssue(quoted("nowhere", [{ ...sentence, start: sentence.start + 1 }]));
    expect(issue.code).toBe("anchor_mismatch");
  });

  it("is not checked without evidence, or while a span's article has no text", () => {
    expectValid(quoted("nowhere", []));
    const parsed = withoutText([sentence]);
    const withQuote = { ...parsed, claims: parsed.claims.map((entry) => ({ ...entry, quote: "nowhere" })) };
    expectValid(withQuote);
  });

  it("is checked by verifyAnchors against texts kept apart from the graph", () => {
    const parsed = withoutText([sentence]);
    const withQuote = { ...parsed, claims: parsed.claims.map((entry) => ({ ...entry, quote: "nowhere" })) };
    expect(verifyAnchors(withQuote, { "an-article": ARTICLE_TEXT })).toMatchObject([
      { path: ["claims", 0, "quote"], code: "unanchored_quote" },
    ]);
    const quotingWell = { ...parsed, claims: parsed.claims.map((entry) => ({ ...entry, quote: "Kursk" })) };
    expect(verifyAnchors(quotingWell, { "an-article": ARTICLE_TEXT })).toEqual([]);
  });
});
