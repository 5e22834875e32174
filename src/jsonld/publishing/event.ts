// Event (and all its subtypes): location (a Place), location.address, name and startDate are required; a
// startDate with a time should carry a time zone. A virtual-only location or a PostalAddress in place of a
// Place is an error.
import { type Context, expectValues, follow, hasText } from "./context";
import { checkDate } from "./date";
import { type NodeAt, types, values } from "./document";
import { describe, isObject, member } from "./values";
import { NOT_A_PLACE } from "./vocabulary";

/** Checks an event of type `type`. @internal */
export function checkEvent(context: Context, at: NodeAt, type: string): void {
  const { graph, report } = context;
  if (!hasText(context, at, "name")) {
    report({
      severity: "error",
      path: member(at.path, "name"),
      rule: "event/name",
      message: `the ${type} has no name; Google requires one`,
    });
  }
  const starts = expectValues(context, at, "startDate", {
    severity: "error",
    rule: "event/start-date",
    message: `the ${type} has no startDate; Google requires one`,
  });
  for (const date of starts)
    checkDate(context, type, "startDate", date, { precision: "day", severity: "error" });
  for (const date of values(graph, at, "endDate")) {
    checkDate(context, type, "endDate", date, { precision: "day", severity: "warning" });
  }

  const locations = values(graph, at, "location");
  let physical = false;
  let unknown = false;
  for (const location of locations) {
    const resolved = follow(context, location, `the location of the ${type}`);
    if (resolved === "unresolved") unknown = true;
    if (resolved === "unresolved" || resolved === undefined) continue;
    const placeTypes = [...types(graph, resolved)];
    if (placeTypes.length === 0 || placeTypes.some((placeType) => NOT_A_PLACE.has(placeType))) continue;
    physical = true;
    expectValues(context, resolved, "address", {
      severity: "error",
      rule: "event/location-address",
      message: `the location of the ${type} has no address; Google requires the venue's address`,
    });
  }
  if (!physical && !unknown) {
    report({
      severity: "error",
      path: locations[0]?.path ?? member(at.path, "location"),
      rule: "event/location",
      message:
        locations.length === 0
          ? `the ${type} has no location; Google requires a Place`
          : `the location of the ${type} is not a Place (found ${locations
              .map(({ value, path }) =>
                isObject(value)
                  ? [...types(graph, { node: value, path })].join("/") || "an untyped node"
                  : describe(value),
              )
              .join(", ")}); Google requires a physical Place with an address`,
    });
  }
}
