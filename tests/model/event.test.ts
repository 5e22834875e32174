import { describe, expect, it } from "vitest";
import { Event, eventKinds, eventStatuses, participantRoles } from "../../src/index";
import { event, expectValid, issuesOf, onlyIssue, world } from "./support";

const listed = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(", ");
const withEvent = (overrides: Record<string, unknown>) => world({ events: [event(overrides)] });

describe("Event", () => {
  it("accepts a minimal event and fills its arrays with []", () => {
    expect(Event.parse(event())).toMatchObject({ participants: [], quantities: [] });
    expectValid(withEvent({}));
  });

  it.each(eventKinds)("accepts the kind %j", (kind) => {
    expectValid(withEvent({ kind }));
  });

  it("rejects an unknown kind, listing every kind", () => {
    const issue = onlyIssue(withEvent({ kind: "battle" }));
    expect(issue.path).toEqual(["events", 0, "kind"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(eventKinds)}, found "battle"`);
  });

  it.each(eventStatuses)("accepts the status %j", (status) => {
    expectValid(withEvent({ status }));
  });

  it("rejects an unknown status, listing every status", () => {
    const issue = onlyIssue(withEvent({ status: "rumoured" }));
    expect(issue.path).toEqual(["events", 0, "status"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(eventStatuses)}, found "rumoured"`);
  });

  it.each(participantRoles)("accepts the participant role %j", (role) => {
    expectValid(withEvent({ participants: [{ actor: "nato", role }] }));
  });

  it("rejects an unknown participant role, listing every role", () => {
    const issue = onlyIssue(withEvent({ participants: [{ actor: "nato", role: "victim" }] }));
    expect(issue.path).toEqual(["events", 0, "participants", 0, "role"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toBe(`expected one of ${listed(participantRoles)}, found "victim"`);
  });

  it("rejects an invalid start and end at their own paths", () => {
    const issues = issuesOf(withEvent({ start: "2024-02-30", end: "soon" }));
    expect(issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [["events", 0, "start"], "invalid_date"],
      [["events", 0, "end"], "invalid_date"],
    ]);
  });

  it("rejects an unknown key in a participant at its own path", () => {
    const issue = onlyIssue(withEvent({ participants: [{ actor: "nato", role: "agent", side: "a" }] }));
    expect(issue.path).toEqual(["events", 0, "participants", 0, "side"]);
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.message).toBe('unknown field "side"; expected only "actor", "role"');
  });
});
