// Writes examples/data/north-korean-troops-in-kursk.json from the TypeScript example (src/examples), which is
// the source: `npx tsx scripts/write-example-json.ts`. With --check it writes nothing and exits 1 if the file
// is missing or differs, so CI can prove that the two agree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { northKoreanTroopsInKursk } from "../src/examples";
import { parseNewsGraph } from "../src/validate/parse";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(repoRoot, "examples/data/north-korean-troops-in-kursk.json");
const shown = relative(process.cwd(), target);

// Never publish an invalid example: this throws a NewsGraphError listing every issue.
parseNewsGraph(northKoreanTroopsInKursk);
const json = `${JSON.stringify(northKoreanTroopsInKursk, null, 2)}\n`;

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (current !== json) {
    console.error(
      `${shown} is ${current === undefined ? "missing" : "out of date"}; run npx tsx scripts/write-example-json.ts`,
    );
    process.exit(1);
  }
  console.log(`${shown} is up to date`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
  console.log(`wrote ${shown}`);
}
