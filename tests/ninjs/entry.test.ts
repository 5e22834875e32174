// newsgraph/ninjs is meant for pipelines that only move items: it loads no zod, nor any other package.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { closure } from "../support/runtime-imports";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe("newsgraph/ninjs at run time", () => {
  const { files, packages } = closure(resolve(root, "src/ninjs/index.ts"));

  test("imports no zod, nor any other package", () => {
    expect([...packages]).toEqual([]);
    expect(files.has(resolve(root, "src/ninjs/from-ninjs.ts"))).toBe(true);
    expect(files.has(resolve(root, "src/ninjs/to-ninjs.ts"))).toBe(true);
  });

  test("reaches only the model's zod-free helpers", () => {
    const models = [...files].filter((file) => file.includes("/src/model/"));
    expect(models.map((file) => file.slice(root.length + 1)).sort()).toEqual([
      "src/model/fuzzy-date-syntax.ts",
      "src/model/http-url-syntax.ts",
      "src/model/vocabulary.ts",
    ]);
  });
});

describe("the ninjs 3.1 schema the tests validate against", () => {
  test("is the IPTC's file, unchanged", () => {
    const schema = readFileSync(resolve(root, "tests/support/ninjs/ninjs-schema_3.1.json"));
    expect(createHash("sha256").update(schema).digest("hex")).toBe(
      "404f578a299bf34e76e98f2de26ad9989882ebd7abf3a4d3cf3aa689b70a8744",
    );
  });
});
