import { describe, expect, it } from "vitest";
import {
  article,
  claim,
  event,
  expectValid,
  graph,
  issuesOf,
  type Json,
  onlyIssue,
  organization,
  person,
  place,
  state,
  world,
} from "../model/support";

// world() holds: article "an-article"; actors "nato" (intergovernmental), "mark-rutte" (person),
// "russia" (state); claim "a-claim"; event "an-event"; place "kursk-region".
interface ReferenceCase {
  field: string;
  /** The document with `id` written in the field. */
  with: (id: string) => Json;
  path: (string | number)[];
  /** What the message says is expected. */
  expected: string;
  /** An id of a node of a kind the field does not accept, and that kind as the message names it. */
  wrong: [string, string];
  /** Ids of nodes of a kind the field accepts. */
  right: string[];
}

const SUBJECT = "an actor, an event or a place";

const references: ReferenceCase[] = [
  {
    field: "article authors[]",
    with: (id) => world({ articles: [article({ authors: [id] })] }),
    path: ["articles", 0, "authors", 0],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["mark-rutte", "nato"],
  },
  {
    field: "article publisher",
    with: (id) => world({ articles: [article({ publisher: id })] }),
    path: ["articles", 0, "publisher"],
    expected: "an actor",
    wrong: ["an-event", "an event (events[0])"],
    right: ["nato"],
  },
  {
    field: "article dateline",
    with: (id) => world({ articles: [article({ dateline: id })] }),
    path: ["articles", 0, "dateline"],
    expected: "a place",
    wrong: ["russia", "an actor (actors[2])"],
    right: ["kursk-region"],
  },
  {
    field: "article about[]",
    with: (id) => world({ articles: [article({ about: [id] })] }),
    path: ["articles", 0, "about", 0],
    expected: SUBJECT,
    wrong: ["a-claim", "a claim (claims[0])"],
    right: ["nato", "an-event", "kursk-region"],
  },
  {
    field: "article mentions[]",
    with: (id) => world({ articles: [article({ mentions: [id] })] }),
    path: ["articles", 0, "mentions", 0],
    expected: SUBJECT,
    wrong: ["an-article", "an article (articles[0])"],
    right: ["mark-rutte", "an-event", "kursk-region"],
  },
  {
    field: "actor memberOf[]",
    with: (id) => world({ actors: [organization(), person(), state({ memberOf: [id] })] }),
    path: ["actors", 2, "memberOf", 0],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["nato"],
  },
  {
    field: "person nationality",
    with: (id) => world({ actors: [organization(), person({ nationality: id }), state()] }),
    path: ["actors", 1, "nationality"],
    expected: "an actor or a place",
    wrong: ["an-event", "an event (events[0])"],
    right: ["russia", "kursk-region"],
  },
  {
    field: "organisation country",
    with: (id) => world({ actors: [organization({ country: id }), person(), state()] }),
    path: ["actors", 0, "country"],
    expected: "an actor or a place",
    wrong: ["a-claim", "a claim (claims[0])"],
    right: ["russia", "kursk-region"],
  },
  {
    field: "state territory",
    with: (id) => world({ actors: [organization(), person(), state({ territory: id })] }),
    path: ["actors", 2, "territory"],
    expected: "a place",
    wrong: ["russia", "an actor (actors[2])"],
    right: ["kursk-region"],
  },
  {
    field: "person roles[].of",
    with: (id) =>
      world({ actors: [organization(), person({ roles: [{ title: "Head", of: id }] }), state()] }),
    path: ["actors", 1, "roles", 0, "of"],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["nato", "russia"],
  },
  {
    field: "organisation roles[].of",
    with: (id) =>
      world({ actors: [organization({ roles: [{ title: "Chair", of: id }] }), person(), state()] }),
    path: ["actors", 0, "roles", 0, "of"],
    expected: "an actor",
    wrong: ["an-article", "an article (articles[0])"],
    right: ["russia"],
  },
  {
    field: "claim claimant",
    with: (id) => world({ claims: [claim({ claimant: id })] }),
    path: ["claims", 0, "claimant"],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["mark-rutte", "russia", "nato"],
  },
  {
    field: "claim about[]",
    with: (id) => world({ claims: [claim({ about: [id] })] }),
    path: ["claims", 0, "about", 0],
    expected: SUBJECT,
    wrong: ["an-article", "an article (articles[0])"],
    right: ["an-event", "russia", "kursk-region"],
  },
  {
    field: "claim evidence[].article",
    with: (id) => world({ claims: [claim({ evidence: [{ article: id, start: 0, end: 1, exact: "N" }] })] }),
    path: ["claims", 0, "evidence", 0, "article"],
    expected: "an article",
    wrong: ["nato", "an actor (actors[0])"],
    right: ["an-article"],
  },
  {
    field: "claim responds[].claim",
    with: (id) =>
      world({ claims: [claim(), claim({ id: "reply", responds: [{ claim: id, relation: "disputes" }] })] }),
    path: ["claims", 1, "responds", 0, "claim"],
    expected: "a claim",
    wrong: ["an-event", "an event (events[0])"],
    right: ["a-claim"],
  },
  {
    field: "claim reportedBy",
    with: (id) => world({ claims: [claim({ reportedBy: id })] }),
    path: ["claims", 0, "reportedBy"],
    expected: "an actor",
    wrong: ["an-article", "an article (articles[0])"],
    right: ["nato"],
  },
  {
    field: "claim review.reviewer",
    with: (id) =>
      world({
        claims: [claim({ review: { reviewer: id, verdict: "False", url: "https://example.org/c" } })],
      }),
    path: ["claims", 0, "review", "reviewer"],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["nato"],
  },
  {
    field: "event location",
    with: (id) => world({ events: [event({ location: id })] }),
    path: ["events", 0, "location"],
    expected: "a place",
    wrong: ["nato", "an actor (actors[0])"],
    right: ["kursk-region"],
  },
  {
    field: "event participants[].actor",
    with: (id) => world({ events: [event({ participants: [{ actor: id, role: "agent" }] })] }),
    path: ["events", 0, "participants", 0, "actor"],
    expected: "an actor",
    wrong: ["kursk-region", "a place (places[0])"],
    right: ["russia"],
  },
  {
    field: "event partOf",
    with: (id) => world({ events: [event(), event({ id: "the-war", partOf: id })] }),
    path: ["events", 1, "partOf"],
    expected: "an event",
    wrong: ["a-claim", "a claim (claims[0])"],
    right: ["an-event"],
  },
  {
    field: "place containedIn",
    with: (id) => world({ places: [place(), place({ id: "kursk", kind: "city", containedIn: id })] }),
    path: ["places", 1, "containedIn"],
    expected: "a place",
    wrong: ["russia", "an actor (actors[2])"],
    right: ["kursk-region"],
  },
];

