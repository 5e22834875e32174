import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "jsonld/index": "src/jsonld/index.ts",
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
