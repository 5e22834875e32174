import { describe, expect, it } from "vitest";
import { GeoPoint, Place, placeKinds } from "../../src/index";
import { expectValid, graph, onlyIssue, place } from "./support";

const withGeo = (geo: unknown) => graph({ places: [place({ geo })] });

describe("Place", () => {
  it("accepts a minimal place and fills its arrays with []", () => {
    expect(Place.parse(place())).toMatchObject({ alternateNames: [], sameAs: [] });
    expectValid(graph({ places: [place()] }));
  });

  it.each(placeKinds)("accepts the kind %j", (kind) => {
    expectValid(graph({ places: [place({ kind })] }));
  });

  it("rejects an unknown kind, listing every kind", () => {
    const issue = onlyIssue(graph({ places: [place({ kind: "planet" })] }));
    expect(issue.path).toEqual(["places", 0, "kind"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(
      `expected one of ${placeKinds.map((kind) => JSON.stringify(kind)).join(", ")}, found "planet"`,
    );
  });

  it.each([
    { latitude: 90, longitude: 180 },
    { latitude: -90, longitude: -180 },
    { latitude: 0, longitude: 0 },
    { latitude: 51.73, longitude: 36.19 },
  ])("accepts the point %j, bounds included", (geo) => {
    expect(GeoPoint.safeParse(geo).success).toBe(true);
    expectValid(withGeo(geo));
  });

  it.each([
    ["latitude", 90.1, "too_big", "expected a number at most 90, found 90.1"],
    ["latitude", -90.5, "too_small", "expected a number at least -90, found -90.5"],
    ["longitude", 180.5, "too_big", "expected a number at most 180, found 180.5"],
    ["longitude", -180.5, "too_small", "expected a number at least -180, found -180.5"],
    ["latitude", Number.NaN, "invalid_type", "expected number, found NaN"],
    ["longitude", Number.POSITIVE_INFINITY, "invalid_type", "expected number, found Infinity"],
    ["latitude", "51.73", "invalid_type", 'expected number, found "51.73"'],
  ])("rejects a %s of %s with %s at that field", (field, value, code, message) => {
    const issue = onlyIssue(withGeo({ latitude: 0, longitude: 0, [field]: value }));
    expect(issue.path).toEqual(["places", 0, "geo", field]);
    expect(issue.code).toBe(code);
    expect(issue.message).toBe(message);
  });

  it("rejects a point without a longitude", () => {
    const issue = onlyIssue(withGeo({ latitude: 1 }));
    expect(issue.path).toEqual(["places", 0, "geo", "longitude"]);
    expect(issue.message).toBe("missing: expected number");
  });

  it("rejects lat/lng shorthand keys, listing latitude and longitude", () => {
    const issue = onlyIssue(withGeo({ latitude: 1, longitude: 2, lat: 1 }));
    expect(issue.path).toEqual(["places", 0, "geo", "lat"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe('unknown field "lat"; expected only "latitude", "longitude"');
  });
});