describe("references", () => {
  it("starts from a valid world", () => {
    expectValid(world());
  });

  describe.each(references)("$field", ({ with: withId, path, expected, wrong, right }) => {
    it.each(right)("accepts a reference to %j", (id) => {
      expectValid(withId(id));
    });

    it("rejects an id no node has with unresolved_reference, naming the id and the kind expected", () => {
      const issue = onlyIssue(withId("no-such-node"));
      expect(issue.path).toEqual(path);
      expect(issue.code).toBe("unresolved_reference");
      expect(issue.message).toBe(`no node has the id "no-such-node"; expected the id of ${expected}`);
    });

    it("rejects the id of a node of another kind with wrong_reference_kind, naming what it is", () => {
      const [id, what] = wrong;
      const issue = onlyIssue(withId(id));
      expect(issue.path).toEqual(path);
      expect(issue.code).toBe("wrong_reference_kind");
      expect(issue.message).toBe(`"${id}" is ${what}; expected the id of ${expected}`);
    });
  });

  it("reports every broken reference, in document order", () => {
    const issues = issuesOf(
      world({
        articles: [article({ authors: ["ghost-1", "nato", "ghost-2"] })],
        claims: [claim({ claimant: "ghost-3" })],
      }),
    );
    expect(issues?.map((issue) => issue.path)).toEqual([
      ["articles", 0, "authors", 0],
      ["articles", 0, "authors", 2],
      ["claims", 0, "claimant"],
    ]);
  });
});

