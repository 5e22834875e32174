// Where JSON that does not parse goes wrong, by line and column, and what was expected there. JSON.parse says
// little (its messages differ between engines and often give no position), so the text is read again, once,
// iteratively: hostile nesting costs no stack.

/** Where JSON stops being valid, and why. @internal */
export interface JsonSyntaxError {
  /** Index of the first character that cannot be read (the text's length when it ends too early). */
  offset: number;
  /** Line of that character, from 1; lines end at LF, CRLF or CR. */
  line: number;
  /** Column of that character, from 1, in Unicode characters (an emoji counts once). */
  column: number;
  /** What was expected and what was found, as a phrase: `expected "," or "}", found "]"`. */
  reason: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const LITERALS = ["true", "false", "null"];

function shown(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the text";
  const code = text.codePointAt(offset) ?? 0;
  const character = String.fromCodePoint(code);
  return code < 0x20 || code === 0x7f
    ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}`
    : JSON.stringify(character);
}

/** The 1-based line and column of an offset in a text. @internal */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  // Columns count characters, not UTF-16 units: a surrogate pair is one.
  let column = 1;
  for (let index = lineStart; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (
      !(code >= 0xdc00 && code <= 0xdfff && index > lineStart && isHighSurrogate(text.charCodeAt(index - 1)))
    )
      column++;
  }
  return { line, column };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Finds the first place where a text is not valid JSON (RFC 8259, as `JSON.parse` reads it); `undefined` when
 * it is valid. @internal
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const fail = (offset: number, expected: string): JsonSyntaxError => ({
    offset,
    ...lineAndColumn(text, offset),
    reason: `expected ${expected}, found ${shown(text, offset)}`,
  });
  const skip = (from: number): number => {
    let index = from;
    while (WHITESPACE.has(text.charCodeAt(index))) index++;
    return index;
  };
  const containers: ("{" | "[")[] = [];
  let index = skip(0);
  // Each round reads one value, then what may follow it.
  for (;;) {
    const character = text[index];
    if (character === "{" || character === "[") {
      containers.push(character);
      index = skip(index + 1);
      const closing = character === "{" ? "}" : "]";
      if (text[index] === closing) {
        containers.pop();
        index++;
      } else if (character === "{") {
        const key = readKey(index);
        if (typeof key !== "number") return key;
        index = key;
        continue;
      } else continue;
    } else if (character === '"') {
      const end = readString(index);
      if (typeof end !== "number") return end;
      index = end;
    } else if (character === "-" || (character !== undefined && character >= "0" && character <= "9")) {
      const end = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
      end.lastIndex = index;
      if (end.exec(text) === null) return fail(character === "-" ? index + 1 : index, "a digit");
      index = end.lastIndex;
      // A number cut short: "1." or "1e".
      if (text[index] === "." || text[index] === "e" || text[index] === "E")
        return fail(index + 1, "a digit");
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, index));
      if (literal === undefined)
        return fail(index, "a value (an object, array, string, number, true, false or null)");
      index += literal.length;
    }
    // After a value: the end of the text, or what its container takes next.
    for (;;) {
      index = skip(index);
      const container = containers.at(-1);
      if (container === undefined)
        return index === text.length ? undefined : fail(index, "the end of the text");
      const closing = container === "{" ? "}" : "]";
      if (text[index] === closing) {
        containers.pop();
        index++;
        continue;
      }
      if (text[index] !== ",") return fail(index, `"," or "${closing}"`);
      index = skip(index + 1);
      if (container === "{") {
        const key = readKey(index);
        if (typeof key !== "number") return key;
        index = key;
      }
      break;
    }
  }

  // A string from its opening quote: the index just past its closing quote, or the error in it.
  function readString(from: number): number | JsonSyntaxError {
    for (let at = from + 1; ; at++) {
      const code = text.charCodeAt(at);
      if (at >= text.length) return fail(at, 'a closing "');
      if (code === 0x22) return at + 1;
      if (code < 0x20) return fail(at, "a character other than a control character (write it as an escape)");
      if (code === 0x5c) {
        const escaped = text[at + 1];
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            return fail(at + 2, "four hexadecimal digits");
          at += 5;
        } else if (escaped !== undefined && ESCAPES.has(escaped)) at++;
        else return fail(at + 1, 'an escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u)');
      }
    }
  }

  // A member's key and its colon: the index of its value, or the error.
  function readKey(from: number): number | JsonSyntaxError {
    if (text[from] !== '"') return fail(from, "a property name in double quotes");
    const end = readString(from);
    if (typeof end !== "number") return end;
    const colon = skip(end);
    if (text[colon] !== ":") return fail(colon, '":"');
    return skip(colon + 1);
  }
}
