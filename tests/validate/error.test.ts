import { describe, expect, it } from "vitest";
import { formatIssuePath, NewsGraphError, type NewsGraphIssue, parseNewsGraph } from "../../src/index";
import { graph, person } from "../model/support";

const issue = (path: (string | number)[], message = "broken"): NewsGraphIssue => ({
  path,
  code: "custom",
  message,
});

describe("formatIssuePath", () => {
  it.each<[(string | number)[], string]>([
    [["claims", 3, "evidence", 0, "start"], "claims[3].evidence[0].start"],
    [["format"], "format"],
    [[], "(document)"],
    [[0], "[0]"],
    [["$schema"], "$schema"],
    [["actors", 0, "my key"], 'actors[0]["my key"]'],
    [["actors", 0, "a-b"], 'actors[0]["a-b"]'],
    [["x", "0"], 'x["0"]'],
    [["x", ""], 'x[""]'],
    [["x", 'quote"d'], 'x["quote\\"d"]'],
    [["x", "line\nbreak"], 'x["line\\nbreak"]'],
    [["a-b", "c"], '["a-b"].c'],
    [["__proto__"], "__proto__"],
  ])("formats %j as %s", (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

describe("NewsGraphError", () => {
  it("is an Error named NewsGraphError that carries its issues", () => {
    const issues = [issue(["format"], "expected 1, found 2")];
    const error = new NewsGraphError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(NewsGraphError);
    expect(error.name).toBe("NewsGraphError");
    expect(error.issues).toBe(issues);
    expect(error.message).toBe("Invalid newsgraph document (1 issue):\n  - format: expected 1, found 2");
    expect(String(error)).toMatch(/^NewsGraphError: Invalid newsgraph document/);
  });

  it("lists every issue as a 'path: message' line", () => {
    const error = new NewsGraphError([
      issue(["claims", 3, "evidence", 0, "start"], "too small"),
      issue([], "odd"),
    ]);
    expect(error.message).toBe(
      "Invalid newsgraph document (2 issues):\n  - claims[3].evidence[0].start: too small\n  - (document): odd",
    );
  });

  it("lists the first 50 issues and counts the rest", () => {
    const issues = Array.from({ length: 73 }, (_, i) => issue(["actors", i, "id"], `issue ${i}`));
    const lines = new NewsGraphError(issues).message.split("\n");
    expect(lines[0]).toBe("Invalid newsgraph document (73 issues):");
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[50]).toBe("  - actors[49].id: issue 49");
    expect(lines[51]).toBe("  … and 23 more");
  });

  it("lists exactly 50 issues without a count of more", () => {
    const issues = Array.from({ length: 50 }, (_, i) => issue(["actors", i, "id"]));
    expect(new NewsGraphError(issues).message).not.toContain("more");
  });

  it("is what parseNewsGraph throws, with every issue of the document", () => {
    const actors = Array.from({ length: 60 }, (_, i) => person({ id: `Bad ${i}` }));
    let thrown: unknown;
    try {
      parseNewsGraph(graph({ actors }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NewsGraphError);
    if (!(thrown instanceof NewsGraphError)) return;
    expect(thrown.issues).toHaveLength(60);
    expect(thrown.issues.every((each) => each.code === "invalid_id")).toBe(true);
    expect(thrown.message).toContain("\n  - actors[0].id: expected an id made of lowercase letters");
    expect(thrown.message).toContain('found "Bad 0"');
    expect(thrown.message.endsWith("\n  … and 10 more")).toBe(true);
  });
});
