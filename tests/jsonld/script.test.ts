import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonLdScript, jsonLdText } from "../../src/jsonld/script";

const OPEN = '<script type="application/ld+json">';
const CLOSE = "</script>";

/** The JSON text between the tags, after checking the element's outer shape. */
function content(html: string, open = OPEN): string {
  expect(html.startsWith(open)).toBe(true);
  expect(html.endsWith(CLOSE)).toBe(true);
  return html.slice(open.length, -CLOSE.length);
}

/** The properties every emitted element must have, whatever the input. */
function expectSafe(html: string, input: unknown): void {
  const closings = html.match(/<\/script/gi) ?? [];
  expect(closings).toHaveLength(1);
  // Found case-insensitively without lower-casing, which changes the length of some strings ("İ").
  expect([...html.matchAll(/<\/script/gi)].at(-1)?.index).toBe(html.length - CLOSE.length);
  expect(html).not.toContain("<!--");
  const json = content(html);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(input);
}

const withoutNegativeZero = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hostile: Record<string, string> = {
  "a closing script tag": "</script>",
  "a closing script tag with a space": "</script >",
  "an upper-case self-closing script tag": "</SCRIPT/>",
  "a mixed-case closing tag in the middle of text": "a</ScRiPt\tb",
  "an HTML comment opener": "<!--",
  "an opening script tag": "<script>",
  "a comment and script together": "<!--<script>",
  "a CDATA end": "]]>",
  "U+2028 LINE SEPARATOR": "line\u2028break",
  "U+2029 PARAGRAPH SEPARATOR": "para\u2029graph",
  "a lone high surrogate": "x\uD800y",
  "a lone low surrogate": "x\uDFFFy",
  "an emoji (a valid surrogate pair)": "news 📰 🇺🇦",
  "an ampersand": "AT&T",
  "an HTML entity": "&lt;/script&gt;",
  "a double quote": 'say "hi"',
  backslashes: "C:\\path\\to\\</script>",
  "a NUL character": "nul\u0000char",
  "control characters": "\u0001\u001f\u007f\u0085",
};

