// Builds a static HTML page for the example article, with its JSON-LD in <head>.
//
//   npx tsx examples/static-page/build.ts [OUTPUT_DIR]
//
// OUTPUT_DIR defaults to examples/static-page/dist/. Open the index.html it writes in a browser, or give
// its URL to a structured-data checker once it is online.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNewsGraph } from "newsgraph";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "newsgraph/examples";
import { renderPage } from "./page";

const outputDir = resolve(process.argv[2] ?? fileURLToPath(new URL("./dist/", import.meta.url)));

// Validate before publishing: the JSON-LD is only as good as the graph it comes from.
const graph = parseNewsGraph(northKoreanTroopsInKursk);

mkdirSync(outputDir, { recursive: true });
const file = join(outputDir, "index.html");
writeFileSync(file, renderPage(graph, KURSK_ARTICLE_ID));
console.log(`wrote ${relative(process.cwd(), file)}`);
