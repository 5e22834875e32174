import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExtractedJsonLd, extractJsonLd } from "../../src/import/extract";
import { hostileHtml } from "../adversarial/hostile-inputs";

const LD_OPEN = '<script type="application/ld+json">';
const LD_CLOSE = "</script>";

/** A page with one ld+json script whose start tag is `openTag`, holding `content`. */
function page(openTag: string, content = '{"@type":"NewsArticle"}'): string {
  return `<html><head>${openTag}${content}${LD_CLOSE}</head></html>`;
}

function values(result: ExtractedJsonLd): unknown[] {
  return result.documents.map((block) => block.value);
}

function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/jsonld-import/${name}`, import.meta.url), "utf8");
}

describe("extractJsonLd", () => {
  describe("finding blocks", () => {
    it("returns the parsed value, index, tag offset and content offset of a block", () => {
      const html = `<p>intro</p>${LD_OPEN}{"@type":"Person","name":"Ada"}${LD_CLOSE}`;
      expect(extractJsonLd(html)).toEqual({
        documents: [
          {
            index: 0,
            offset: 12,
            contentOffset: 12 + LD_OPEN.length,
            value: { "@type": "Person", name: "Ada" },
          },
        ],
        findings: [],
      });
    });

    it("returns nothing for a page without ld+json scripts", () => {
      expect(extractJsonLd("<!DOCTYPE html><html><body><p>a < b</p></body></html>")).toEqual({
        documents: [],
        findings: [],
      });
    });

    it("numbers blocks in document order, counting those that fail", () => {
      const html = `${LD_OPEN}[1]${LD_CLOSE}${LD_OPEN}nope${LD_CLOSE}${LD_OPEN}[3]${LD_CLOSE}`;
      const result = extractJsonLd(html);
      expect(result.documents.map((block) => [block.index, block.value])).toEqual([
        [0, [1]],
        [2, [3]],
      ]);
      expect(result.findings.map((finding) => finding.index)).toEqual([1]);
    });

    it("counts offsets in UTF-16 code units, as JavaScript string indices do", () => {
      const prefix = "<p>🗞️ Ünïcode</p>";
      const result = extractJsonLd(`${prefix}${LD_OPEN}{}${LD_CLOSE}`);
      const block = result.documents[0];
      expect(block?.offset).toBe(prefix.length);
      expect(block?.contentOffset).toBe(prefix.length + LD_OPEN.length);
    });

    it("reads JSON arrays, strings and numbers as well as objects", () => {
      const html = [`[{"@type":"Thing"}]`, `"text"`, `42`, `null`].map(
        (json) => `${LD_OPEN}${json}${LD_CLOSE}`,
      );
      expect(values(extractJsonLd(html.join("\n")))).toEqual([[{ "@type": "Thing" }], "text", 42, null]);
    });

    it("keeps a __proto__ key as an own property without touching any prototype", () => {
      const result = extractJsonLd(`${LD_OPEN}{"__proto__":{"polluted":true},"name":"x"}${LD_CLOSE}`);
      const value = result.documents[0]?.value as Record<string, unknown>;
      expect(Object.hasOwn(value, "__proto__")).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it("runs the example in its documentation", () => {
      const html =
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<script type="application/ld+json">{"headline":</script>';
      const { documents, findings } = extractJsonLd(html);
      expect(documents).toEqual([
        { index: 0, offset: 0, contentOffset: 35, value: { "@type": "NewsArticle" } },
      ]);
      expect(findings).toEqual([
        {
          index: 1,
          offset: 67,
          code: "invalid-json",
          position: { offset: 114, line: 1, column: 115 },
          message: expect.stringMatching(
            /^block 1 at offset 67 is not valid JSON: at line 1, column 115 \(offset 114\)/,
          ),
        },
      ]);
    });
  });

  describe("recognising the script tag", () => {
    it.each([
      ["upper-case tag, attribute and value", '<SCRIPT TYPE="Application/LD+JSON">'],
      ["single-quoted value", "<script type='application/ld+json'>"],
      ["unquoted value", "<script type=application/ld+json>"],
      ["spaces around the equals sign", '<script type = "application/ld+json">'],
      [
        "attributes before and after type",
        '<script id="schema" nonce="abc123" type="application/ld+json" data-x="1">',
      ],
      ["boolean attributes", '<script async type="application/ld+json" defer>'],
      ["newlines and tabs inside the tag", '<script\n\ttype="application/ld+json"\n\tid="a"\n>'],
      ["a type with parameters", '<script type="application/ld+json; charset=utf-8">'],
      ["a type with spaces inside the quotes", '<script type="  application/ld+json  ">'],
      ["self-closing syntax, which HTML ignores for script", '<script type="application/ld+json"/>'],
      ["a quoted > inside another attribute", '<script data-note="a > b" type="application/ld+json">'],
      [
        "a duplicate type attribute after the first",
        '<script type="application/ld+json" type="text/javascript">',
      ],
    ])("finds a block with %s", (_, openTag) => {
      expect(values(extractJsonLd(page(openTag)))).toEqual([{ "@type": "NewsArticle" }]);
    });

    it.each([
      ["type application/json", '<script type="application/json">'],
      ["type text/javascript", '<script type="text/javascript">'],
      ["no type", "<script>"],
      ["an empty type", '<script type="">'],
      ["a type that only starts like ld+json", '<script type="application/ld+json2">'],
      ["the type inside another attribute's value", `<script data-note='type="application/ld+json"'>`],
      ["the type as part of a longer attribute name", '<script datatype="application/ld+json">'],
      ["a first type attribute that is not ld+json", '<script type="text/plain" type="application/ld+json">'],
      ["a tag whose name only starts with script", '<scripts type="application/ld+json">'],
      ["a non-script element with the type", '<div type="application/ld+json">'],
    ])("ignores a script with %s", (_, openTag) => {
      expect(extractJsonLd(page(openTag))).toEqual({ documents: [], findings: [] });
    });

    it("ignores ld+json markup written inside another script's JavaScript", () => {
      const html = `<script>var t = '${LD_OPEN}{"fake":true}<\\/script>';</script>${LD_OPEN}{"real":true}${LD_CLOSE}`;
      expect(extractJsonLd(html)).toEqual({
        documents: [expect.objectContaining({ index: 0, value: { real: true } })],
        findings: [],
      });
    });

    it("ignores ld+json markup inside title, textarea and style text", () => {
      const inner = `${LD_OPEN}{"fake":true}`;
      const html = `<title>${inner}</title><textarea>${inner}</textarea><style>${inner}</style>${page(LD_OPEN)}`;
      expect(values(extractJsonLd(html))).toEqual([{ "@type": "NewsArticle" }]);
    });

    it("ignores everything after a <plaintext> tag, which HTML reads as text to the end", () => {
      expect(extractJsonLd(`<plaintext>${page(LD_OPEN)}`)).toEqual({ documents: [], findings: [] });
    });

    it("ignores a > inside a quoted attribute of an end tag", () => {
      const html = `<a href="x"></a title='${LD_OPEN}'>${page(LD_OPEN)}`;
      expect(extractJsonLd(html).documents).toHaveLength(1);
    });
  });

  describe("HTML comments", () => {
    it("ignores an ld+json script inside a comment", () => {
      const html = `<!-- ${LD_OPEN}{"old":true}${LD_CLOSE} -->${LD_OPEN}{"new":true}${LD_CLOSE}`;
      expect(values(extractJsonLd(html))).toEqual([{ new: true }]);
    });

    it("does not count commented-out scripts in the block numbering", () => {
      const html = `<!--${LD_OPEN}[0]${LD_CLOSE}-->${LD_OPEN}[1]${LD_CLOSE}`;
      expect(extractJsonLd(html).documents[0]?.index).toBe(0);
    });

    it.each([
      ["<!-->", "<!-->"],
      ["<!--->", "<!--->"],
      ["--!> as the end", "<!-- x --!>"],
      ["dashes inside", "<!-- a -- b --- c ---->"],
    ])("ends a comment written as %s where HTML ends it", (_, comment) => {
      expect(values(extractJsonLd(`${comment}${LD_OPEN}[1]${LD_CLOSE}`))).toEqual([[1]]);
    });

    it("treats everything after an unclosed comment as comment", () => {
      expect(extractJsonLd(`<!-- never closed ${page(LD_OPEN)}`)).toEqual({ documents: [], findings: [] });
    });

    it("reads scripts after a doctype, a processing instruction and a CDATA section in the page", () => {
      const html = `<!DOCTYPE html><?xml version="1.0"?><![CDATA[ x ]]>${page(LD_OPEN)}`;
      expect(extractJsonLd(html).documents).toHaveLength(1);
    });
  });

  describe("wrapped content", () => {
    it.each([
      ["an HTML comment", "<!--", "-->"],
      ["an HTML comment closed as //-->", "<!--", "//-->"],
      ["line-comment CDATA markers", "//<![CDATA[", "//]]>"],
      ["block-comment CDATA markers", "/*<![CDATA[*/", "/*]]>*/"],
      ["bare CDATA markers", "<![CDATA[", "]]>"],
      ["CDATA markers inside an HTML comment", "<!--\n//<![CDATA[", "//]]>\n-->"],
      ["an HTML comment inside CDATA markers", "//<![CDATA[\n<!--", "-->\n//]]>"],
    ])("unwraps content wrapped in %s", (_, open, close) => {
      const html = page(LD_OPEN, `\n  ${open}\n  {"@type":"Event"}\n  ${close}\n`);
      expect(values(extractJsonLd(html))).toEqual([{ "@type": "Event" }]);
    });

    it("reports content with an opening wrapper but no closing one as invalid JSON", () => {
      const result = extractJsonLd(page(LD_OPEN, '<!-- {"@type":"Event"}'));
      expect(result.documents).toEqual([]);
      expect(result.findings[0]?.code).toBe("invalid-json");
    });

    it("gives the line and column in the page where the JSON goes wrong, inside wrappers and across CRLF", () => {
      const html = `<html>\r\n<head>\r\n${LD_OPEN}<!--\r\n{\r\n  "a" 1\r\n}\r\n-->${LD_CLOSE}`;
      const [finding] = extractJsonLd(html).findings;
      const offset = html.indexOf("1");
      expect(finding).toMatchObject({ code: "invalid-json", position: { offset, line: 5, column: 7 } });
      expect(finding?.message).toBe(
        `block 0 at offset 16 is not valid JSON: at line 5, column 7 (offset ${offset}), expected ":", found "1"`,
      );
    });

    it("tolerates JSON whitespace around the JSON", () => {
      expect(values(extractJsonLd(page(LD_OPEN, '\n\t {"a":1} \r\n')))).toEqual([{ a: 1 }]);
    });

    it.each([
      ["a byte order mark", "\uFEFF"],
      ["U+00A0", "\u00a0"],
      ["U+2028", "\u2028"],
      ["a form feed", "\f"],
    ])("reports %s before the JSON as invalid JSON: the element's text is not JSON then", (_, before) => {
      const [finding] = extractJsonLd(page(LD_OPEN, `${before}{"a":1}`)).findings;
      expect(finding).toMatchObject({ code: "invalid-json", position: { line: 1, column: 48 } });
    });
  });

  describe("where the content ends", () => {
    it("ends the content at the first </script in any case", () => {
      const html = `${LD_OPEN}{"a":1}</SCRIPT >${LD_OPEN}{"b":2}</ScRiPt\n>`;
      expect(values(extractJsonLd(html))).toEqual([{ a: 1 }, { b: 2 }]);
    });

    it("cuts a JSON string that contains </script>, as a browser does, and reports the rest as invalid", () => {
      const html = `${LD_OPEN}{"headline":"a</script>b"}${LD_CLOSE}`;
      const result = extractJsonLd(html);
      expect(result.documents).toEqual([]);
      expect(result.findings.map((finding) => finding.code)).toEqual(["invalid-json"]);
    });

    it("does not end the content at </scripts or </script-x, which are not end tags", () => {
      const html = `${LD_OPEN}{"a":"</scripts>","b":"</script-x>"}${LD_CLOSE}`;
      expect(values(extractJsonLd(html))).toEqual([{ a: "</scripts>", b: "</script-x>" }]);
    });

    it("reads an escaped <\\/script> inside a JSON string as part of the string", () => {
      expect(values(extractJsonLd(`${LD_OPEN}{"a":"<\\/script>"}${LD_CLOSE}`))).toEqual([{ a: "</script>" }]);
    });
  });

  describe("findings", () => {
    it("reports a block with no </script> end tag, without parsing it", () => {
      const html = `<p>x</p>${LD_OPEN}{"a":1}`;
      expect(extractJsonLd(html)).toEqual({
        documents: [],
        findings: [
          {
            index: 0,
            offset: 8,
            code: "unclosed-script",
            message: "block 0 at offset 8 is not closed: no </script> end tag follows it",
          },
        ],
      });
    });

    it("reports a start tag that the input cuts off before its >", () => {
      const result = extractJsonLd('<p>x</p><script type="application/ld+json" id="a');
      expect(result.findings).toEqual([
        {
          index: 0,
          offset: 8,
          code: "unclosed-script",
          message: "block 0 at offset 8 is not closed: its start tag has no closing >",
        },
      ]);
    });

    it.each([
      ["nothing", ""],
      ["only whitespace", " \n\t "],
      ["only an empty comment wrapper", "<!-- -->"],
      ["only empty CDATA markers", "//<![CDATA[\n//]]>"],
    ])("reports a block holding %s as empty", (_, content) => {
      const html = `<div></div>${LD_OPEN}${content}${LD_CLOSE}`;
      expect(extractJsonLd(html)).toEqual({
        documents: [],
        findings: [{ index: 0, offset: 11, code: "empty", message: "block 0 at offset 11 is empty" }],
      });
    });

    it("reports invalid JSON with the block, its offset, where its content starts and the parser's reason", () => {
      const html = `<p>x</p>${LD_OPEN}{"a":1,}${LD_CLOSE}`;
      const finding = extractJsonLd(html).findings[0];
      expect(finding).toMatchObject({ index: 0, offset: 8, code: "invalid-json" });
      expect(finding?.message).toBe(
        'block 0 at offset 8 is not valid JSON: at line 1, column 51 (offset 50), expected a property name in double quotes, found "}"',
      );
    });

    it("reports deeply nested JSON that the parser rejects as a finding, not a throw", () => {
      const html = `${LD_OPEN}${"[".repeat(200_000)}${LD_CLOSE}`;
      expect(extractJsonLd(html).findings.map((finding) => finding.code)).toEqual(["invalid-json"]);
    });

    it.each([
      ["undefined", undefined],
      ["null", null],
      ["a number", 42],
      ["a boolean", true],
      ["an array", ["<script>"]],
      ["an object", { html: "" }],
      ["a bigint", 1n],
      ["a symbol", Symbol("html")],
      ["a function", () => "<html>"],
    ])("returns one not-a-string finding naming %s when given it at run time", (description, input) => {
      const result = extractJsonLd(input as unknown as string);
      expect(result).toEqual({
        documents: [],
        findings: [
          {
            index: -1,
            offset: -1,
            code: "not-a-string",
            message: `expected the HTML as a string, found ${description}`,
          },
        ],
      });
    });
  });

  describe("a realistic page", () => {
    it("finds the article and breadcrumb blocks, skips the decoys and reports the invalid footer block", () => {
      const html = readFixture("html-page-with-jsonld.html");
      const result = extractJsonLd(html);
      expect(
        result.documents.map((block) => [block.index, (block.value as { "@type": string })["@type"]]),
      ).toEqual([
        [0, "NewsArticle"],
        [1, "BreadcrumbList"],
      ]);
      expect(result.findings.map((finding) => [finding.index, finding.code])).toEqual([[2, "invalid-json"]]);
      for (const block of [...result.documents, ...result.findings]) {
        expect(html.slice(block.offset, block.offset + 7)).toBe("<script");
      }
    });
  });

  describe("robustness", () => {
    const fragments = fc.constantFrom(
      "<",
      ">",
      "</",
      "<!--",
      "-->",
      "--!>",
      "<!",
      "<?",
      "<script",
      "</script>",
      "</SCRIPT",
      LD_OPEN,
      "<script type='application/ld+json'>",
      " type=",
      "application/ld+json",
      '"',
      "'",
      "=",
      " ",
      "\n",
      "/",
      "<title>",
      "</title>",
      "<![CDATA[",
      "]]>",
      "{",
      "}",
      "[1]",
      '{"a":1}',
      "x",
    );
    const htmlLike = fc.oneof(
      fc.string(),
      fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join("")),
    );

    it("never throws, and every block and finding points at a <script tag in order", () => {
      fc.assert(
        fc.property(htmlLike, (html) => {
          const result = extractJsonLd(html);
          const all = [...result.documents, ...result.findings].sort((a, b) => a.index - b.index);
          all.forEach((entry, position) => {
            expect(entry.index).toBe(position);
            expect(html.slice(entry.offset, entry.offset + 7).toLowerCase()).toBe("<script");
          });
          for (let position = 1; position < all.length; position++) {
            expect(all[position]?.offset).toBeGreaterThan(all[position - 1]?.offset ?? -1);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it("finds a block again after the same text is appended to any page that ends outside a tag", () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom("<p>", "</p>", "<br/>", "text", "<!-- c -->", " "), { maxLength: 20 }),
          (parts) => {
            const prefix = parts.join("");
            expect(values(extractJsonLd(`${prefix}${LD_OPEN}[7]${LD_CLOSE}`))).toEqual([[7]]);
          },
        ),
      );
    });

    // No time is asserted here: `npm run bench -- scaling` (bench/scaling.ts) times these at two sizes.
    it.each(hostileHtml(1_000_000).map(({ name, value }) => [name, value]))(
      "reads a hostile megabyte, each block and finding at a <script tag: %s",
      (_, html) => {
        const result = extractJsonLd(html);
        expect(Array.isArray(result.documents)).toBe(true);
        const offsets = [...result.documents, ...result.findings].map((entry) => entry.offset);
        expect(
          offsets.filter((offset) => html.slice(offset, offset + 7).toLowerCase() !== "<script"),
        ).toEqual([]);
      },
    );
  });

  describe("as the HTML standard's parser reads a page with scripting on", () => {
    const ld = (json: string) => `${LD_OPEN}${json}${LD_CLOSE}`;

    it("reads <!--<script> inside the JSON as script text (the double-escaped state): one element, not two", () => {
      const html = `${LD_OPEN}{"a":"<!--<script>"}</script>${ld('{"injected":true}')}-->"}</script>`;
      const result = extractJsonLd(html);
      expect(result.documents).toEqual([]);
      expect(result.findings.map((finding) => [finding.index, finding.code])).toEqual([[0, "invalid-json"]]);
    });

    it("reads a NUL inside the JSON as U+FFFD, as the tokenizer does", () => {
      expect(values(extractJsonLd(ld('{"a":"x\u0000y"}')))).toEqual([{ a: "x\ufffdy" }]);
    });

    it("reads no script inside <noscript> (text when scripting is on) or <template> (not in the document)", () => {
      const html = `<head><noscript>${ld("[1]")}</noscript></head><body><template>${ld("[2]")}</template>${ld("[3]")}`;
      expect(values(extractJsonLd(html))).toEqual([[3]]);
    });

    it("reads no SVG or MathML <script>, but a script in SVG's <title> or <foreignObject>, which are HTML again", () => {
      const html =
        `<svg>${ld("[1]")}<title>${ld("[2]")}</title><foreignObject>${ld("[3]")}</foreignObject></svg>` +
        `<math>${ld("[4]")}<mi>${ld("[5]")}</mi></math>`;
      expect(values(extractJsonLd(html))).toEqual([[2], [3], [5]]);
    });

    it("reads CDATA in foreign content as text, and a script after it", () => {
      const html = `<svg><![CDATA[ a > b ${ld("[1]")} ]]></svg>${ld("[2]")}`;
      expect(values(extractJsonLd(html))).toEqual([[2]]);
    });

    it("stops, and says where, when elements nest deeper than browsers keep them", () => {
      const html = `${ld("[1]")}${"<div>".repeat(600)}${ld("[2]")}`;
      const result = extractJsonLd(html);
      expect(values(result)).toEqual([[1]]);
      const offset = LD_OPEN.length + 3 + LD_CLOSE.length + 5 * 510;
      expect(result.findings).toEqual([
        {
          index: -1,
          offset: -1,
          code: "too-deep",
          position: { offset, line: 1, column: offset + 1 },
          message: `elements nest more than 512 deep at line 1, column ${offset + 1} (offset ${offset}); the rest of the page is not read`,
        },
      ]);
    });
  });
});
