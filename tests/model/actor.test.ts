import { describe, expect, it } from "vitest";
import { Actor, actorKinds, organizationKinds } from "../../src/index";
import { expectValid, graph, issuesOf, onlyIssue, organization, person, place, state } from "./support";

const PERSON_FIELDS = `"id", "name", "alternateNames", "description", "sameAs", "memberOf", "kind", "nationality", "roles", "provenance", "fieldProvenance"`;
const STATE_FIELDS = `"id", "name", "alternateNames", "description", "sameAs", "memberOf", "kind", "territory", "provenance", "fieldProvenance"`;

describe("Actor", () => {
  it.each(actorKinds)("accepts an actor of kind %j", (kind) => {
    expectValid(graph({ actors: [{ id: "someone", kind, name: "Someone" }] }));
  });

  it("treats every kind but person and state as an organisation", () => {
    expect([...organizationKinds].sort()).toEqual(
      actorKinds.filter((kind) => kind !== "person" && kind !== "state").sort(),
    );
  });

  it("fills defaults by kind: roles for people and organisations, none for states", () => {
    expect(Actor.parse(person())).toMatchObject({ alternateNames: [], sameAs: [], memberOf: [], roles: [] });
    expect(Actor.parse(organization())).toMatchObject({ roles: [] });
    expect(Actor.parse(state())).not.toHaveProperty("roles");
  });

  it("accepts the fields of each kind: nationality, territory, country", () => {
    expectValid(
      graph({
        actors: [
          person({
            nationality: "russia",
            roles: [{ title: "Secretary General", of: "nato", start: "2024-10-01" }],
          }),
          state({ territory: "kursk-region" }),
          organization({ country: "kursk-region" }),
        ],
        places: [place()],
      }),
    );
  });

  it("rejects an unknown kind as a value outside an enumeration, listing every kind", () => {
    const issue = onlyIssue(graph({ actors: [person({ kind: "alien" })] }));
    expect(issue.path).toEqual(["actors", 0, "kind"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(
      `expected one of ${actorKinds.map((kind) => JSON.stringify(kind)).join(", ")}, found "alien"`,
    );
  });

  it("rejects an actor without a kind, saying none was found", () => {
    const issue = onlyIssue(graph({ actors: [{ id: "x", name: "X" }] }));
    expect(issue.path).toEqual(["actors", 0, "kind"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toMatch(/^expected one of "person", .*, found nothing$/);
  });

  it("rejects nationality on a state, listing the fields of a state", () => {
    const issue = onlyIssue(graph({ actors: [state({ nationality: "russia" })] }));
    expect(issue.path).toEqual(["actors", 0, "nationality"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe(`unknown field "nationality"; expected only ${STATE_FIELDS}`);
  });

  it("rejects roles on a state", () => {
    const issue = onlyIssue(graph({ actors: [state({ roles: [] })] }));
    expect(issue.path).toEqual(["actors", 0, "roles"]);
    expect(issue.code).toBe("unrecognized_keys");
  });

  it("rejects territory on a person, listing the fields of a person", () => {
    const issue = onlyIssue(graph({ actors: [person({ territory: "kursk-region" })] }));
    expect(issue.path).toEqual(["actors", 0, "territory"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe(`unknown field "territory"; expected only ${PERSON_FIELDS}`);
  });

  it("rejects nationality on an organisation, which has country instead", () => {
    const issue = onlyIssue(graph({ actors: [organization({ nationality: "russia" })] }));
    expect(issue.path).toEqual(["actors", 0, "nationality"]);
    expect(issue.message).toContain('"country"');
  });

  it("accepts fieldProvenance for the fields of the actor's own kind only", () => {
    expectValid(graph({ actors: [state({ fieldProvenance: { territory: { basis: "stated" } } })] }));
    const issue = onlyIssue(
      graph({ actors: [state({ fieldProvenance: { nationality: { basis: "stated" } } })] }),
    );
    expect(issue.path).toEqual(["actors", 0, "fieldProvenance", "nationality"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toContain('"territory"');
  });

  it("rejects a role without a title and with an unknown key", () => {
    const issues = issuesOf(graph({ actors: [person({ roles: [{ of: "nato", since: "2024" }] })] }));
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["actors", 0, "roles", 0, "title"], "invalid_type"],
      [["actors", 0, "roles", 0, "since"], "unrecognized_keys"],
    ]);
  });

  it("rejects sameAs entries that are not http(s) URLs", () => {
    const issue = onlyIssue(graph({ actors: [person({ sameAs: ["Q57792"] })] }));
    expect(issue.path).toEqual(["actors", 0, "sameAs", 0]);
    expect(issue.code).toBe("invalid_url");
  });
});
