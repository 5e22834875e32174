import { describe, expect, it } from "vitest";
import { Provenance, provenanceBases } from "../../src/index";
import { article, expectValid, graph, onlyIssue, place } from "./support";

describe("Provenance", () => {
  it.each([
    { basis: "stated" },
    { basis: "stated", note: "In the second paragraph." },
    { basis: "inferred", note: "The year follows from 'two and a half years' into the war." },
    { basis: "external", note: "Wikidata.", source: "https://www.wikidata.org/wiki/Q159" },
  ])("accepts %j on a node and on a field", (provenance) => {
    expect(Provenance.safeParse(provenance).success).toBe(true);
    expectValid(graph({ places: [place({ provenance, fieldProvenance: { geo: provenance } })] }));
  });

  it.each(["inferred", "external"])("rejects %s without a note with missing_note at note", (basis) => {
    const issue = onlyIssue(graph({ places: [place({ provenance: { basis } })] }));
    expect(issue.path).toEqual(["places", 0, "provenance", "note"]);
    expect(issue.code).toBe("missing_note");
    expect(issue.message).toBe(`expected a note explaining a value that is ${basis}, found none`);
  });

  it("rejects a field's provenance without a note at that field's note", () => {
    const issue = onlyIssue(
      graph({ articles: [article({ fieldProvenance: { datePublished: { basis: "inferred" } } })] }),
    );
    expect(issue.path).toEqual(["articles", 0, "fieldProvenance", "datePublished", "note"]);
    expect(issue.code).toBe("missing_note");
  });

  it("rejects an empty note", () => {
    const issue = onlyIssue(graph({ places: [place({ provenance: { basis: "inferred", note: "" } })] }));
    expect(issue.path).toEqual(["places", 0, "provenance", "note"]);
    expect(issue.code).toBe("too_small");
  });

  it("rejects an unknown basis, listing the bases", () => {
    const issue = onlyIssue(graph({ places: [place({ provenance: { basis: "guessed", note: "x" } })] }));
    expect(issue.path).toEqual(["places", 0, "provenance", "basis"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of "stated", "inferred", "external", found "guessed"`);
    expect(provenanceBases).toEqual(["stated", "inferred", "external"]);
  });

  it("rejects a source that is not an http(s) URL", () => {
    const issue = onlyIssue(
      graph({ places: [place({ provenance: { basis: "external", note: "x", source: "wikidata" } })] }),
    );
    expect(issue.path).toEqual(["places", 0, "provenance", "source"]);
    expect(issue.code).toBe("invalid_url");
  });

  it("accepts field names of the node in fieldProvenance and rejects others at their own path", () => {
    expectValid(graph({ articles: [article({ fieldProvenance: { headline: { basis: "stated" } } })] }));
    const issue = onlyIssue(
      graph({ articles: [article({ fieldProvenance: { headlin: { basis: "stated" } } })] }),
    );
    expect(issue.path).toEqual(["articles", 0, "fieldProvenance", "headlin"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toMatch(/^unknown field "headlin"; expected only "id", "url", "headline", /);
    expect(issue.message).toContain('"isAccessibleForFree"');
  });

  it("does not accept provenance of the provenance fields themselves", () => {
    const issue = onlyIssue(
      graph({ places: [place({ fieldProvenance: { fieldProvenance: { basis: "stated" } } })] }),
    );
    expect(issue.path).toEqual(["places", 0, "fieldProvenance", "fieldProvenance"]);
    expect(issue.code).toBe("unrecognized_keys");
  });
});
