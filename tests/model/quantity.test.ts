import { describe, expect, it } from "vitest";
import { Quantity } from "../../src/index";
import { event, expectValid, graph, issuesOf, onlyIssue } from "./support";

const withQuantity = (quantity: unknown) => graph({ events: [event({ quantities: [quantity] })] });
const at = (...rest: (string | number)[]) => ["events", 0, "quantities", 0, ...rest];

describe("Quantity", () => {
  it.each([
    { value: 1500, approximate: true, unit: "soldiers", text: "approximately 1,500" },
    { max: 5000, unit: "soldiers", text: "up to 5,000" },
    { min: 1000, unit: "soldiers" },
    { min: 1000, max: 5000, unit: "soldiers" },
    { min: 10, value: 10, max: 10, unit: "tanks" },
    { value: -3.5, unit: "degrees Celsius" },
    { value: 0, unit: "casualties" },
  ])("accepts %j", (quantity) => {
    expect(Quantity.safeParse(quantity).success).toBe(true);
    expectValid(withQuantity(quantity));
  });

  it("rejects a quantity with none of value, min and max, at the quantity", () => {
    const issue = onlyIssue(withQuantity({ unit: "soldiers", text: "many" }));
    expect(issue.path).toEqual(at());
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected at least one of value, min or max, found none");
  });

  it("rejects min above max at min, naming both", () => {
    const issue = onlyIssue(withQuantity({ min: 10, max: 5, unit: "soldiers" }));
    expect(issue.path).toEqual(at("min"));
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected min <= max, found min 10 and max 5");
  });

  it("rejects a value below min at value, naming both", () => {
    const issue = onlyIssue(withQuantity({ min: 10, value: 9, unit: "soldiers" }));
    expect(issue.path).toEqual(at("value"));
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected value >= min (10), found 9");
  });

  it("rejects a value above max at value, naming both", () => {
    const issue = onlyIssue(withQuantity({ value: 5001, max: 5000, unit: "soldiers" }));
    expect(issue.path).toEqual(at("value"));
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected value <= max (5000), found 5001");
  });

  it("reports every broken bound of one quantity", () => {
    const issues = issuesOf(withQuantity({ min: 5, value: 7, max: 1, unit: "soldiers" }));
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [at("min"), "invalid_quantity"],
      [at("value"), "invalid_quantity"],
    ]);
  });

  // zod 4's number type refuses NaN and ±Infinity before newsgraph's own finiteness check can run,
  // so the code is zod's invalid_type; the path is still the offending field's.
  it.each([
    ["value", Number.NaN, "NaN"],
    ["min", Number.POSITIVE_INFINITY, "Infinity"],
    ["max", Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("rejects a non-finite %s at that field, naming it", (field, number, shown) => {
    const issue = onlyIssue(withQuantity({ value: 1, [field]: number, unit: "soldiers" }));
    expect(issue.path).toEqual(at(field));
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe(`expected number, found ${shown}`);
  });

  it("rejects a quantity without a unit", () => {
    const issue = onlyIssue(withQuantity({ value: 1 }));
    expect(issue.path).toEqual(at("unit"));
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe("missing: expected string");
  });

  it("rejects an empty unit, naming the length expected", () => {
    const issue = onlyIssue(withQuantity({ value: 1, unit: "" }));
    expect(issue.path).toEqual(at("unit"));
    expect(issue.code).toBe("too_small");
    expect(issue.message).toBe('expected a string of at least 1 characters, found ""');
  });

  it("checks the quantities of claims too", () => {
    const issue = onlyIssue(
      graph({
        actors: [{ id: "nato", kind: "intergovernmental", name: "NATO" }],
        claims: [
          {
            id: "c",
            claimant: "nato",
            statement: "S.",
            act: "estimates",
            quantities: [{ unit: "soldiers" }],
          },
        ],
      }),
    );
    expect(issue.path).toEqual(["claims", 0, "quantities", 0]);
    expect(issue.code).toBe("invalid_quantity");
  });
});
