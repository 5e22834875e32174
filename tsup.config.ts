import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "jsonld/index": "src/jsonld/index.ts",
      // Not exported: an entry of its own makes the HTML reader (and its import of parse5) a chunk of its own,
      // which a bundler leaves out of a bundle that does not read pages (the package has no side effects).
      "import/html": "src/import/html.ts",
      "examples/index": "src/examples/index.ts",
      "testing/index": "src/testing/index.ts",
      "page/index": "src/page/index.ts",
      "ninjs/index": "src/ninjs/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: "node20",
    outDir: "dist",
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    treeshake: true,
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
