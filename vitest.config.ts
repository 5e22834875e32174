import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples and documentation import the package by name; tests run them against the sources.
    alias: [
      { find: /^newsgraph$/, replacement: source("index.ts") },
      { find: /^newsgraph\/(jsonld|page|ninjs|examples|testing)$/, replacement: source("$1/index.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Vitest's default leaves one core free, which on a two-core CI machine runs the files one by one.
    maxWorkers: "100%",
    // A limit that fails a test, not a measure of speed (the benchmarks measure that): vitest's 5 s fail
    // property tests that take 2 s alone when two cores are shared with other work.
    testTimeout: 30_000,
    // The test files share loaded modules instead of loading the sources again for each file: a third
    // less time. Tests must not leave state behind; the one that mocks a module resets the registry first.
    isolate: false,
    typecheck: {
      enabled: false,
      include: ["tests/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli.ts"],
      reporter: ["text-summary", "json-summary"],
      reportOnFailure: true,
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
});
