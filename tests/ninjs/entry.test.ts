// newsgraph/ninjs is meant for pipelines that only move items: it loads no zod, nor any other package.
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
      "src/model/vocabulary.ts",
    ]);
  });
});
