// Writes dist/newsgraph.schema.json from the zod schemas (run after tsup by `npm run build`).
import { mkdirSync, writeFileSync } from "node:fs";
import { newsGraphJsonSchema } from "../src/model/json-schema";

mkdirSync("dist", { recursive: true });
writeFileSync("dist/newsgraph.schema.json", `${JSON.stringify(newsGraphJsonSchema(), null, 2)}\n`);
console.log("wrote dist/newsgraph.schema.json");
