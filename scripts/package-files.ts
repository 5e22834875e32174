// The files the package ships, and the check that `npm pack` would pack exactly those: run by
// `npm run check:package` (in npm test) on what `npm pack --dry-run` lists, and by
// tests/package/packed-tarball.test.ts on the real tarball. A file that appears or goes missing fails both
// until this list says so.
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";

// Each module tsup builds comes as ES module, CommonJS, and declarations for both.
const BUILT = ["js", "cjs", "d.ts", "d.cts"];

/**
 * Every file of the published package. `*` stands for the content hash in a name that the bundler chooses
 * (shared chunks of code and of declarations), and matches no `/`.
 */
export const PACKAGE_FILES: readonly string[] = [
  "package.json",
  "README.md",
  "LICENSE",
  // The entry points.
  ...["index", "jsonld/index", "examples/index", "testing/index", "page/index", "ninjs/index"].flatMap(
    (entry) => BUILT.map((extension) => `dist/${entry}.${extension}`),
  ),
  // The HTML reader, which no export names: built apart so that a bundle that reads no pages leaves parse5 out.
  ...BUILT.map((extension) => `dist/import/html.${extension}`),
  // Code and declarations that the entry points share.
  "dist/chunk-*.js",
  "dist/chunk-*.cjs",
  "dist/*-*.d.ts",
  "dist/*-*.d.cts",
  // The command-line tool, the JSON Schema and the example graph as JSON.
  "dist/cli.js",
  "dist/newsgraph.schema.json",
  "examples/data/north-korean-troops-in-kursk.json",
  "examples/data/example-herald.json",
];

const matcher = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}$`);

/**
 * How a list of packed files differs from {@link PACKAGE_FILES}: the files no entry allows, and the
 * entries no file matches. Both empty when the package is as meant.
 */
export function compareWithPackageFiles(files: readonly string[]): {
  unexpected: string[];
  missing: string[];
} {
  const patterns = PACKAGE_FILES.map((pattern) => ({ pattern, regex: matcher(pattern) }));
  return {
    unexpected: files.filter((file) => !patterns.some(({ regex }) => regex.test(file))),
    missing: patterns
      .filter(({ regex }) => !files.some((file) => regex.test(file)))
      .map(({ pattern }) => pattern),
  };
}

/** The files `npm pack` would put in the tarball, as its `--dry-run --json` report lists them. */
export function filesNpmWouldPack(cwd: string): string[] {
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd,
    encoding: "utf8",
  });
  const [report] = JSON.parse(output) as { files: { path: string }[] }[];
  if (report === undefined) throw new Error("npm pack --dry-run reported no package");
  return report.files.map((file) => file.path);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = filesNpmWouldPack(process.cwd());
  const { unexpected, missing } = compareWithPackageFiles(files);
  for (const file of unexpected)
    console.error(`npm would pack ${file}, which scripts/package-files.ts does not list`);
  for (const pattern of missing)
    console.error(`npm would pack no file for ${pattern} (run npm run build first)`);
  if (unexpected.length > 0 || missing.length > 0) process.exitCode = 1;
  else console.log(`npm would pack the ${files.length} files meant to ship, and no other`);
}
