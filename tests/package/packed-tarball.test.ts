// Tests what ships: the packed tarball, installed by npm into a scratch consumer, imported from ESM and CJS,
// type-checked by TypeScript projects of every module kind, and run as the `newsgraph` command.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareWithPackageFiles } from "../../scripts/package-files";

const root = resolve(import.meta.dirname, "../..");
const built = existsSync(join(root, "dist/index.js"));
let consumer = "";
let files: string[] = [];

function run(file: string, source: string): string {
  writeFileSync(join(consumer, file), source);
  return execFileSync(process.execPath, [file], { cwd: consumer, encoding: "utf8" });
}

describe("the packed tarball", () => {
  beforeAll(() => {
    if (!built) throw new Error("dist/ is missing: run npm run build first (npm test does)");
    consumer = mkdtempSync(join(tmpdir(), "newsgraph-consumer-"));
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", consumer], {
        cwd: root,
        encoding: "utf8",
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const tarball = packed[0];
    if (tarball === undefined) throw new Error("npm pack reported no tarball");
    files = tarball.files.map((file) => file.path);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    // As a user's `npm install newsgraph` does it (bin link and dependencies included), from the tarball and
    // npm's cache (which npm ci filled); the peers are linked from this repository afterwards.
    execFileSync(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--no-save",
        "--legacy-peer-deps",
        "--ignore-scripts",
      ].concat(join(consumer, tarball.filename)),
      { cwd: consumer, stdio: "pipe" },
    );
    for (const dependency of ["zod", "fast-check"]) {
      symlinkSync(join(root, "node_modules", dependency), join(consumer, "node_modules", dependency), "dir");
    }
  }, 60_000);

  afterAll(() => {
    if (consumer !== "") rmSync(consumer, { recursive: true, force: true });
  });

  it("holds exactly the files listed in scripts/package-files.ts", () => {
    expect(compareWithPackageFiles(files)).toEqual({ unexpected: [], missing: [] });
  });

  it("does not depend on schema-dts: the types of its JSON-LD are its own", () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, "node_modules/newsgraph/package.json"), "utf8"),
    ) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain("schema-dts");
    expect(existsSync(join(consumer, "node_modules/schema-dts"))).toBe(false);
  });

  it("imports every subpath from ESM", () => {
    const output = run(
      "esm.mjs",
      `import { parseNewsGraph } from "newsgraph";
import { articleJsonLd, jsonLdScript } from "newsgraph/jsonld";
import { exampleHerald, northKoreanTroopsInKursk } from "newsgraph/examples";
import { arbitraryNewsGraph } from "newsgraph/testing";
import { articlePageJsonLd } from "newsgraph/page";
import { fromNinjs, toNinjs } from "newsgraph/ninjs";
import schema from "newsgraph/schema.json" with { type: "json" };
import pkg from "newsgraph/package.json" with { type: "json" };
const graph = parseNewsGraph(northKoreanTroopsInKursk);
const page = jsonLdScript(articleJsonLd(graph, graph.articles[0].id));
const flat = articlePageJsonLd({ url: "https://example.org/a", headline: "A", language: "en", datePublished: "2025" });
const herald = exampleHerald.articles[0].id;
console.log(JSON.stringify([typeof arbitraryNewsGraph, schema.$schema, pkg.name, page.startsWith("<script"), flat["@graph"][0]["@id"], fromNinjs(toNinjs(exampleHerald, herald).item).graph.articles[0].id === herald]));`,
    );
    expect(JSON.parse(output)).toEqual([
      "function",
      "https://json-schema.org/draft/2020-12/schema",
      "newsgraph",
      true,
      "https://example.org/a",
      true,
    ]);
  });

  it("requires every subpath from CommonJS", () => {
    const output = run(
      "cjs.cjs",
      `const { parseNewsGraph, NewsGraphError } = require("newsgraph");
const { toJsonLd } = require("newsgraph/jsonld");
const { northKoreanTroopsInKursk } = require("newsgraph/examples");
const { arbitraryNewsGraph } = require("newsgraph/testing");
const { articlePageGraph } = require("newsgraph/page");
const { toNinjs } = require("newsgraph/ninjs");
const schema = require("newsgraph/schema.json");
const graph = parseNewsGraph(northKoreanTroopsInKursk);
let caught;
try { parseNewsGraph({ format: 2 }); } catch (error) { caught = error instanceof NewsGraphError; }
try { articlePageGraph({ url: "ftp://x" }); } catch (error) { caught = caught && error instanceof NewsGraphError; }
console.log(JSON.stringify([toJsonLd(graph)["@graph"].length > 0, caught, typeof arbitraryNewsGraph, schema.$id, toNinjs(graph, graph.articles[0].id).item.type]));`,
    );
    const [hasNodes, caught, arbitrary, id, ninjsType] = JSON.parse(output) as [
      boolean,
      boolean,
      string,
      string,
      string,
    ];
    expect([hasNodes, caught, arbitrary, ninjsType]).toEqual([true, true, "function", "text"]);
    expect(id).toMatch(/newsgraph\.schema\.json$/);
  });

  it("loads the JSON-LD and ninjs entries without loading zod", () => {
    const output = run(
      "no-zod.cjs",
      `require("newsgraph/jsonld");
require("newsgraph/ninjs");
console.log(JSON.stringify(Object.keys(require.cache).filter((path) => path.includes("/zod/"))));`,
    );
    expect(JSON.parse(output)).toEqual([]);
  });

  it("runs as `npx newsgraph` where it is installed", () => {
    const output = execFileSync("npx", ["--no-install", "newsgraph", "--version"], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(output.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  }, 60_000);

  describe("in a TypeScript project that checks every declaration file (skipLibCheck false)", () => {
    // The entry points as a CommonJS file imports them (the consumer's package.json has no "type").
    // newsgraph/testing is left out: fast-check 4's own declarations need node16 or later resolution.
    const source = `import { type Article, type NewsGraph, parseNewsGraph } from "newsgraph";
import { articleJsonLd, type JsonLdGraph, type JsonLdNode, jsonLdScript } from "newsgraph/jsonld";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "newsgraph/examples";
import { articlePageJsonLd } from "newsgraph/page";
import schema = require("newsgraph/schema.json");

const graph: NewsGraph = parseNewsGraph(northKoreanTroopsInKursk);
const page: JsonLdGraph = articleJsonLd(graph, KURSK_ARTICLE_ID);
const first: JsonLdNode | undefined = page["@graph"][0];
export const html: string = jsonLdScript(page);
export const headline: Article["headline"] | undefined =
  first?.["@type"] === "OpinionNewsArticle" ? first.headline : undefined;
export const schemaId: string = schema.$id;
export const flat: JsonLdGraph = articlePageJsonLd({
  url: "https://example.org/a",
  headline: "A",
  language: "en",
  datePublished: "2025-01-01",
  publisher: { name: "P", url: "https://example.org/" },
});
`;
    const modules = ["commonjs", "node16", "nodenext"];
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    // What tsc prints for each module kind: nothing when the project type-checks. One after the other, beside
    // the other test files rather than crowding them: each checks all of zod's declarations too.
    let printed: Promise<string[]>;

    beforeAll(() => {
      writeFileSync(join(consumer, "consumer.ts"), source);
      const check = async (module: string): Promise<string> => {
        // Every declaration file but TypeScript's own lib files (DOM's among them, for zod's URL), which say
        // nothing of this package.
        const compilerOptions = {
          module,
          target: "es2022",
          strict: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          resolveJsonModule: true,
          esModuleInterop: true,
          types: [],
          noEmit: true,
        };
        const config = join(consumer, `tsconfig.${module}.json`);
        writeFileSync(config, JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
        return promisify(execFile)(process.execPath, [tsc, "-p", config], { cwd: consumer }).then(
          ({ stdout }) => stdout,
          (error: { stdout?: string }) => error.stdout ?? String(error),
        );
      };
      printed = modules.reduce<Promise<string[]>>(
        async (done, module) => [...(await done), await check(module)],
        Promise.resolve([]),
      );
    });

    it.each(modules.map((module, index) => [module, index] as const))(
      'type-checks with "module": "%s"',
      async (_, index) => {
        expect((await printed)[index]).toBe("");
      },
      120_000,
    );
  });
});
