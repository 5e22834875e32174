// The command line given input built to mislead it: bytes that are not UTF-8, control characters meant for
// the terminal, a reader that goes away, JSON that does not parse, options it does not take.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { run, scratch } from "./support";

const { dir } = scratch("newsgraph-cli-hostile-");
const usage = (message: string) => `newsgraph: ${message}\nRun "newsgraph --help" for usage.`;

describe("input that is not UTF-8", () => {
  const bytes = (text: string, ...extra: number[]) =>
    new Uint8Array([...new TextEncoder().encode(text), ...extra]);

  it.each([
    ["a lone continuation byte", bytes('{"format":1,"x":"', 0x80, 0x22, 0x7d), 17, "0x80"],
    ["an overlong encoding of /", bytes('{"a":"', 0xc0, 0xaf, 0x22, 0x7d), 6, "0xc0"],
    ["an encoded surrogate", bytes('{"a":"', 0xed, 0xa0, 0x80, 0x22, 0x7d), 7, "0xa0"],
  ])("is refused, naming the byte offset of the first invalid byte: %s", (_, input, offset, byte) => {
    for (const args of [
      ["validate", "-"],
      ["import", "-"],
      ["jsonld", "-"],
    ]) {
      const result = run(args, input);
      expect(result).toEqual({
        status: 1,
        out: "",
        err: `<stdin>: not valid UTF-8: the byte ${byte} at byte offset ${offset} does not belong where it is`,
      });
    }
  });

  it("is refused in a file too, and a sequence cut off by the end of the file is named", () => {
    const path = join(dir, "cut.json");
    writeFileSync(path, Buffer.from([0x7b, 0x7d, 0x20, 0xe2, 0x82]));
    expect(run(["validate", path]).err).toBe(
      `${path}: not valid UTF-8: a sequence cut off by the end of the input at byte offset 5 does not belong where it is`,
    );
  });

  it("accepts UTF-8 with a byte order mark", () => {
    expect(run(["validate", "-"], new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"format":1}')])).status).toBe(
      0,
    );
  });
});

describe("control characters from the input", () => {
  const hostile = "\u001b[2J\u001b[H\nwarning: $: forged\u0085\u202e\u2028";

  it("are escaped in import warnings: no escape sequence reaches the terminal, no line is forged", () => {
    const input = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Ana",
      [hostile]: 1,
    });
    const result = run(["import", "-"], input);
    expect(result.status).toBe(0);
    const lines = result.err.split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      '$["\\u001b[2J\\u001b[H\\nwarning: $: forged\\u0085\\u202e\\u2028"]'.replace(/^/, "warning: ") +
        ": \\u001b[2J\\u001b[H\\u000awarning: $: forged\\u0085\\u202e\\u2028 is not a schema.org term; not mapped",
    );
  });

  it("are escaped in validate's problems and in the JSON printed, which keeps its value", () => {
    const graph = { format: 1, actors: [{ id: "Bad\u001b[2J", kind: "person", name: `Ana\u0085\u202e` }] };
    const invalid = run(["validate", "-"], JSON.stringify(graph));
    expect(invalid.status).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(invalid.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u0085\u202e]/);
    const valid = {
      format: 1,
      articles: [
        {
          id: "a",
          url: "https://example.org/a",
          headline: `Storm\u0085\u202e\u2028`,
          genre: "news",
          language: "en",
          datePublished: "2024-10-28",
        },
      ],
    };
    const printed = run(["jsonld", "-"], JSON.stringify(valid));
    expect(printed.out).not.toMatch(/[\u0085\u202e\u2028]/);
    expect(JSON.stringify(JSON.parse(printed.out))).toContain("Storm\u0085\u202e\u2028");
  });
});

describe("a reader that goes away", () => {
  it("ends the output quietly, in process", () => {
    const result = run(["schema"]);
    expect(result.status).toBe(0);
    const quiet = (() => {
      const err: string[] = [];
      const status = main(["schema"], {
        out: () => {
          throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
        },
        err: (text) => err.push(text),
        readStdin: () => new Uint8Array(),
      });
      return { status, err };
    })();
    expect(quiet).toEqual({ status: 0, err: [] });
  });

  it("ends the bin quietly when the pipe closes (newsgraph schema | head -c 10)", async () => {
    const root = join(import.meta.dirname, "../..");
    const child = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "src/cli.ts"), "schema"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    // Read the first chunk, then close the pipe, as head -c 10 does.
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  }, 30_000);
});

describe("messages for mistakes", () => {
  it("gives the line and column of invalid JSON, and its offset", () => {
    const result = run(["validate", "-"], '{\n  "format": 1,\n  "articles": [}\n');
    expect(result).toEqual({
      status: 1,
      out: '<stdin>: not valid JSON at line 3, column 16 (offset 32): expected a value (an object, array, string, number, true, false or null), found "}"',
      err: "",
    });
    expect(run(["import", "-"], "{\n  'a': 1\n}").err).toBe(
      `<stdin>: not valid JSON at line 2, column 3 (offset 4): expected a property name in double quotes, found "'"`,
    );
  });

  it("names an option the command does not take, and the options it takes", () => {
    expect(run(["validate", "--nope", "x.json"]).err).toBe(
      usage('validate does not take the option "--nope": it takes no options'),
    );
    expect(run(["import", "x.json", "--html"]).err).toBe(
      usage('import does not take the option "--html": it takes --base-url URL, --language TAG'),
    );
    expect(run(["jsonld", "x.json", "--article"]).err).toBe(
      usage("the option --article needs a value: --article ID"),
    );
    expect(run(["jsonld", "x.json", "--html=yes"]).err).toBe(usage("the option --html takes no value"));
  });

  it("checks the options of ninjs too, which takes --article ID and nothing else", () => {
    expect(run(["ninjs", "x.json", "--html"]).err).toBe(
      usage('ninjs does not take the option "--html": it takes --article ID'),
    );
    expect(run(["ninjs", "x.json", "--article"]).err).toBe(
      usage("the option --article needs a value: --article ID"),
    );
  });
});
