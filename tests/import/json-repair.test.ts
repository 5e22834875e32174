// JSON that does not parse, repaired by jsonrepair: the value it gives, and each repair found in the text with
// its kind and place, in the forms real pages write (tests/fixtures/pages/README.md lists them).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAndColumn } from "../../src/import/json-error";
import {
  locateRepairs,
  MAX_LOCATED_REPAIRS,
  MAX_REPAIRED_LENGTH,
  type RepairedJson,
  repairJson,
} from "../../src/import/json-repair";
import { runs } from "../properties/support/runs";

/** The repaired value and repairs; the test fails when the text was not repaired. */
function repaired(text: string): RepairedJson {
  const outcome = repairJson(text);
  if ("reason" in outcome) throw new Error(`not repaired: ${outcome.reason}`);
  return outcome;
}

/** The repairs of a text as `line:column kind`, for compact expectations. */
function located(text: string): string[] {
  return repaired(text).repairs.map((repair) => {
    const { line, column } = lineAndColumn(text, repair.offset);
    return `${line}:${column} ${repair.kind}`;
  });
}

describe("repairJson", () => {
  it.each([
    ["a // comment", '{ // the page\n "a": 1 }', { a: 1 }, ["1:3 comment"]],
    ["a /* block */ comment", '{"a": 1, /* old */ "b": 2}', { a: 1, b: 2 }, ["1:10 comment"]],
    [
      "trailing commas",
      '{"a": [1, 2,],\n "b": 3,}',
      { a: [1, 2], b: 3 },
      ["1:12 trailing-comma", "2:8 trailing-comma"],
    ],
    [
      'a dangling "width": ,',
      '{"image": {"width": , "height": 600}}',
      { image: { width: null, height: 600 } },
      ["1:21 missing-value"],
    ],
    [
      "a raw line break in a string",
      '{"headline": "one\ntwo"}',
      { headline: "one\ntwo" },
      ["1:14 string-escape"],
    ],
    ["a tab in a string", '{"headline": "one\ttwo"}', { headline: "one\ttwo" }, ["1:14 string-escape"]],
    ["single quotes", "{'headline': 'It works'}", { headline: "It works" }, ["1:2 quotes", "1:14 quotes"]],
    ["typographic quotes", '{"a": \u201cx\u201d}', { a: "x" }, ["1:7 quotes"]],
    ["a name without quotes", '{a: 1, "b": 2}', { a: 1, b: 2 }, ["1:2 quotes"]],
    [
      "an unescaped quotation mark",
      '{"h": "He said "no" to it", "b": 1}',
      { h: 'He said "no" to it', b: 1 },
      ["1:7 string-escape"],
    ],
    ["a missing comma", '{"a": 1\n "b": 2}', { a: 1, b: 2 }, ["2:2 missing-comma"]],
    ["a closing brace too many", '{"a": 1}\n}', { a: 1 }, ["2:1 extra-closing"]],
    ["text cut short", '{"a": [1, 2', { a: [1, 2] }, ["1:12 unclosed"]],
    ["objects one after another", '{"a": 1},\n{"b": 2}', [{ a: 1 }, { b: 2 }], ["1:1 several-values"]],
    [
      "JavaScript's and Python's words",
      '{"a": True, "b": undefined}',
      { a: true, b: null },
      ["1:7 literal", "1:18 literal"],
    ],
  ])("repairs %s and says where", (_, text, value, repairs) => {
    expect(repaired(text).value).toEqual(value);
    expect(located(text)).toEqual(repairs);
  });

  it("names what it removed or rewrote in each description", () => {
    const { repairs } = repaired('{"a": 1, // was 2\n "b": [1,]}');
    expect(repairs.map((repair) => repair.description)).toEqual([
      'a comment removed: "// was 2"',
      "a trailing comma removed",
    ]);
  });

  it("repairs no text that is not JSON at all, even where jsonrepair makes a string of it, and says why", () => {
    const notJson = "it holds no JSON object to repair: it is not JSON at all";
    expect(repairJson("var page = 5;")).toEqual({ reason: notJson });
    expect(repairJson("Musik und Sport\n5\n1")).toEqual({ reason: notJson });
    expect(repairJson('{"a": ""Seamos honestos", dijo"}')).toEqual({
      reason: "it cannot be repaired (Colon expected at position 31)",
    });
  });

  it(`repairs no text longer than ${MAX_REPAIRED_LENGTH} characters`, () => {
    const long = `{"a": "${"x".repeat(MAX_REPAIRED_LENGTH)}",}`;
    expect(repairJson(long)).toEqual({
      reason: `it is ${long.length} characters long, and texts longer than ${MAX_REPAIRED_LENGTH} are not repaired`,
    });
    const fits = `{"a": "${"x".repeat(MAX_REPAIRED_LENGTH - 10)}",}`;
    expect(fits).toHaveLength(MAX_REPAIRED_LENGTH);
    expect(repaired(fits).repairs).toEqual([
      { kind: "trailing-comma", offset: MAX_REPAIRED_LENGTH - 2, description: "a trailing comma removed" },
    ]);
  });

  it("finds no repair in JSON that parses", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateRepairs(text, JSON.stringify(JSON.parse(text))).repairs).toEqual([]);
      }),
      runs(500),
    );
  });

  it("finds a repair for each comment put into JSON, at the comment", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), fc.nat(), (numbers, at) => {
        const index = at % numbers.length;
        const items = numbers.map((number, position) =>
          position === index ? `/* c */ {"n": ${number}}` : `{"n": ${number}}`,
        );
        const text = `[${items.join(", ")}]`;
        const outcome = repaired(text);
        expect(outcome.value).toEqual(numbers.map((n) => ({ n })));
        expect(outcome.repairs).toEqual([
          { kind: "comment", offset: text.indexOf("/*"), description: 'a comment removed: "/* c */"' },
        ]);
      }),
      runs(200),
    );
  });

  it(`locates at most ${MAX_LOCATED_REPAIRS} repairs and says where it stopped looking`, () => {
    const text = `[${Array.from({ length: 300 }, (_, index) => `{"n": ${index}} /* ${index} */`).join(",")}]`;
    const outcome = repaired(text);
    expect(outcome.repairs).toHaveLength(MAX_LOCATED_REPAIRS);
    expect(outcome.unlocatedAfter).toBeGreaterThan(text.indexOf(`/* ${MAX_LOCATED_REPAIRS - 1} */`));
    expect(outcome.unlocatedAfter).toBeLessThanOrEqual(text.indexOf(`/* ${MAX_LOCATED_REPAIRS} */`));
  });
});
