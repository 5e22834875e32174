import type { QuantitativeValueLeaf } from "schema-dts";
import type { Quantity } from "../model/quantity";
import { clean } from "./mapping-context";

/**
 * A quantity as a schema.org QuantitativeValue: `value`, `minValue`, `maxValue` and `unitText` ("soldiers").
 * schema.org has no "approximately", so a hedged figure says so in `description`, which starts with
 * `approximately` and goes on with the words of the source (`text`) when there are any.
 *
 * @example
 * ```ts
 * import { quantityValue } from "./quantity";
 *
 * quantityValue({ value: 1500, approximate: true, unit: "soldiers", text: "about 1,500" });
 * // { "@type": "QuantitativeValue", value: 1500, unitText: "soldiers", description: "approximately: about 1,500" }
 * quantityValue({ max: 5000, unit: "soldiers" });
 * // { "@type": "QuantitativeValue", maxValue: 5000, unitText: "soldiers" }
 * ```
 */
export function quantityValue(quantity: Quantity): QuantitativeValueLeaf {
  const { text, approximate } = quantity;
  return clean<QuantitativeValueLeaf>({
    "@type": "QuantitativeValue",
    value: quantity.value,
    minValue: quantity.min,
    maxValue: quantity.max,
    unitText: quantity.unit,
    description: approximate ? (text ? `approximately: ${text}` : "approximately") : text,
  });
}