describe("duplicate ids", () => {
  it("rejects an id used in two collections at the second node's id, naming the first", () => {
    const issue = onlyIssue(graph({ actors: [state({ id: "russia" })], places: [place({ id: "russia" })] }));
    expect(issue.path).toEqual(["places", 0, "id"]);
    expect(issue.code).toBe("duplicate_id");
    expect(issue.message).toBe(
      'the id "russia" is already used by actors[0]; expected ids unique across the whole document',
    );
  });

  it("rejects an id used twice in one collection, and again for a third use", () => {
    const issues = issuesOf(graph({ places: [place(), place(), place({ kind: "city" })] }));
    expect(issues?.map((issue) => [issue.path, issue.code, issue.message.includes("places[0]")])).toEqual([
      [["places", 1, "id"], "duplicate_id", true],
      [["places", 2, "id"], "duplicate_id", true],
    ]);
  });

  it("resolves references to a duplicated id to its first node", () => {
    const issues = issuesOf(
      graph({
        actors: [organization({ id: "x" })],
        places: [place({ id: "x" })],
        claims: [claim({ claimant: "x" })],
      }),
    );
    expect(issues?.map((issue) => issue.code)).toEqual(["duplicate_id"]);
  });
});

describe("article urls", () => {
  it("rejects a second article at the same url, naming the first", () => {
    const issue = onlyIssue(graph({ articles: [article({ id: "first" }), article({ id: "second" })] }));
    expect(issue.path).toEqual(["articles", 1, "url"]);
    expect(issue.code).toBe("duplicate_url");
    expect(issue.message).toMatch(
      /is already the url of articles\[0\]; expected each article at its own address$/,
    );
  });

  it("accepts articles at different urls", () => {
    expectValid(
      graph({
        articles: [
          article({ id: "first", url: "https://example.org/first" }),
          article({ id: "second", url: "https://example.org/second" }),
        ],
      }),
    );
  });
});

const chainEvents = (ids: string[], partOf: (i: number) => string | undefined) =>
  ids.map((id, i) => {
    const target = partOf(i);
    return target === undefined ? event({ id }) : event({ id, partOf: target });
  });

describe("cycles", () => {
  it("rejects an event that is part of itself", () => {
    const issue = onlyIssue(graph({ events: [event({ partOf: "an-event" })] }));
    expect(issue.path).toEqual(["events", 0, "partOf"]);
    expect(issue.code).toBe("reference_cycle");
    expect(issue.message).toBe(
      'partOf forms a cycle: "an-event" → "an-event"; expected each chain of events to end in an outermost event',
    );
  });

  it("rejects a 3-cycle of partOf once, at the edge that closes it", () => {
    const ids = ["a", "b", "c"];
    const issue = onlyIssue(graph({ events: chainEvents(ids, (i) => ids[(i + 1) % 3]) }));
    expect(issue.path).toEqual(["events", 2, "partOf"]);
    expect(issue.code).toBe("reference_cycle");
    expect(issue.message).toContain('"a" → "b" → "c" → "a"');
  });

  it("reports a cycle once even when other chains lead into it", () => {
    const issues = issuesOf(
      graph({
        events: [
          event({ id: "tail", partOf: "a" }),
          event({ id: "a", partOf: "b" }),
          event({ id: "b", partOf: "a" }),
          event({ id: "other-tail", partOf: "b" }),
        ],
      }),
    );
    expect(issues?.map((issue) => issue.code)).toEqual(["reference_cycle"]);
  });

  it("accepts a tree of events that share an outer event", () => {
    expectValid(
      graph({
        events: [
          event({ id: "war" }),
          event({ id: "battle-1", partOf: "war" }),
          event({ id: "battle-2", partOf: "war" }),
          event({ id: "skirmish", partOf: "battle-1" }),
        ],
      }),
    );
  });

  it("rejects a place contained in itself, and a 3-cycle of containedIn", () => {
    const self = onlyIssue(graph({ places: [place({ containedIn: "kursk-region" })] }));
    expect(self.path).toEqual(["places", 0, "containedIn"]);
    expect(self.code).toBe("reference_cycle");
    expect(self.message).toMatch(/^containedIn forms a cycle: "kursk-region" → "kursk-region"; expected/);

    const cycle = onlyIssue(
      graph({
        places: [
          place({ id: "a", containedIn: "b" }),
          place({ id: "b", containedIn: "c" }),
          place({ id: "c", containedIn: "a" }),
        ],
      }),
    );
    expect(cycle.path).toEqual(["places", 2, "containedIn"]);
    expect(cycle.code).toBe("reference_cycle");
  });

  it("rejects an actor holding a role in itself, and roles that lead back to their holder", () => {
    const self = onlyIssue(graph({ actors: [person({ roles: [{ title: "Chair", of: "mark-rutte" }] })] }));
    expect(self.path).toEqual(["actors", 0, "roles", 0, "of"]);
    expect(self.code).toBe("reference_cycle");
    expect(self.message).toMatch(
      /^roles\[\]\.of forms a cycle: "mark-rutte" → "mark-rutte"; expected no actor/,
    );

    const cycle = onlyIssue(
      graph({
        actors: [
          person({ roles: [{ title: "Secretary General", of: "nato" }] }),
          organization({ roles: [{ title: "Chair", of: "council" }] }),
          organization({
            id: "council",
            kind: "organization",
            roles: [{ title: "Owner", of: "mark-rutte" }],
          }),
        ],
      }),
    );
    expect(cycle.path).toEqual(["actors", 2, "roles", 0, "of"]);
    expect(cycle.message).toContain('"mark-rutte" → "nato" → "council" → "mark-rutte"');
  });

  // Large documents take a second or two to build and check on a slow machine.
  const LONG = { timeout: 30_000 };
  const ids = Array.from({ length: 100_000 }, (_, i) => `e${i}`);

  it("accepts a chain of 100,000 partOf links without overflowing the stack", LONG, () => {
    expectValid(graph({ events: chainEvents(ids, (i) => ids[i + 1]) }));
  });

  it("reports a cycle of 100,000 partOf links once, with a shortened loop", LONG, () => {
    const issue = onlyIssue(graph({ events: chainEvents(ids, (i) => ids[(i + 1) % ids.length]) }));
    expect(issue.code).toBe("reference_cycle");
    expect(issue.path).toEqual(["events", 99_999, "partOf"]);
    expect(issue.message).toBe(
      'partOf forms a cycle: "e0" → "e1" → "e2" → "e3" → "…" → "e99998" → "e99999" → "e0"; expected each chain of events to end in an outermost event',
    );
  });
});

