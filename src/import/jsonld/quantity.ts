// QuantitativeValue → Quantity.
import type { Quantity } from "../../model/quantity";
import { type Importer, takeNumber, takeText, valueNode } from "./importer";
import type { Located } from "./json";

// newsgraph writes a hedged figure's description as "approximately" or "approximately: <the source's words>".
const APPROXIMATELY = "approximately";
const APPROXIMATELY_WITH_TEXT = "approximately: ";

/**
 * A Quantity from a QuantitativeValue: `value`, `minValue`, `maxValue`, `unitText`, and `description` read as
 * newsgraph writes it (a leading "approximately" marks a hedged figure; the rest is the source's words).
 * `undefined`, reported, when it lacks a unit or a number, or its bounds contradict each other.
 * @internal
 */
export function readQuantity(
  importer: Importer,
  located: Located,
  what: string,
  mark?: (note: string) => void,
): Quantity | undefined {
  const node = valueNode(importer, located, "quantity", "QuantitativeValue", what);
  if (node === null) {
    importer.warn(located.path, `expected a QuantitativeValue for ${what}; dropped`);
    return undefined;
  }
  if (node === undefined) return undefined;
  const value = takeNumber(importer, node, "value");
  const min = takeNumber(importer, node, "minValue");
  const max = takeNumber(importer, node, "maxValue");
  const unit = takeText(importer, node, "unitText", "the unitText", mark)?.value;
  if (unit === undefined) {
    importer.warn(located.path, `${what} has no unitText, which the model requires; dropped`);
    return undefined;
  }
  if (value === undefined && min === undefined && max === undefined) {
    importer.warn(located.path, `${what} has no value, minValue or maxValue; dropped`);
    return undefined;
  }
  if (
    (min !== undefined && max !== undefined && min > max) ||
    (value !== undefined && ((min !== undefined && value < min) || (max !== undefined && value > max)))
  ) {
    importer.warn(located.path, `${what} has a value outside its minValue and maxValue; dropped`);
    return undefined;
  }
  const quantity: Quantity = { unit };
  if (value !== undefined) quantity.value = value;
  if (min !== undefined) quantity.min = min;
  if (max !== undefined) quantity.max = max;
  const description = takeText(importer, node, "description", "the description", mark)?.value;
  if (description === APPROXIMATELY) quantity.approximate = true;
  else if (
    description?.startsWith(APPROXIMATELY_WITH_TEXT) &&
    description.length > APPROXIMATELY_WITH_TEXT.length
  ) {
    quantity.approximate = true;
    quantity.text = description.slice(APPROXIMATELY_WITH_TEXT.length);
  } else if (description !== undefined) quantity.text = description;
  return quantity;
}
