// Tests what ships: the packed tarball, installed into a scratch consumer, imported from ESM and CJS.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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
    const target = join(consumer, "node_modules/newsgraph");
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xzf", join(consumer, tarball.filename), "-C", target, "--strip-components=1"]);
    for (const dependency of ["zod", "schema-dts", "fast-check"]) {
      symlinkSync(join(root, "node_modules", dependency), join(consumer, "node_modules", dependency), "dir");
    }
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  }, 60_000);

  afterAll(() => {
    if (consumer !== "") rmSync(consumer, { recursive: true, force: true });
  });

  it("contains the built entry points, the JSON Schema and the example data, and no sources or tests", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/jsonld/index.js",
        "dist/jsonld/index.cjs",
        "dist/examples/index.js",
        "dist/testing/index.js",
        "dist/page/index.js",
        "dist/page/index.cjs",
        "dist/ninjs/index.js",
        "dist/ninjs/index.cjs",
        "dist/cli.js",
        "dist/newsgraph.schema.json",
        "examples/data/north-korean-troops-in-kursk.json",
      ]),
    );
    expect(files.filter((file) => file.startsWith("src/") || file.startsWith("tests/"))).toEqual([]);
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

  it("runs the command-line tool from its bin entry", () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, "node_modules/newsgraph/package.json"), "utf8"),
    ) as {
      bin: Record<string, string>;
    };
    const bin = manifest.bin.newsgraph;
    expect(bin).toBeDefined();
    const output = execFileSync(
      process.execPath,
      [join(consumer, "node_modules/newsgraph", bin ?? ""), "--version"],
      {
        encoding: "utf8",
      },
    );
    expect(output.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
});
