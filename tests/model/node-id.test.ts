import { describe, expect, it } from "vitest";
import { NODE_ID_MAX_LENGTH, NodeId } from "../../src/index";
import { expectValid, found, graph, onlyIssue, person } from "./support";

describe("NodeId", () => {
  it.each(["a", "mark-rutte", "a1-b2", "2024", "x".repeat(NODE_ID_MAX_LENGTH)])(
    "accepts the slug %j",
    (id) => {
      expect(NodeId.safeParse(id).success).toBe(true);
      expectValid(graph({ actors: [person({ id })] }));
    },
  );

  it.each(["", "Mark", "a--b", "-a", "a-", "a b", "a_b", "é", "mark-rutte\n"])(
    "rejects %j with invalid_id at the node's id, naming the value and the slug form",
    (id) => {
      const issue = onlyIssue(graph({ actors: [person({ id })] }));
      expect(issue.path).toEqual(["actors", 0, "id"]);
      expect(issue.code).toBe("invalid_id");
      expect(issue.message).toContain(found(id));
      expect(issue.message).toContain("expected an id made of lowercase letters and digits");
    },
  );

  it("rejects an id one character longer than the maximum, saying how long it is", () => {
    const id = "a".repeat(NODE_ID_MAX_LENGTH + 1);
    const issue = onlyIssue(graph({ actors: [person({ id })] }));
    expect(issue.path).toEqual(["actors", 0, "id"]);
    expect(issue.code).toBe("invalid_id");
    expect(issue.message).toContain("at most 200 characters");
    expect(issue.message).toContain("(201 characters)");
  });

  it("rejects a reference that is not a slug at the referring field, before any graph check", () => {
    const issue = onlyIssue(graph({ actors: [person({ memberOf: ["NATO"] })] }));
    expect(issue.path).toEqual(["actors", 0, "memberOf", 0]);
    expect(issue.code).toBe("invalid_id");
    expect(issue.message).toContain('found "NATO"');
  });

  it("rejects a number where an id is expected with invalid_type", () => {
    const issue = onlyIssue(graph({ actors: [person({ id: 7 })] }));
    expect(issue.path).toEqual(["actors", 0, "id"]);
    expect(issue.code).toBe("invalid_type");
    expect(issue.message).toBe("expected string, found 7");
  });
});
