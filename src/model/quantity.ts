import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { newsgraphRegistry } from "./registry";

// zod's number already refuses NaN and ±Infinity (as invalid_type), so finiteness needs no check here.
const finiteNumber = z.number();

const quantityShape = {
  /** The number stated, when one number is given ("approximately 1,500" → 1500). */
  value: finiteNumber.optional(),
  /** The lower bound, when the source gives one ("at least 1,000"). */
  min: finiteNumber.optional(),
  /** The upper bound, when the source gives one ("up to 5,000" → `max: 5000`). */
  max: finiteNumber.optional(),
  /** True when the source hedges the number ("approximately", "about", "some"). */
  approximate: z.boolean().optional(),
  /** What is counted or measured, in words: "soldiers", "tonnes of ammunition". */
  unit: z.string().min(1),
  /** The quantity as written in the source: "up to 5,000". */
  text: z.string().min(1).optional(),
};

/**
 * A number as the source states it: a value, a range or a bound, with a unit and a flag for hedged
 * figures. "approximately 1,500 soldiers" is `{ value: 1500, approximate: true, unit: "soldiers" }`;
 * "up to 5,000" is `{ max: 5000, unit: "soldiers" }`. At least one of `value`, `min`, `max` is
 * given, and `min <= value <= max`.
 *
 * @example
 * ```ts
 * import { Quantity } from "newsgraph";
 *
 * Quantity.parse({ max: 5000, unit: "soldiers", text: "up to 5,000" });
 * Quantity.safeParse({ min: 10, max: 5, unit: "soldiers" }).success; // false
 * ```
 */
export const Quantity: z.ZodObject<typeof quantityShape, z.core.$strict> = z
  .strictObject(quantityShape)
  .check((ctx) => {
    const { value, min, max } = ctx.value;
    if (value === undefined && min === undefined && max === undefined) {
      reportIssue(ctx, "invalid_quantity", "expected at least one of value, min or max, found none");
      return;
    }
    if (min !== undefined && max !== undefined && min > max) {
      reportIssue(ctx, "invalid_quantity", `expected min <= max, found min ${min} and max ${max}`, ["min"]);
    }
    if (value !== undefined && min !== undefined && value < min) {
      reportIssue(ctx, "invalid_quantity", `expected value >= min (${min}), found ${value}`, ["value"]);
    }
    if (value !== undefined && max !== undefined && value > max) {
      reportIssue(ctx, "invalid_quantity", `expected value <= max (${max}), found ${value}`, ["value"]);
    }
  });
newsgraphRegistry.add(Quantity, {
  id: "Quantity",
  description: "A number as stated: a value, bounds, a hedge, a unit and the words used.",
  // Each alternative names its property too, as ajv's strict mode asks of a `required` in a subschema.
  anyOf: ["value", "min", "max"].map((field) => ({ properties: { [field]: true }, required: [field] })),
});

/**
 * A quantity as stated in the source.
 *
 * @example
 * ```ts
 * import { Quantity } from "newsgraph";
 *
 * const troops: Quantity = { value: 1500, approximate: true, unit: "soldiers" };
 * ```
 */
export interface Quantity extends z.output<typeof Quantity> {}
