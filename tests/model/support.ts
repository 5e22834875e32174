// Builders of small valid nodes and graphs, and helpers to read the issues a document gets.
// Builders return plain JSON-like objects, so that a test can put any value, valid or not, anywhere.
import { expect } from "vitest";
import { type NewsGraphIssue, safeParseNewsGraph } from "../../src/index";

/** A JSON-like node: builders take and return these, so tests can write invalid values too. */
export type Json = Record<string, unknown>;

/** The issues `safeParseNewsGraph` finds in `input`, or `undefined` when it is valid. */
export function issuesOf(input: unknown): readonly NewsGraphIssue[] | undefined {
  const result = safeParseNewsGraph(input);
  return result.success ? undefined : result.error.issues;
}

/** The one issue `input` has; fails the test when it has none or several. */
export function onlyIssue(input: unknown): NewsGraphIssue {
  const issues = issuesOf(input) ?? [];
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  const [issue] = issues;
  if (issue === undefined) throw new Error("expected an issue");
  return issue;
}

/** Asserts that `input` is valid, showing the issues when it is not. */
export function expectValid(input: unknown): void {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues, null, 2)).toBeUndefined();
}

/** How a message shows a string it found: quoted, cut after 60 characters with its length. */
export function found(value: string): string {
  if (value.length <= 60) return `found ${JSON.stringify(value)}`;
  return `found ${JSON.stringify(`${value.slice(0, 60)}…`)} (${value.length} characters)`;
}

export const ARTICLE_TEXT = "NATO confirmed that North Korean troops were sent to Russia's Kursk region.";

export function article(overrides: Json = {}): Json {
  return {
    id: "an-article",
    url: "https://example.org/an-article",
    headline: "North Korean troops in Kursk",
    genre: "news",
    language: "en",
    datePublished: "2024-10-28",
    ...overrides,
  };
}

export function organization(overrides: Json = {}): Json {
  return { id: "nato", kind: "intergovernmental", name: "NATO", ...overrides };
}

export function person(overrides: Json = {}): Json {
  return { id: "mark-rutte", kind: "person", name: "Mark Rutte", ...overrides };
}

export function state(overrides: Json = {}): Json {
  return { id: "russia", kind: "state", name: "Russia", ...overrides };
}

export function claim(overrides: Json = {}): Json {
  return {
    id: "a-claim",
    claimant: "nato",
    statement: "North Korean troops are in Russia's Kursk region.",
    act: "confirms",
    ...overrides,
  };
}

export function event(overrides: Json = {}): Json {
  return { id: "an-event", name: "Deployment to Kursk", kind: "deployment", ...overrides };
}

export function place(overrides: Json = {}): Json {
  return { id: "kursk-region", kind: "region", name: "Kursk region", ...overrides };
}

export interface Collections {
  articles?: unknown[];
  actors?: unknown[];
  claims?: unknown[];
  events?: unknown[];
  places?: unknown[];
}

/** A document with the given collections and nothing else. */
export function graph(collections: Collections = {}): Json {
  return { format: 1, ...collections };
}

/**
 * A valid document with nodes of every kind — an article, an organisation (`nato`), a person
 * (`mark-rutte`), a state (`russia`), a claim, an event and a place — in which the given
 * collections replace the defaults.
 */
export function world(collections: Collections = {}): Json {
  return graph({
    articles: [article()],
    actors: [organization(), person(), state()],
    claims: [claim()],
    events: [event()],
    places: [place()],
    ...collections,
  });
}

/** A document whose one article has `text` and whose one claim has the given evidence spans. */
export function anchored(text: string, evidence: Json[], articleOverrides: Json = {}): Json {
  return graph({
    articles: [article({ text, ...articleOverrides })],
    actors: [organization()],
    claims: [claim({ evidence: evidence.map((span) => ({ article: "an-article", ...span })) })],
  });
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze(Reflect.get(value, key));
  }
  return value;
}
