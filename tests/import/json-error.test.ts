// Where JSON that does not parse goes wrong: the finder agrees with JSON.parse on what parses, and points at
// the first character that cannot be read, by line and column.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonError, lineAndColumn } from "../../src/import/json-error";
import { runs } from "../properties/support/runs";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text with one character changed, dropped or added somewhere, or cut short. */
const spoilt = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom("", ",", "}", "]", ":", '"', "\\", "x", "0", "-", ".", "e", "\n", "\u0000"),
    fc.nat(2),
  )
  .map(([text, at, character, how]) => {
    const index = text.length === 0 ? 0 : at % text.length;
    if (how === 0) return text.slice(0, index) + character + text.slice(index + 1);
    if (how === 1) return text.slice(0, index) + character + text.slice(index);
    return text.slice(0, index);
  });

describe("findJsonError", () => {
  it("finds no error exactly where JSON.parse parses", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), spoilt, fc.string({ maxLength: 12 })), (text) => {
        expect(findJsonError(text) === undefined).toBe(parses(text));
      }),
      runs(3000),
    );
  });

  it("points at the first character that cannot be read: the text up to it is a valid beginning", () => {
    fc.assert(
      fc.property(spoilt, (text) => {
        const error = findJsonError(text);
        if (error === undefined) return;
        expect(error.offset).toBeLessThanOrEqual(text.length);
        expect(lineAndColumn(text, error.offset)).toEqual({ line: error.line, column: error.column });
      }),
      runs(1000),
    );
  });

  it.each([
    ['{"a":}', 1, 6, 'expected a value (an object, array, string, number, true, false or null), found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}", found "\\""'],
    ["[1, 2", 1, 6, 'expected "," or "]", found the end of the text'],
    [
      '{"a": "x\ny"}',
      1,
      9,
      "expected a character other than a control character (write it as an escape), found U+000A",
    ],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    [
      "\u00a0{}",
      1,
      1,
      'expected a value (an object, array, string, number, true, false or null), found "\u00a0"',
    ],
    ['"😀" x', 1, 5, 'expected the end of the text, found "x"'],
    ["1.", 1, 3, "expected a digit, found the end of the text"],
    ['{"a":1}\r\n\r\n}', 3, 1, 'expected the end of the text, found "}"'],
  ])("reads %j as wrong at line %i, column %i: %s", (text, line, column, reason) => {
    expect(findJsonError(text)).toMatchObject({ line, column, reason });
  });

  it("reads hostile nesting without using the stack", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(199_999)}`;
    expect(findJsonError(deep)).toMatchObject({
      offset: deep.length,
      reason: 'expected "," or "]", found the end of the text',
    });
  });
});
