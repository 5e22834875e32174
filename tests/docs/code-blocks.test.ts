// Every fenced code block in README.md, docs/*.md and examples/README.md is checked, so that the docs
// cannot drift from the code. The info string says how (see docs/README.md, "Code blocks"):
//
//   ts, typescript          type-checked as a module of its own, under the project's tsconfig
//   ts run [exit=N]         type-checked, then run with tsx from the repository root; must exit N (0)
//   js, javascript [run]    the same, as JavaScript (checkJs)
//   tsx check=jsx-shim      type-checked with a minimal JSX declaration instead of React's types
//   astro check=frontmatter the frontmatter and the template's {expressions} type-checked as TypeScript
//   sh, bash, shell         every command known: npm scripts, packages, newsgraph commands and options, files
//   sh run [exit=N]         also run: `newsgraph …` / `npx newsgraph …` and `npx tsx …` lines only
//   text output             the exact standard output of the `run` block just before it
//   text model-diagram      each arrow is a reference the validator checks, and each reference has an arrow
//   json [newsgraph]        parses as JSON; with `newsgraph`, is a valid newsgraph document
//   html                    its ld+json scripts parse
//   md changeset            a changeset file that changesets itself parses, for this package
//
// Any other info string fails the test: no block goes unchecked without saying so.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import parseChangeset from "@changesets/parse";
import { beforeAll, describe, expect, it } from "vitest";
import { extractJsonLd } from "../../src/import/extract";
import { safeParseNewsGraph } from "../../src/index";
import { type CodeBlock, codeBlocks, documentationFiles, readRepoFile, root } from "./markdown";
import { unknownMarking } from "./markings";
import { arrowsOfDiagram, arrowsOfModel } from "./model-diagram";
import { checkCommand, commands, packageJson, runnable } from "./shell";
import { asModule, astroAsTypeScript, JSX_SHIM, type TypeProblem, typeCheck } from "./type-check";

const blocks: CodeBlock[] = documentationFiles().flatMap((file) => codeBlocks(readRepoFile(file), file));
const workDir = join(root, ".tmp/docs-code-blocks");

const isTyped = (block: CodeBlock): boolean =>
  ["ts", "typescript", "js", "javascript", "tsx", "astro"].includes(block.lang);
const isRun = (block: CodeBlock): boolean => block.attributes.has("run");

/** The file a typed block is written to, and how its lines map back to the Markdown file. */
interface Written {
  path: string;
  lineInMarkdown: (line: number) => number;
}

function extension(block: CodeBlock): string {
  if (block.lang === "tsx") return "tsx";
  if (block.lang === "js" || block.lang === "javascript") return "mjs";
  return "ts";
}

function write(block: CodeBlock, index: number): Written {
  const name = `${block.file.replace(/[^A-Za-z0-9]+/g, "-")}-line-${block.line}-${index}.${extension(block)}`;
  const path = join(workDir, name);
  if (block.lang === "astro") {
    const { code, frontmatterLines } = astroAsTypeScript(block);
    writeFileSync(path, code);
    // The frontmatter starts one line after the opening fence and the --- line.
    return {
      path,
      lineInMarkdown: (line) => (line <= frontmatterLines ? block.line + 1 + line : block.line),
    };
  }
  writeFileSync(path, asModule(block.code));
  return { path, lineInMarkdown: (line) => block.line + line };
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawnFrom(argv: readonly string[]): Promise<Ran> {
  const [program = "", ...args] = argv;
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

// A few programs at a time: each tsx start costs about a second of CPU.
const queue: (() => void)[] = [];
let active = 0;
const PARALLEL = 3;

function limited<T>(task: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = (): void => {
      active++;
      task()
        .then(resolve, reject)
        .finally(() => {
          active--;
          queue.shift()?.();
        });
    };
    if (active < PARALLEL) start();
    else queue.push(start);
  });
}

async function runBlock(block: CodeBlock, written: Written | undefined): Promise<Ran> {
  if (written !== undefined) {
    return limited(() => spawnFrom([join(root, "node_modules/.bin/tsx"), written.path]));
  }
  let stdout = "";
  let stderr = "";
  let status: number | null = 0;
  for (const command of commands(block.code)) {
    const line = runnable(command);
    if (line === undefined) {
      throw new Error(`cannot run "${command}": a run block may hold newsgraph and tsx lines only`);
    }
    const ran = await limited(() => spawnFrom(line.argv));
    let out = ran.stdout;
    for (const [path, shown] of line.renamed) out = out.split(path).join(shown);
    stdout += out;
    stderr += ran.stderr;
    status = ran.status;
  }
  return { status, stdout, stderr };
}