describe("cycles that close part-way along the path", () => {
  // e0 → e1 → … → e(n-1), and the last points back to e2: the cycle starts at e2, not at the first event.
  const tail = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => `e${i}`);
    return onlyIssue(graph({ events: chainEvents(ids, (i) => ids[i === n - 1 ? 2 : i + 1]) }));
  };

  it("names the cycle from where it starts, whole when it is short", () => {
    expect(tail(6).message).toMatch(/^partOf forms a cycle: "e2" → "e3" → "e4" → "e5" → "e2"; /);
  });

  it("names the first four and last three ids of a longer one", () => {
    const issue = tail(12);
    expect(issue.path).toEqual(["events", 11, "partOf"]);
    expect(issue.message).toMatch(
      /^partOf forms a cycle: "e2" → "e3" → "e4" → "e5" → "…" → "e10" → "e11" → "e2"; /,
    );
  });

  it("reports each of many cycles through one path, each from where it starts", () => {
    // Each actor holds a role in the next and one in the first, so the search closes a cycle back to a0
    // at every actor, deepest first.
    const n = 10;
    const actors = Array.from({ length: n }, (_, i) =>
      organization({
        id: `a${i}`,
        kind: "organization",
        name: `A${i}`,
        roles: [
          ...(i + 1 < n ? [{ title: "member", of: `a${i + 1}` }] : []),
          ...(i > 0 ? [{ title: "founder", of: "a0" }] : []),
        ],
      }),
    );
    const messages = (issuesOf(graph({ actors })) ?? []).map((issue) => issue.message.split(";")[0]);
    expect(messages).toHaveLength(n - 1);
    expect(messages[0]).toBe(
      'roles[].of forms a cycle: "a0" → "a1" → "a2" → "a3" → "…" → "a8" → "a9" → "a0"',
    );
    expect(messages.at(-1)).toBe('roles[].of forms a cycle: "a0" → "a1" → "a0"');
  });
});

