// Small helpers over parsed JSON for the importer: JSONPath members, bounded equality, short descriptions.

/** A JSON object as `JSON.parse` returns it. @internal */
export type JsonObject = Record<string, unknown>;

/** A value in the input and where it is, as an RFC 9535 JSONPath query. @internal */
export interface Located {
  value: unknown;
  path: string;
}

/** Tells whether a value is a (non-array) object. @internal */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The JSONPath of a member: `.name` for plain names, `["@graph"]` otherwise. @internal */
export const member = (path: string, key: string): string =>
  PLAIN_NAME.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** The JSONPath of an array element. @internal */
export const element = (path: string, index: number): string => `${path}[${index}]`;

/** How deep `sameJson` looks before calling two values different. */
const EQUALITY_DEPTH = 64;

/**
 * Deep equality of JSON values (object key order ignored), bounded in depth so that hostile nesting cannot
 * exhaust the stack: values nested deeper than the bound compare unequal. @internal
 */
export function sameJson(left: unknown, right: unknown, depth = 0): boolean {
  if (left === right) return true;
  if (depth > EQUALITY_DEPTH || typeof left !== "object" || typeof right !== "object") return false;
  if (left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => sameJson(item, right[index], depth + 1));
  }
  const leftKeys = Object.keys(left);
  const rightObject = right as JsonObject;
  if (leftKeys.length !== Object.keys(rightObject).length) return false;
  return leftKeys.every(
    (key) =>
      Object.hasOwn(rightObject, key) && sameJson((left as JsonObject)[key], rightObject[key], depth + 1),
  );
}

const SHOWN_LENGTH = 60;

/** A short description of a value for a message: `"text"`, `42`, `an object`, `an array`. @internal */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return typeof value;
}
