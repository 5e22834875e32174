// The official ninjs 3.1 JSON Schema, compiled once with ajv (draft 2020-12, formats checked), and the
// stand-in for the GeoJSON schema it refers to (see README.md beside it).
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const read = (name: string): object =>
  JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8")) as object;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(read("./geojson-point.schema.json"));

/** Validates against ninjs 3.1; the errors as `instancePath message`, none when valid. */
export const ninjsErrors: (item: unknown) => string[] = (() => {
  const validate = ajv.compile(read("./ninjs-schema_3.1.json"));
  return (item: unknown): string[] =>
    validate(item)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
})();