describe("dates in order", () => {
  const withEvent = (start: string, end: string) => graph({ events: [event({ start, end })] });

  it.each([
    ["2024-06", "2024-06"],
    ["2024-06", "2024-07"],
    ["2024-06-30", "2024-06"],
    ["2024", "2024-01-01"],
    ["2024-06", "2024"],
    ["2024-10-28T14:30Z", "2024-10-28T14:30Z"],
    // 21:30Z start, 22:00Z end: the end's local date is the next day, the instant is later.
    ["2024-10-27T21:30Z", "2024-10-28T01:00+03:00"],
    // A calendar date without an offset may be read in any time zone, from UTC-12 to UTC+14.
    ["2024-10-28", "2024-10-27T23:00Z"],
    ["2024-06~", "2024-06?"],
    ["2024-06/2024-07", "2024-06-15"],
    ["2022-02-24/..", "2024"],
    ["2024", "../2024-01"],
  ])("accepts an event from %j to %j", (start, end) => {
    expectValid(withEvent(start, end));
  });

  it.each([
    ["2024-06", "2024-05"],
    ["2024-06-02", "2024-06-01"],
    ["2025", "2024-12-31"],
    ["2024-10-28T14:30Z", "2024-10-28T14:29:59Z"],
    // 23:30Z start, 22:00Z end: later on the calendar as written, but an earlier instant.
    ["2024-10-27T23:30Z", "2024-10-28T01:00+03:00"],
    ["2024-10-28", "2024-10-27T09:00Z"],
    ["2024-07/2024-08", "2024-06"],
  ])("rejects an event from %j to %j with end_before_start at end, naming both", (start, end) => {
    const issue = onlyIssue(withEvent(start, end));
    expect(issue.path).toEqual(["events", 0, "end"]);
    expect(issue.code).toBe("end_before_start");
    expect(issue.message).toBe(
      `end ${JSON.stringify(end)} is before start ${JSON.stringify(start)}; expected it on or after`,
    );
  });

  it("accepts an article modified after it was published and rejects one modified before", () => {
    expectValid(
      graph({ articles: [article({ datePublished: "2024-10-28", dateModified: "2024-10-28T09:00Z" })] }),
    );
    const issue = onlyIssue(
      graph({
        articles: [article({ datePublished: "2024-10-28T10:00+01:00", dateModified: "2024-10-28T08:59Z" })],
      }),
    );
    expect(issue.path).toEqual(["articles", 0, "dateModified"]);
    expect(issue.code).toBe("end_before_start");
    expect(issue.message).toBe(
      'dateModified "2024-10-28T08:59Z" is before datePublished "2024-10-28T10:00+01:00"; expected it on or after',
    );
  });

  it("accepts a role that ends after it starts and rejects one that ends before", () => {
    const withRole = (start: string, end: string) =>
      graph({ actors: [organization(), person({ roles: [{ title: "Head", of: "nato", start, end }] })] });
    expectValid(withRole("2024-10-01", "2024-10"));
    const issue = onlyIssue(withRole("2024-10-01", "2024-09"));
    expect(issue.path).toEqual(["actors", 1, "roles", 0, "end"]);
    expect(issue.code).toBe("end_before_start");
  });
});

describe("responses", () => {
  it("rejects a claim responding to itself with self_response", () => {
    const issue = onlyIssue(
      world({ claims: [claim({ responds: [{ claim: "a-claim", relation: "supports" }] })] }),
    );
    expect(issue.path).toEqual(["claims", 0, "responds", 0, "claim"]);
    expect(issue.code).toBe("self_response");
    expect(issue.message).toBe('claim "a-claim" responds to itself; expected the id of another claim');
  });

  it("accepts two claims responding to each other", () => {
    expectValid(
      world({
        claims: [
          claim({ id: "a", responds: [{ claim: "b", relation: "disputes" }] }),
          claim({ id: "b", responds: [{ claim: "a", relation: "denies" }] }),
        ],
      }),
    );
  });
});

describe("layers", () => {
  it("does not check the graph of a document whose shape is invalid", () => {
    const issues = issuesOf(world({ claims: [claim({ claimant: "ghost", act: "says" })] }));
    expect(issues?.map((issue) => issue.code)).toEqual(["invalid_value"]);
  });

  it("reports issues of every graph rule together", () => {
    const issues = issuesOf(
      graph({
        actors: [organization(), organization()],
        claims: [claim({ claimant: "ghost", responds: [{ claim: "a-claim", relation: "supports" }] })],
        events: [event({ start: "2024-06", end: "2024-05", partOf: "an-event" })],
      }),
    );
    expect(issues?.map((issue) => issue.code)).toEqual([
      "duplicate_id",
      "unresolved_reference",
      "reference_cycle",
      "end_before_start",
      "self_response",
    ]);
  });
});
