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
 * exhaust the stack: values nested deeper than the bound compare unequal. Each pair of objects is compared
 * once, so values that share parts (an object graph built in code) cost no more than their size. @internal
 */
export function sameJson(left: unknown, right: unknown): boolean {
  const compared = new Map<object, Set<object>>();
  const same = (left: unknown, right: unknown, depth: number): boolean => {
    if (left === right) return true;
    if (depth > EQUALITY_DEPTH || typeof left !== "object" || typeof right !== "object") return false;
    if (left === null || right === null) return false;
    // A pair met again is either equal or still being compared (a cycle): either way, it decides nothing.
    const pairs = compared.get(left);
    if (pairs?.has(right)) return true;
    if (pairs === undefined) compared.set(left, new Set([right]));
    else pairs.add(right);
    if (Array.isArray(left) || Array.isArray(right)) {
      if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
      return left.every((item, index) => same(item, right[index], depth + 1));
    }
    const leftKeys = Object.keys(left);
    const rightObject = right as JsonObject;
    if (leftKeys.length !== Object.keys(rightObject).length) return false;
    return leftKeys.every(
      (key) =>
        Object.hasOwn(rightObject, key) && same((left as JsonObject)[key], rightObject[key], depth + 1),
    );
  };
  return same(left, right, 0);
}

/**
 * A plain copy of a value, reading each object and array of it once (its keys, then each value): what the
 * importer works on, so that objects built in code (shared, cyclic, behind getters or proxies) are read once
 * and give the same value every time. Shared parts stay shared and cycles stay cycles; strings, numbers and
 * other primitives are kept as they are. Iterative, so any depth is copied. @internal
 */
export function snapshot(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const copies = new Map<object, unknown[] | JsonObject>();
  const pending: { source: object; copy: unknown[] | JsonObject }[] = [];
  const copyOf = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    const copy: unknown[] | JsonObject = Array.isArray(value) ? [] : {};
    copies.set(value, copy);
    pending.push({ source: value, copy });
    return copy;
  };
  const root = copyOf(input);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { source, copy } = next;
    if (Array.isArray(copy)) {
      const items = source as unknown[];
      const length = items.length;
      for (let index = 0; index < length; index++) copy.push(copyOf(items[index]));
    } else {
      for (const key of Object.keys(source)) {
        // defineProperty, so that an own "__proto__" stays an own property, as JSON.parse makes it.
        Object.defineProperty(copy, key, {
          value: copyOf((source as JsonObject)[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return root;
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
