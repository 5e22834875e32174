// The docs checker itself: it must fail on what it exists to catch, or a green run proves nothing.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeBlocks, headingAnchors, links, root } from "./markdown";
import { unknownMarking } from "./markings";
import { arrowsOfDiagram, arrowsOfModel } from "./model-diagram";
import { checkCommand, cliCommands, commands } from "./shell";
import { tsdocExamples, withImportsFromSource } from "./tsdoc";
import { astroAsTypeScript, JSX_SHIM, typeCheck } from "./type-check";

const block = (info: string, code = "x\n") => {
  const [parsed] = codeBlocks(`\`\`\`${info}\n${code}\`\`\`\n`, "test.md");
  if (parsed === undefined) throw new Error("no block parsed");
  return parsed;
};

describe("reading Markdown", () => {
  it("finds fenced blocks with their info string, attributes and line", () => {
    const markdown = "# Title\n\n```ts run exit=1\nconst a = 1;\n```\n\n~~~sh\nnpm test\n~~~\n";
    const [first, second] = codeBlocks(markdown, "doc.md");
    expect(first).toMatchObject({ line: 3, lang: "ts", code: "const a = 1;\n" });
    expect([...(first?.attributes ?? [])]).toEqual([
      ["run", true],
      ["exit", "1"],
    ]);
    expect(second).toMatchObject({ line: 7, lang: "sh", code: "npm test\n" });
  });

  it("strips the indentation of a fence inside a list item", () => {
    const [found] = codeBlocks("- step\n\n   ```sh\n   npm ci\n   ```\n", "doc.md");
    expect(found?.code).toBe("npm ci\n");
  });

  it("finds links outside code only, and GitHub's heading anchors", () => {
    const markdown = "See [the model](docs/model.md#fuzzy-dates).\n\n```md\n[not a link](nowhere.md)\n```\n";
    expect(links(markdown, "README.md").map((link) => link.target)).toEqual(["docs/model.md#fuzzy-dates"]);
    expect([...headingAnchors("## Fuzzy dates\n## The `NewsGraph` type\n## Fuzzy dates\n")]).toEqual([
      "fuzzy-dates",
      "the-newsgraph-type",
      "fuzzy-dates-1",
    ]);
  });
});

describe("the info strings", () => {
  it.each([
    ["", "has no info string"],
    ["python", 'the language "python"'],
    ["text", "text output"],
    ["tsx", "check=jsx-shim"],
    ["astro", "check=frontmatter"],
    ["ts exit=1", "goes with run"],
    ["ts skip", 'the attribute "skip"'],
    ["md", "changeset"],
  ])("%j is refused", (info, reason) => {
    expect(unknownMarking(block(info))).toContain(reason);
  });

  it.each(["ts", "ts run", "sh run exit=1", "text output", "tsx check=jsx-shim", "json newsgraph"])(
    "%j is accepted",
    (info) => {
      expect(unknownMarking(block(info))).toBeUndefined();
    },
  );
});

describe("the shell check", () => {
  it("knows the CLI's commands from its help", () => {
    expect([...cliCommands()]).toEqual(expect.arrayContaining(["validate", "jsonld", "schema"]));
  });

  it.each([
    ["npm run demo", []],
    ["npm install newsgraph zod", []],
    ["npx newsgraph validate graph.json", []],
    ["npx newsgraph jsonld graph.json --article a --html", []],
    ["npx tsx examples/validate-file.ts examples/broken-graph.json", []],
    ["npm run newsgraph -- validate examples/broken-graph.json", []],
    ["npm run newsgraph -- frobnicate examples/broken-graph.json", ['no command "frobnicate"']],
    ["npm run newsgraph -- validate examples/missing.json", ["does not exist"]],
    ["npm run no-such-script", ['no script "no-such-script"']],
    ["npm install left-pad", ['"left-pad"']],
    ["npx newsgraph frobnicate file.json", ['no command "frobnicate"']],
    ["npx newsgraph validate --strict file.json", ["no option --strict"]],
    ["npx tsx examples/no-such-file.ts", ["does not exist"]],
    ["newsgraph validate node_modules/newsgraph/examples/data/missing.json", ["does not exist"]],
    ["rm -rf dist", ['unknown command "rm"']],
  ])("%s", (command, expected) => {
    const problems = checkCommand(command);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, index) => {
      expect(problems[index]).toContain(text);
    });
  });

  it("splits lines into commands, without prompts and comments", () => {
    expect(
      commands("$ npm ci && npm run demo   # first\n# a comment\nnpx newsgraph schema | head\n"),
    ).toEqual(["npm ci", "npm run demo", "npx newsgraph schema", "head"]);
  });
});

