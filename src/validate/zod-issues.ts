import * as z from "zod";
import { describeValue } from "../model/describe";
import type { NewsGraphIssue } from "./error";

type Segment = string | number;

function toSegments(path: readonly PropertyKey[]): Segment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

function own(value: unknown, key: Segment): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<Segment, unknown>)[key];
}

// Follows a path through the schema (and the input, to pick the branch of a union) to the object
// schema whose keys are expected there.
function expectedKeysAt(root: z.ZodType, input: unknown, path: readonly Segment[]): string[] | undefined {
  let schema: z.ZodType = root;
  let value = input;
  const unwrap = (): void => {
    for (;;) {
      if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
        schema = schema.unwrap() as z.ZodType;
      else if (schema instanceof z.ZodDiscriminatedUnion) {
        const kind = own(value, "kind");
        const options = schema.options as z.ZodType[];
        const match = options.find(
          (option) =>
            option instanceof z.ZodObject &&
            (option.shape.kind as z.ZodType | undefined)?.safeParse(kind).success,
        );
        if (match === undefined) return;
        schema = match;
      } else return;
    }
  };
  for (const segment of path) {
    unwrap();
    if (schema instanceof z.ZodObject && typeof segment === "string") {
      const next = (schema.shape as Record<string, z.ZodType | undefined>)[segment];
      if (next === undefined) return undefined;
      schema = next;
    } else if (schema instanceof z.ZodArray && typeof segment === "number") {
      schema = schema.element as z.ZodType;
    } else return undefined;
    value = own(value, segment);
  }
  unwrap();
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

// Long enough for every enum and every object of the model, so that a message lists all that is allowed.
const LISTED = 32;

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, LISTED).map((value) => JSON.stringify(value));
  return values.length > LISTED ? `${shown.join(", ")}, …` : shown.join(", ");
}

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, small: boolean): string {
  const limit = String(small ? issue.minimum : issue.maximum);
  if (small) return issue.inclusive === false ? `more than ${limit}` : `at least ${limit}`;
  return issue.inclusive === false ? `less than ${limit}` : `at most ${limit}`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `missing: expected ${issue.expected}`;
      return `expected ${issue.expected}, found ${found}`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? list(issue.values) : `one of ${list(issue.values)}`}, found ${found}`;
    case "too_small":
      if (issue.origin === "string")
        return `expected a string of ${bound(issue, true)} characters, found ${found}`;
      if (issue.origin === "array") return `expected ${bound(issue, true)} items, found ${found}`;
      return `expected a number ${bound(issue, true)}, found ${found}`;
    case "too_big":
      if (issue.origin === "string")
        return `expected a string of ${bound(issue, false)} characters, found ${found}`;
      if (issue.origin === "array") return `expected ${bound(issue, false)} items, found ${found}`;
      return `expected a number ${bound(issue, false)}, found ${found}`;
    default:
      return issue.input === undefined ? issue.message : `${issue.message}; found ${found}`;
  }
}

/**
 * Turns zod's issues into newsgraph issues: newsgraph's own codes come out of `params.code`, and
 * each unknown key becomes an issue of its own, at its own path, listing the fields expected there.
 * @internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: z.ZodType,
  input: unknown,
): NewsGraphIssue[] {
  const result: NewsGraphIssue[] = [];
  for (const issue of issues) {
    const path = toSegments(issue.path);
    if (issue.code === "unrecognized_keys") {
      const expected = expectedKeysAt(root, input, path);
      for (const key of issue.keys) {
        result.push({
          path: [...path, key],
          code: "unrecognized_keys",
          message: `unknown field ${describeValue(key)}${expected ? `; expected only ${list(expected)}` : ""}`,
        });
      }
    } else if (issue.code === "custom" && typeof issue.params?.code === "string") {
      result.push({ path, code: issue.params.code, message: issue.message });
    } else if (
      issue.code === "invalid_union" &&
      typeof issue.discriminator === "string" &&
      "options" in issue &&
      Array.isArray(issue.options)
    ) {
      // A discriminated union's tag (an actor's `kind`) is an enumeration like `genre` or `act`, and is
      // reported as one: its code and message are those of a value outside an enum.
      const value = describeValue(own(issue.input, issue.discriminator));
      result.push({
        path,
        code: "invalid_value",
        message: `expected one of ${list(issue.options as unknown[])}, found ${value}`,
      });
    } else {
      result.push({ path, code: issue.code, message: messageOf(issue) });
    }
  }
  return result;
}