describe("jsonLdScript", () => {
  test("wraps a document in an application/ld+json script element", () => {
    const html = jsonLdScript({ "@context": "https://schema.org", "@type": "Thing", name: "x" });
    expect(html).toBe(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing","name":"x"}</script>',
    );
  });

  test("the documented example produces the documented output", () => {
    expect(
      jsonLdScript({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "</script>" }),
    ).toBe(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
        '"headline":"\\u003c/script\\u003e"}</script>',
    );
    expect(jsonLdScript({ "@type": "Thing" }, { nonce: "abc123" })).toBe(
      '<script type="application/ld+json" nonce="abc123">{"@type":"Thing"}</script>',
    );
  });

  for (const [what, text] of Object.entries(hostile)) {
    test(`a value containing ${what} cannot close the element and round-trips`, () => {
      const input = { "@type": "NewsArticle", headline: text, keywords: [text, { name: text }] };
      expectSafe(jsonLdScript(input), input);
    });

    test(`a key containing ${what} cannot close the element and round-trips`, () => {
      const input = { "@type": "Thing", [text]: text, nested: { [text]: [text] } };
      expectSafe(jsonLdScript(input), input);
    });
  }

  test("an ampersand stays readable after JSON.parse and no HTML entity is introduced", () => {
    const html = jsonLdScript({ name: "AT&T" });
    expect(html).not.toContain("&amp;");
    expect(content(html)).toBe('{"name":"AT\\u0026T"}');
    expect(JSON.parse(content(html))).toEqual({ name: "AT&T" });
  });

  test("U+2028 and U+2029 are written as JSON escapes", () => {
    expect(content(jsonLdScript({ text: "\u2028\u2029" }))).toBe('{"text":"\\u2028\\u2029"}');
  });

  test("lone surrogates are written as escapes so the output is well-formed Unicode", () => {
    const html = jsonLdScript({ high: "\uD800", low: "\uDFFF" });
    expect(html).not.toMatch(LONE_SURROGATE);
    expect(content(html)).toBe('{"high":"\\ud800","low":"\\udfff"}');
  });

  test("an array of nodes at the top level round-trips", () => {
    const input = [
      { "@type": "Thing", name: "</script>" },
      { "@type": "Thing", name: "<!--" },
    ];
    expectSafe(jsonLdScript(input), input);
  });

  test("numbers, booleans and null round-trip", () => {
    const input = { a: 1.5, b: -3, c: 0, d: true, e: false, f: null, g: [1e21, 5e-324] };
    expectSafe(jsonLdScript(input), input);
  });

  test("negative zero is written as 0, since JSON has no negative zero", () => {
    expect(content(jsonLdScript({ n: -0 }))).toBe('{"n":0}');
  });

  test("a node shared by two properties (not a cycle) is accepted", () => {
    const author = { "@type": "Person", name: "Jane" };
    const input = { author, creator: author };
    expectSafe(jsonLdScript(input), input);
  });

  test("an object with a null prototype is accepted", () => {
    const input: Record<string, unknown> = Object.create(null);
    input.name = "x";
    expect(JSON.parse(content(jsonLdScript(input)))).toEqual({ name: "x" });
  });

  test("a plain object from another realm is accepted", async () => {
    const { runInNewContext } = await import("node:vm");
    const input = runInNewContext('({ name: "</script>", list: [1, { a: "<!--" }] })');
    expect(JSON.parse(content(jsonLdScript(input)))).toEqual({ name: "</script>", list: [1, { a: "<!--" }] });
  });

  test("a __proto__ key is embedded as data", () => {
    const input = JSON.parse('{"__proto__":{"polluted":"</script>"}}');
    expectSafe(jsonLdScript(input), input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("the input document is not mutated", () => {
    const input = Object.freeze({ name: "</script>", list: Object.freeze(["<!--"]) });
    const before = JSON.stringify(input);
    jsonLdScript(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  describe("a document JSON cannot carry unchanged is refused with a clear Error", () => {
    const cases: [string, () => object, RegExp][] = [
      ["undefined", () => ({ a: { b: undefined } }), /cannot embed undefined at \$\.a\.b$/],
      [
        "a toJSON method",
        () => ({ toJSON: () => "x" }),
        /cannot embed an object whose toJSON method rewrites it at \$$/,
      ],
      ["a function", () => ({ a: [() => 1] }), /cannot embed a function at \$\.a\[0\]$/],
      ["a symbol", () => ({ s: Symbol("s") }), /cannot embed a symbol at \$\.s$/],
      ["a BigInt", () => ({ n: [1n] }), /cannot embed a BigInt at \$\.n\[0\]$/],
      ["NaN", () => ({ n: Number.NaN }), /cannot embed the number NaN at \$\.n$/],
      ["Infinity", () => ({ n: Number.POSITIVE_INFINITY }), /cannot embed the number Infinity at \$\.n$/],
      [
        "a Date",
        () => ({ "@graph": [{ date: new Date(0) }] }),
        /an instance of Date at \$\["@graph"\]\[0\]\.date$/,
      ],
      [
        "a hole in an array",
        () => ({ list: new Array<number>(3).fill(1, 0, 1) }),
        /cannot embed undefined at \$\.list\[1\]$/,
      ],
    ];
    for (const [what, make, message] of cases) {
      test(`${what} is refused, naming the path`, () => {
        const run = () => jsonLdScript(make());
        expect(run).toThrow(Error);
        expect(run).toThrow(message);
        expect(run).not.toThrow(TypeError);
      });
    }

    test("a cycle is refused, naming the property that closes it", () => {
      const node: Record<string, unknown> = { name: "loop" };
      node.self = { again: node };
      expect(() => jsonLdScript(node)).toThrow(
        /the document contains a cycle \(.*again.*closes the circle\)$/,
      );
      expect(() => jsonLdScript(node)).not.toThrow(TypeError);
    });

    test("undefined as the whole document is refused", () => {
      expect(() => jsonLdScript(undefined as unknown as object)).toThrow(/cannot embed undefined at \$$/);
    });
  });

  describe("the nonce option", () => {
    test("a base64 nonce is written as an attribute", () => {
      const html = jsonLdScript({ name: "x" }, { nonce: "AbC+/9_-==" });
      expect(html.startsWith('<script type="application/ld+json" nonce="AbC+/9_-==">')).toBe(true);
      expect(JSON.parse(content(html, '<script type="application/ld+json" nonce="AbC+/9_-==">'))).toEqual({
        name: "x",
      });
    });

    for (const nonce of ['a"b', "a<b", "a&b", "a b", "a>b", "", "abc===", "=abc", "é"]) {
      test(`the nonce ${JSON.stringify(nonce)} is refused`, () => {
        expect(() => jsonLdScript({}, { nonce })).toThrow(/is not a CSP base64 value/);
      });
    }

    test("omitting the nonce writes no attribute", () => {
      expect(jsonLdScript({}, {})).toBe(`${OPEN}{}${CLOSE}`);
    });
  });

  describe("properties", () => {
    const dangerous = fc
      .array(
        fc.constantFrom(
          "</script",
          "</SCRIPT",
          "<!--",
          "<",
          ">",
          "&",
          "/",
          " ",
          "\u2028",
          "\u2029",
          "\uD800",
          "s",
        ),
      )
      .map((parts) => parts.join(""));
    const text = fc.oneof(fc.string({ unit: "binary" }), dangerous);

    test("any string in a value or a key round-trips and cannot close the element", () => {
      fc.assert(
        fc.property(text, text, (key, value) => {
          const input = { "@type": "Thing", [key]: value, name: value, list: [value, { [key]: key }] };
          expectSafe(jsonLdScript(input), input);
        }),
        { numRuns: 2000 },
      );
    });

    test("any JSON value round-trips", () => {
      fc.assert(
        // JSON has no negative zero; -0 is normalised here and covered by its own test.
        fc.property(fc.dictionary(text, fc.jsonValue().map(withoutNegativeZero)), (input) => {
          expectSafe(jsonLdScript(input), input);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe("jsonLdText", () => {
  const hostile = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "</script><script>alert(1)</script> & <!-- \u2028",
    "</script>": ["\ud800", -0, 1e308],
  };

  test("is exactly the content jsonLdScript puts between its tags", () => {
    expect(jsonLdText(hostile)).toBe(content(jsonLdScript(hostile)));
    expect(`${OPEN}${jsonLdText(hostile)}${CLOSE}`).toBe(jsonLdScript(hostile));
  });

  test("holds no character that could end the element, and parses back to the document", () => {
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ ...hostile, "</script>": ["\ud800", 0, 1e308] });
  });

  test("refuses what JSON would change, naming itself and the path", () => {
    expect(() => jsonLdText({ "@type": "Event", startDate: new Date(0) })).toThrow(
      "jsonLdText: cannot embed an instance of Date at $.startDate",
    );
    const cyclic: Record<string, unknown> = { "@type": "Thing" };
    cyclic.self = cyclic;
    expect(() => jsonLdText(cyclic)).toThrow(/^jsonLdText: the document contains a cycle/);
  });

  test("agrees with jsonLdScript on any key and value", () => {
    const text = fc.string({ unit: "binary" });
    fc.assert(
      fc.property(text, text, (key, value) => {
        const document = { [key]: value };
        expect(`${OPEN}${jsonLdText(document)}${CLOSE}`).toBe(jsonLdScript(document));
      }),
      { numRuns: 1000 },
    );
  });
});
