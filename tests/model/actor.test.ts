import { describe, expect, it } from "vitest";
import { Actor, actorKinds, newsMediaPolicies, organizationKinds, publishingPolicies } from "../../src/index";
import { expectValid, graph, issuesOf, onlyIssue, organization, person, place, state } from "./support";

const PERSON_FIELDS = `"id", "name", "alternateNames", "description", "sameAs", "memberOf", "kind", "nationality", "roles", "url", "image", "jobTitle", "worksFor", "knowsAbout", "knowsLanguage", "provenance", "fieldProvenance"`;
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

describe("a publisher and its people", () => {
  const policies = Object.fromEntries(
    publishingPolicies.map((name) => [name, `https://example.org/about/${name}`]),
  );
  const publisher = organization({
    id: "example-herald",
    kind: "media",
    name: "The Example Herald",
    url: "https://example.org/",
    logo: { url: "https://example.org/logo.png", width: 600, height: 60 },
    foundingDate: "1998-03",
    languages: ["en", "cy"],
    policies,
  });
  const reporter = person({
    id: "ana-ruiz",
    name: "Ana Ruiz",
    url: "https://example.org/staff/ana-ruiz",
    image: { url: "https://example.org/staff/ana-ruiz.jpg", width: 400, height: 400 },
    jobTitle: "Harbour correspondent",
    worksFor: ["example-herald"],
    knowsAbout: ["shipping", "local government"],
    knowsLanguage: ["en", "es"],
  });

  it("accepts an organisation's home page, logo, founding date, languages and every policy page", () => {
    expectValid(graph({ actors: [publisher] }));
    expect(Actor.parse(publisher)).toMatchObject({ url: "https://example.org/", policies });
  });

  it("accepts a person's profile page, portrait, job, employer, expertise and languages", () => {
    expectValid(graph({ actors: [publisher, reporter] }));
  });

  it("fills the new lists with [] and leaves the rest out", () => {
    expect(Actor.parse(person())).toMatchObject({ worksFor: [], knowsAbout: [], knowsLanguage: [] });
    expect(Actor.parse(organization())).toMatchObject({ languages: [] });
    expect(Actor.parse(organization())).not.toHaveProperty("policies");
  });

  it.each(newsMediaPolicies)(
    "rejects %s on an organisation that is not a news organisation, at the policy",
    (name) => {
      const issue = onlyIssue(
        graph({ actors: [organization({ kind: "ngo", policies: { [name]: "https://example.org/p" } })] }),
      );
      expect(issue.path).toEqual(["actors", 0, "policies", name]);
      expect(issue.code).toBe("media_only_policy");
      expect(issue.message).toBe(
        `schema.org defines ${name} for news organisations only; expected it on an actor of kind "media", found kind "ngo"`,
      );
    },
  );

  it("accepts the policies every organisation may have on any kind of organisation", () => {
    const general = Object.fromEntries(
      publishingPolicies
        .filter((name) => !(newsMediaPolicies as readonly string[]).includes(name))
        .map((name) => [name, `https://example.org/${name}`]),
    );
    for (const kind of organizationKinds)
      expectValid(graph({ actors: [organization({ kind, policies: general })] }));
  });

  it("rejects an unknown policy and a policy that is not a URL", () => {
    const issues = issuesOf(
      graph({
        actors: [
          organization({
            kind: "media",
            policies: { ethics: "https://example.org/e", masthead: "staff page" },
          }),
        ],
      }),
    );
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["actors", 0, "policies", "masthead"], "invalid_url"],
      [["actors", 0, "policies", "ethics"], "unrecognized_keys"],
    ]);
  });

  it("rejects a language that is not a BCP 47 tag and a logo without a url", () => {
    const issues = issuesOf(
      graph({
        actors: [
          organization({ languages: ["English"], logo: { width: 600 } }),
          person({ knowsLanguage: ["?"] }),
        ],
      }),
    );
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["actors", 0, "logo", "url"], "invalid_type"],
      [["actors", 0, "languages", 0], "invalid_language"],
      [["actors", 1, "knowsLanguage", 0], "invalid_language"],
    ]);
  });

  it("rejects a worksFor that names no node, or a person, saying an organisation is expected", () => {
    const issues = issuesOf(
      graph({
        actors: [
          reporter,
          person({ worksFor: ["ana-ruiz", "nobody"] }),
          organization({ id: "example-herald", kind: "media", name: "The Example Herald" }),
        ],
      }),
    );
    expect(issues).toEqual([
      {
        path: ["actors", 1, "worksFor", 0],
        code: "wrong_reference_kind",
        message:
          '"ana-ruiz" is an actor of kind "person" (actors[0]); expected the id of an organisation (an actor of any kind but person)',
      },
      {
        path: ["actors", 1, "worksFor", 1],
        code: "unresolved_reference",
        message:
          'no node has the id "nobody"; expected the id of an organisation (an actor of any kind but person)',
      },
    ]);
  });

  it("accepts a state or any organisation as an employer", () => {
    expectValid(graph({ actors: [state(), organization(), person({ worksFor: ["russia", "nato"] })] }));
  });

  it("rejects two people at one profile page, and two organisations at one home page, fragments aside", () => {
    const issues = issuesOf(
      graph({
        actors: [
          reporter,
          person({ url: "https://example.org/staff/ana-ruiz#bio" }),
          publisher,
          organization({ url: "https://example.org/" }),
        ],
      }),
    );
    expect(issues).toEqual([
      {
        path: ["actors", 1, "url"],
        code: "duplicate_url",
        message:
          'the url "https://example.org/staff/ana-ruiz#bio" is already the url of actors[0]; expected each person at its own address',
      },
      {
        path: ["actors", 3, "url"],
        code: "duplicate_url",
        message:
          'the url "https://example.org/" is already the url of actors[2]; expected each organisation at its own address',
      },
    ]);
  });

  it("accepts a person and an organisation at one address: their @ids differ", () => {
    expectValid(
      graph({
        actors: [person({ url: "https://example.org/" }), organization({ url: "https://example.org/" })],
      }),
    );
  });
});