const written = new Map<CodeBlock, Written>();
let problems = new Map<string, TypeProblem[]>();
const runs = new Map<CodeBlock, Promise<Ran>>();

beforeAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const shim = join(workDir, "jsx-shim.d.ts");
  writeFileSync(shim, JSX_SHIM);
  blocks.forEach((block, index) => {
    if (unknownMarking(block) === undefined && isTyped(block)) written.set(block, write(block, index));
  });
  problems = typeCheck([shim, ...[...written.values()].map((file) => file.path)]);
  for (const block of blocks) {
    if (unknownMarking(block) === undefined && isRun(block)) {
      const ran = runBlock(block, written.get(block));
      ran.catch(() => {});
      runs.set(block, ran);
    }
  }
}, 120_000);

/** The `text output` block that follows a run block, if any. */
function outputOf(block: CodeBlock): CodeBlock | undefined {
  const next = blocks[blocks.indexOf(block) + 1];
  return next?.file === block.file && next.lang === "text" && next.attributes.has("output")
    ? next
    : undefined;
}

describe("the docs' code blocks", () => {
  it("are found in the README and the guides", () => {
    expect(blocks.filter((block) => block.file === "README.md").length).toBeGreaterThan(5);
  });

  for (const file of documentationFiles().filter((name) => blocks.some((block) => block.file === name))) {
    describe(file, () => {
      for (const block of blocks.filter((candidate) => candidate.file === file)) {
        it(`line ${block.line}: ${block.info || "(no info string)"}`, { timeout: 120_000 }, async () => {
          const where = `${block.file}:${block.line}`;
          expect(unknownMarking(block), `${where} ${unknownMarking(block)}`).toBeUndefined();

          const file = written.get(block);
          if (file !== undefined) {
            const found = (problems.get(file.path) ?? []).map(
              (problem) => `${block.file}:${file.lineInMarkdown(problem.line)}: ${problem.message}`,
            );
            expect(found, `${where} does not type-check`).toEqual([]);
          }

          if (["sh", "bash", "shell"].includes(block.lang)) {
            const wrong = commands(block.code).flatMap((command) =>
              checkCommand(command).map((problem) => `${command}: ${problem}`),
            );
            expect(wrong, `${where} has commands that do not match the project`).toEqual([]);
          }

          const run = runs.get(block);
          if (run !== undefined) {
            const ran = await run;
            const exit = Number(block.attributes.get("exit") ?? 0);
            expect(ran.status, `${where} exited ${ran.status}; stderr:\n${ran.stderr}`).toBe(exit);
            const output = outputOf(block);
            if (output !== undefined) expect(ran.stdout, `${where}: output`).toBe(output.code);
          }

          if (block.lang === "text" && block.attributes.has("output")) {
            const previous = blocks[blocks.indexOf(block) - 1];
            expect(
              previous?.file === block.file && previous !== undefined && isRun(previous),
              `${where}: a text output block must follow a run block`,
            ).toBe(true);
          }

          if (block.lang === "text" && block.attributes.has("model-diagram")) {
            const { arrows, unread } = arrowsOfDiagram(block.code);
            expect(unread, `${where}: arrows the test cannot read`).toEqual([]);
            expect([...arrows].sort(), `${where}: the diagram against the validator's references`).toEqual(
              [...arrowsOfModel()].sort(),
            );
          }

          if (block.lang === "json") {
            const value: unknown = JSON.parse(block.code);
            if (block.attributes.has("newsgraph")) {
              const result = safeParseNewsGraph(value);
              expect(result.success ? [] : result.error.issues, `${where} is not a valid document`).toEqual(
                [],
              );
            }
          }

          if (block.lang === "md") {
            const changeset = parseChangeset(block.code);
            expect(
              changeset.releases.map((release) => release.name),
              `${where}: released packages`,
            ).toEqual([packageJson.name]);
            expect(changeset.summary, `${where}: summary`).not.toBe("");
          }

          if (block.lang === "html") {
            expect(extractJsonLd(block.code).findings, `${where}: ld+json that does not parse`).toEqual([]);
          }
        });
      }
    });
  }
});