describe("the type check", () => {
  const dir = join(root, ".tmp/docs-checker");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("resolves newsgraph to the sources and reports type errors with their line", { timeout: 60_000 }, () => {
    mkdirSync(dir, { recursive: true });
    const good = join(dir, "good.ts");
    const bad = join(dir, "bad.ts");
    writeFileSync(good, 'import { parseNewsGraph } from "newsgraph";\nparseNewsGraph({ format: 1 });\n');
    writeFileSync(
      bad,
      'import { parseNewsGraph } from "newsgraph";\n\nconst n: number = parseNewsGraph({});\n',
    );
    const problems = typeCheck([good, bad]);
    expect(problems.get(good)).toEqual([]);
    expect(problems.get(bad)).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it("checks an Astro template's expressions against its frontmatter", { timeout: 60_000 }, () => {
    mkdirSync(dir, { recursive: true });
    const astro = block(
      "astro check=frontmatter",
      '---\nimport { jsonLdScript } from "newsgraph/jsonld";\nconst doc = { "@type": "Thing" };\n---\n' +
        "<head><Fragment set:html={jsonLdScript(doc)} /><title>{dco}</title></head>\n",
    );
    const file = join(dir, "page.ts");
    writeFileSync(file, astroAsTypeScript(astro).code);
    expect(
      typeCheck([file])
        .get(file)
        ?.map((problem) => problem.message),
    ).toEqual([expect.stringContaining("Cannot find name 'dco'")]);
  });

  it("types <script> props in a JSX block without React", { timeout: 60_000 }, () => {
    mkdirSync(dir, { recursive: true });
    const shim = join(dir, "jsx-shim.d.ts");
    const page = join(dir, "page.tsx");
    writeFileSync(shim, JSX_SHIM);
    writeFileSync(
      page,
      'export const ok = <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: "{}" }} />;\n' +
        'export const wrong = <script dangerouslySetInnerHTML={{ html: "{}" }} />;\n',
    );
    expect(typeCheck([shim, page]).get(page)).toEqual([expect.objectContaining({ line: 2 })]);
  });
});

describe("reading TSDoc examples", () => {
  const source = [
    "/**",
    " * Finds `@type` in code and {@link parse} inline, neither of them a tag.",
    " * @remarks",
    " * ```ts",
    " * notAnExample();",
    " * ```",
    " * @example Two blocks",
    " * ```ts",
    ' * const json = { "@type": "Thing" };',
    " * ```",
    " * ```tsx",
    " * <p />;",
    " * ```",
    " * @returns nothing",
    " */",
    "export function find(): void {}",
    "",
    "const shape = {",
    '  /** A member. @example `const id: NodeId = "a";` */',
    "  id: 1,",
    "  /** No code. @example id is 1 */",
    "  other: 2,",
    "};",
    "",
  ].join("\n");

  it("finds each block of an @example, and inline code, with their lines in the source", () => {
    const examples = tsdocExamples(source, "src/find.ts");
    expect(examples.map(({ name, line, tag, lang, code }) => ({ name, line, tag, lang, code }))).toEqual([
      { name: "find", line: 8, tag: 7, lang: "ts", code: 'const json = { "@type": "Thing" };\n' },
      { name: "find", line: 11, tag: 7, lang: "tsx", code: "<p />;\n" },
      { name: "id", line: 19, tag: 19, lang: "inline", code: 'const id: NodeId = "a";\n' },
      { name: "other", line: 21, tag: 21, lang: "", code: "id is 1" },
    ]);
    expect(examples.map((example) => example.lineInSource(1))).toEqual([9, 12, 19, 21]);
  });

  it("resolves an example's relative imports against its source file", () => {
    expect(withImportsFromSource('import { clean } from "./mapping-context";\n', "src/jsonld/actor.ts")).toBe(
      `import { clean } from "${join(root, "src/jsonld/mapping-context")}";\n`,
    );
  });
});

describe("the model diagram check", () => {
  it("reads arrows with several fields and targets, and reports lines it cannot read", () => {
    const { arrows, unread } = arrowsOfDiagram(
      "Article ──about, mentions──▶ Actor | Event | Place\nClaim ──claimant─▶\n",
    );
    expect([...arrows]).toEqual([
      "Article.about → Actor | Event | Place",
      "Article.mentions → Actor | Event | Place",
    ]);
    expect(unread).toEqual(["Claim ──claimant─▶"]);
  });

  it("takes every reference from the validator's own table", () => {
    expect(arrowsOfModel()).toContain("Claim.evidence[].article → Article");
    expect(arrowsOfModel()).toContain("Actor.roles[].of → Actor");
  });
});
