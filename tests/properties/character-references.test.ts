// The laws of reading text that holds HTML: decoding never throws; text without references is left as it is;
// text escaped k times by an HTML escaper (k up to the bound) decodes back to itself; and newsgraph's own
// literal text reads back exactly, never taken for markup. Runs: 1,000 each.
import { decodeHTMLStrict } from "entities/decode";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECODINGS, decodeReferences, readText } from "../../src/import/jsonld/values";
import { literalText } from "../../src/jsonld/mapping-context";
import { runs } from "./support/runs";

/** Pieces of text that look like HTML, or nearly: references, their parts, tags, quotes, word boundaries. */
const PIECES = [
  "&",
  "&amp;",
  "&AMP;",
  "&#38;",
  "&#x26;",
  "amp;",
  "&lt;",
  "lt;",
  "&quot;",
  "&uuml;",
  "uuml;",
  "&#241;",
  "#241;",
  "&#x2B;",
  "&nosuchname;",
  "&copy2020",
  ";",
  "#",
  "<",
  ">",
  "<p>",
  '<p class="x">',
  "</div>",
  "<br/>",
  '<a href="https://example.org/">',
  "`",
  '"',
  "'",
  " ",
  "\n",
  "(",
  ")",
  ".",
  "ü",
  "😀",
  "AT&T",
  "word",
];

const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 24 })
  .map((pieces) => pieces.join(""));

/** Text that holds no reference HTML would decode: what an escaper is given. */
const plain = htmlish.filter((text) => decodeHTMLStrict(text) === text);

/**
 * HTML escapers as sites use them: the five markup characters, and non-ASCII characters as references (in hex,
 * as the he library writes them: `&#38;` is newsgraph's own literal ampersand, which a further decoding keeps).
 */
const ESCAPERS: Record<string, (text: string) => string> = {
  minimal: (text) =>
    text.replace(
      /[&<>"']/g,
      (character) =>
        ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#039;" })[character] ?? character,
    ),
  numeric: (text) =>
    [...text]
      .map((character) => {
        const code = character.codePointAt(0) ?? 0;
        // C1 controls are read as windows-1252 and surrogates as U+FFFD: an escaper writes them as they are.
        const escaped = /[&<>"']/.test(character) || (code >= 0xa0 && (code < 0xd800 || code > 0xdfff));
        return escaped ? `&#x${code.toString(16)};` : character;
      })
      .join(""),
  named: (text) =>
    text.replace(
      /[&<>"'üé]/g,
      (character) =>
        ({
          "&": "&amp;",
          "<": "&lt;",
          ">": "&gt;",
          '"': "&quot;",
          "'": "&apos;",
          ü: "&uuml;",
          é: "&eacute;",
        })[character] ?? character,
    ),
};

const decoded = (text: string): string => decodeReferences(text)?.text ?? text;

describe("decoding HTML character references", () => {
  it("never throws, and gives text without a reference only where it decoded none", () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string({ unit: "binary" })), (text) => {
        const result = decodeReferences(text);
        if (result !== undefined) expect(result.text).not.toBe(text);
      }),
      runs(1000),
    );
  });

  it("leaves text that holds no reference as it is", () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(decodeReferences(text)).toBeUndefined();
      }),
      runs(1000),
    );
  });

  it(`reads text escaped up to ${DECODINGS} times back as it was`, () => {
    fc.assert(
      fc.property(
        plain,
        fc.constantFrom(...Object.keys(ESCAPERS)),
        fc.integer({ min: 1, max: DECODINGS }),
        (text, name, times) => {
          const escapeOnce = ESCAPERS[name] ?? ((value: string) => value);
          let escaped = text;
          for (let time = 0; time < times; time++) escaped = escapeOnce(escaped);
          expect(decoded(escaped)).toBe(text);
          if (times > 1 && escaped !== escapeOnce(text))
            expect(decodeReferences(escaped)?.note).toMatch(/escaped/);
        },
      ),
      runs(1000),
    );
  });

  it("keeps what is left after the last decoding, and says so", () => {
    fc.assert(
      fc.property(plain, (text) => {
        let escaped = `${text}&uuml;`;
        for (let time = 0; time < DECODINGS; time++) escaped = ESCAPERS.minimal?.(escaped) ?? escaped;
        expect(decoded(escaped)).toBe(`${text}&uuml;`);
        expect(decodeReferences(escaped)?.note).toMatch(/references still left after 3 decodings/);
      }),
      runs(1000),
    );
  });
});

describe("newsgraph's literal text", () => {
  it("reads back exactly, and is never taken for HTML markup", () => {
    fc.assert(
      fc.property(htmlish, (text) => {
        const written = literalText(text);
        expect(decoded(written)).toBe(text);
        const warnings: string[] = [];
        const read = readText(
          { value: written, path: "$" },
          "the text",
          (_, message) => warnings.push(message),
          undefined,
          null,
        );
        expect(read).toBe(text.length === 0 ? undefined : text);
        expect(warnings.filter((message) => message.includes("markup"))).toEqual([]);
      }),
      runs(1000),
    );
  });
});
