import { describe, expect, it } from "vitest";
import { Provenance, provenanceBases, provenanceFormats } from "../../src/index";
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

  it.each([
    { basis: "stated", origin: { format: "html", at: 'meta[property="og:title"]' } },
    { basis: "inferred", note: "The page's language.", origin: { format: "html", at: "html[lang]" } },
    { basis: "stated", origin: { format: "json-ld", at: '$[1]["@graph"][0].headline' } },
  ])("accepts an origin naming the format and the place in it: %j", (provenance) => {
    expectValid(graph({ articles: [article({ provenance, fieldProvenance: { headline: provenance } })] }));
  });

  it("rejects an origin in a format it does not know, listing the formats", () => {
    const issue = onlyIssue(
      graph({ places: [place({ provenance: { basis: "stated", origin: { format: "xml", at: "/a" } } })] }),
    );
    expect(issue.path).toEqual(["places", 0, "provenance", "origin", "format"]);
    expect(issue.message).toBe(`expected one of "json-ld", "html", found "xml"`);
    expect(provenanceFormats).toEqual(["json-ld", "html"]);
  });

  it("rejects an origin without a place in the source, and one with other keys", () => {
    const empty = onlyIssue(
      graph({ places: [place({ provenance: { basis: "stated", origin: { format: "html", at: "" } } })] }),
    );
    expect(empty.path).toEqual(["places", 0, "provenance", "origin", "at"]);
    expect(empty.code).toBe("too_small");
    const extra = onlyIssue(
      graph({
        places: [
          place({ provenance: { basis: "stated", origin: { format: "html", at: "title", line: 3 } } }),
        ],
      }),
    );
    expect(extra.path).toEqual(["places", 0, "provenance", "origin", "line"]);
    expect(extra.code).toBe("unrecognized_keys");
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
