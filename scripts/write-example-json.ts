// Writes the example graphs of src/examples, which are the source, to examples/data/ as JSON:
// `npx tsx scripts/write-example-json.ts`. With --check it writes nothing and exits 1 if a file is missing or
// differs, so CI can prove that the two agree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { exampleHerald, northKoreanTroopsInKursk } from "../src/examples";
import type { NewsGraph } from "../src/model/news-graph";
import { parseNewsGraph } from "../src/validate/parse";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examples: [string, NewsGraph][] = [
  ["north-korean-troops-in-kursk.json", northKoreanTroopsInKursk],
  ["example-herald.json", exampleHerald],
];

let stale = false;
for (const [name, graph] of examples) {
  const target = resolve(repoRoot, "examples/data", name);
  const shown = relative(process.cwd(), target);
  // Never publish an invalid example: this throws a NewsGraphError listing every issue.
  parseNewsGraph(graph);
  const json = `${JSON.stringify(graph, null, 2)}\n`;
  if (process.argv.includes("--check")) {
    const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    if (current !== json) {
      console.error(
        `${shown} is ${current === undefined ? "missing" : "out of date"}; run npx tsx scripts/write-example-json.ts`,
      );
      stale = true;
    } else console.log(`${shown} is up to date`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, json);
    console.log(`wrote ${shown}`);
  }
}
if (stale) process.exit(1);
