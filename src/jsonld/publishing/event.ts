// Event (and all its subtypes), Event docs: name, startDate and location are required. The location is a
// Place with an address for an event people attend, a VirtualLocation with a url for one held online, or
// both for a mixed event; an online event's startDate must give its time zone. A PostalAddress in place of a
// Place, or an untyped node, is no location Google reads.
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { checkDate } from "./date";
import { type Graph, type NodeAt, resolve, types, values } from "./document";
import { describe, idOf, isObject, type Located, member, text, typeName } from "./values";

const ONLINE_MODES = new Set(["OnlineEventAttendanceMode", "MixedEventAttendanceMode"]);

interface Location {
  location: Located;
  /** The node it stands for, if the document has it. */
  node: NodeAt | undefined;
  /** A Place people attend, a VirtualLocation, an `@id` the document does not define, or neither. */
  venue: "physical" | "virtual" | "unresolved" | undefined;
}

function readLocation(graph: Graph, location: Located): Location {
  const resolved = resolve(graph, location);
  if (resolved === undefined) return { location, node: undefined, venue: undefined };
  if ("unresolved" in resolved) return { location, node: undefined, venue: "unresolved" };
  const found = [...types(graph, resolved)];
  const venue = found.includes("VirtualLocation")
    ? "virtual"
    : found.length === 0 || found.includes("PostalAddress")
      ? undefined
      : "physical";
  return { location, node: resolved, venue };
}

/** Checks an event of type `type`. @internal */
export function checkEvent(context: Context, at: NodeAt, type: string): void {
  const { graph, report } = context;
  const locations = values(graph, at, "location").map((location) => readLocation(graph, location));
  const online =
    locations.some(({ venue }) => venue === "virtual") ||
    values(graph, at, "eventAttendanceMode").some(({ value }) => {
      const mode = text(value) ?? (isObject(value) ? idOf(value) : undefined);
      return mode !== undefined && ONLINE_MODES.has(typeName(mode));
    });

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
  for (const date of starts) {
    checkDate(context, type, "startDate", date, {
      precision: "day",
      severity: "error",
      zoneRequired: online,
    });
  }
  for (const date of values(graph, at, "endDate")) {
    checkDate(context, type, "endDate", date, { precision: "day", severity: "warning" });
  }

  for (const { location, node, venue } of locations) {
    if (venue === "unresolved") follow(context, location, `the location of the ${type}`);
    if (node === undefined || venue === undefined) continue;
    if (venue === "physical") {
      expectValues(context, node, "address", {
        severity: "error",
        rule: "event/location-address",
        message: `the location of the ${type} has no address; Google requires the venue's address`,
      });
      continue;
    }
    const urls = expectValues(context, node, "url", {
      severity: "error",
      rule: "event/location-url",
      message: `the VirtualLocation of the ${type} has no url; Google requires the address where the event is held online`,
    });
    for (const url of urls)
      checkUrl(context, url, "event/location-url", `the url of the VirtualLocation of the ${type}`);
  }
  if (locations.some(({ venue }) => venue !== undefined)) return;
  report({
    severity: "error",
    path: locations[0]?.location.path ?? member(at.path, "location"),
    rule: "event/location",
    message:
      locations.length === 0
        ? `the ${type} has no location; Google requires a Place with an address, or a VirtualLocation for an event held online`
        : `the location of the ${type} is not a Place (found ${locations
            .map(({ location, node }) =>
              node === undefined
                ? describe(location.value)
                : [...types(graph, node)].join("/") || "an untyped node",
            )
            .join(", ")}); Google requires a Place with an address, or a VirtualLocation with a url`,
  });
}
