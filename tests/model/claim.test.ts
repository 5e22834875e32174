import { describe, expect, it } from "vitest";
import { Claim, claimActs, claimRelations, quoteTypes } from "../../src/index";
import { claim, expectValid, issuesOf, onlyIssue, organization, world } from "./support";

const listed = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(", ");
const withClaim = (overrides: Record<string, unknown>) => world({ claims: [claim(overrides)] });

describe("Claim", () => {
  it("accepts a minimal claim and fills its arrays with []", () => {
    expect(Claim.parse(claim())).toMatchObject({ about: [], quantities: [], evidence: [], responds: [] });
    expectValid(withClaim({}));
  });

  it.each(claimActs)("accepts the act %j", (act) => {
    expectValid(withClaim({ act }));
  });

  it("rejects an unknown act, listing every act", () => {
    const issue = onlyIssue(withClaim({ act: "says" }));
    expect(issue.path).toEqual(["claims", 0, "act"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(claimActs)}, found "says"`);
  });

  it.each(quoteTypes)("accepts the quote type %j", (quoteType) => {
    expectValid(withClaim({ quoteType }));
  });

  it("rejects an unknown quote type, listing every type", () => {
    const issue = onlyIssue(withClaim({ quoteType: "verbatim" }));
    expect(issue.path).toEqual(["claims", 0, "quoteType"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(quoteTypes)}, found "verbatim"`);
  });

  it("accepts every relation to another claim and rejects an unknown one, listing the relations", () => {
    const responds = claimRelations.map((relation) => ({ claim: "other-claim", relation }));
    const other = claim({ id: "other-claim" });
    expectValid(world({ claims: [claim({ responds }), other] }));
    const issue = onlyIssue(
      world({ claims: [claim({ responds: [{ claim: "other-claim", relation: "refutes" }] }), other] }),
    );
    expect(issue.path).toEqual(["claims", 0, "responds", 0, "relation"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(claimRelations)}, found "refutes"`);
  });

  it.each(["id", "claimant", "statement", "act"])("rejects a claim without %s, at that field", (field) => {
    const issues = issuesOf(withClaim({ [field]: undefined }));
    expect(issues?.[0]?.path).toEqual(["claims", 0, field]);
  });

  it("accepts a review with a rating and rejects a rating outside its scale at value", () => {
    const review = { reviewer: "nato", verdict: "Accurate", url: "https://example.org/check" };
    expectValid(withClaim({ review: { ...review, rating: { value: 1, worst: 1, best: 5 } } }));
    const issue = onlyIssue(withClaim({ review: { ...review, rating: { value: 6, worst: 1, best: 5 } } }));
    expect(issue.path).toEqual(["claims", 0, "review", "rating", "value"]);
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected a value from 1 to 5, found 6");
  });

  it("rejects a rating scale whose worst is not below its best, at best", () => {
    const rating = { value: 3, worst: 5, best: 5 };
    const issue = onlyIssue(
      withClaim({ review: { reviewer: "nato", verdict: "?", url: "https://example.org/c", rating } }),
    );
    expect(issue.path).toEqual(["claims", 0, "review", "rating", "best"]);
    expect(issue.code).toBe("invalid_quantity");
    expect(issue.message).toBe("expected worst (5) to be below best, found best 5");
  });

  it("rejects a review without a url", () => {
    const issue = onlyIssue(withClaim({ review: { reviewer: "nato", verdict: "False" } }));
    expect(issue.path).toEqual(["claims", 0, "review", "url"]);
    expect(issue.code).toBe("invalid_type");
  });

  it("rejects an unknown key in a claim, listing every field of a claim", () => {
    const issue = onlyIssue(world({ actors: [organization()], claims: [claim({ speaker: "nato" })] }));
    expect(issue.path).toEqual(["claims", 0, "speaker"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toMatch(
      /^unknown field "speaker"; expected only "id", "claimant", "statement", "act", /,
    );
    expect(issue.message).toContain('"review", "provenance", "fieldProvenance"');
  });
});
