import { describe, expect, it } from "vitest";
import { NewsGraphError, parseNewsGraph, safeParseNewsGraph } from "../../src/index";
import { fullGraph } from "../model/full-graph";
import { deepFreeze, world } from "../model/support";

/** Runs safeParseNewsGraph, failing the test if it throws; returns its result. */
function safely(input: unknown) {
  let result: ReturnType<typeof safeParseNewsGraph> | undefined;
  expect(() => {
    result = safeParseNewsGraph(input);
  }).not.toThrow();
  if (result === undefined) throw new Error("no result");
  return result;
}

function expectFailure(input: unknown) {
  const result = safely(input);
  expect(result.success).toBe(false);
  if (result.success) throw new Error("expected a failure");
  expect(result.error).toBeInstanceOf(NewsGraphError);
  expect(result.error.issues.length).toBeGreaterThan(0);
  return result.error.issues;
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = { format: 1 };
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

describe("parseNewsGraph", () => {
  it("returns the parsed graph of a valid document", () => {
    expect(parseNewsGraph(fullGraph)).toEqual(fullGraph);
  });

  it("throws a NewsGraphError, and nothing else, for an invalid one", () => {
    expect(() => parseNewsGraph({ format: 2 })).toThrow(NewsGraphError);
    expect(() => parseNewsGraph(null)).toThrow(NewsGraphError);
    const throwing = Object.defineProperty({}, "format", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(() => parseNewsGraph(throwing)).toThrow(NewsGraphError);
  });
});

describe("safeParseNewsGraph", () => {
  it("succeeds with the parsed data", () => {
    const result = safely(world());
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.actors).toHaveLength(3);
  });

  it.each<[string, unknown, string]>([
    ["undefined", undefined, "missing: expected object"],
    ["null", null, "expected object, found null"],
    ["a number", 42, "expected object, found 42"],
    ["NaN", Number.NaN, "expected object, found NaN"],
    ["a string", '{"format":1}', 'expected object, found "{\\"format\\":1}"'],
    ["a boolean", true, "expected object, found true"],
    ["an array", [{ format: 1 }], "expected object, found an array of 1"],
    ["a symbol", Symbol("graph"), "expected object, found a symbol"],
    ["a bigint", 10n, "expected object, found 10n"],
    ["a function", () => ({ format: 1 }), "expected object, found a function"],
  ])("returns a failure for %s, at the document", (_, input, message) => {
    const issues = expectFailure(input);
    expect(issues).toEqual([{ path: [], code: "invalid_type", message }]);
  });

  it.each<[string, () => unknown]>([
    [
      "an object whose getter throws an Error",
      () =>
        Object.defineProperty({}, "format", {
          enumerable: true,
          get() {
            throw new Error("boom");
          },
        }),
    ],
    [
      "an object whose getter throws an object without a prototype",
      () =>
        Object.defineProperty({}, "format", {
          enumerable: true,
          get() {
            throw Object.create(null);
          },
        }),
    ],
    [
      "an object whose getter throws an Error whose message cannot be read",
      () =>
        Object.defineProperty({}, "format", {
          enumerable: true,
          get() {
            throw Object.defineProperty(new Error(), "message", {
              get() {
                throw new Error("again");
              },
            });
          },
        }),
    ],
    [
      "an object whose getter throws a symbol",
      () =>
        Object.defineProperty({}, "format", {
          enumerable: true,
          get() {
            throw Symbol("thrown");
          },
        }),
    ],
    [
      "a Proxy that throws on ownKeys",
      () =>
        new Proxy(
          { format: 1 },
          {
            ownKeys() {
              throw new Error("no keys");
            },
          },
        ),
    ],
    [
      "a Proxy that throws on every trap",
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error("get");
            },
            has() {
              throw new Error("has");
            },
            ownKeys() {
              throw new Error("ownKeys");
            },
            getOwnPropertyDescriptor() {
              throw new Error("getOwnPropertyDescriptor");
            },
            getPrototypeOf() {
              throw new Error("getPrototypeOf");
            },
          },
        ),
    ],
    [
      "a revoked Proxy",
      () => {
        const { proxy, revoke } = Proxy.revocable({ format: 1 }, {});
        revoke();
        return proxy;
      },
    ],
    [
      "a throwing getter deep inside a node",
      () => ({
        format: 1,
        actors: [
          Object.defineProperty({ id: "a", kind: "person" }, "name", {
            enumerable: true,
            get() {
              throw new Error("deep");
            },
          }),
        ],
      }),
    ],
  ])("returns unreadable_input, never throwing, for %s", (_, make) => {
    const issues = expectFailure(make());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [], code: "unreadable_input" });
    expect(issues[0]?.message).toMatch(/^the input could not be read: ./);
  });

  it("names what was thrown when it can", () => {
    const input = Object.defineProperty({}, "format", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(expectFailure(input)[0]?.message).toBe("the input could not be read: boom");
  });

  it("handles objects nested 5,000 levels deep, inside unknown keys and known ones", () => {
    const deepObject = nested(5000, (inner) => ({ inner }));
    expect(expectFailure({ format: 1, extra: deepObject })[0]?.code).toBe("unrecognized_keys");
    expect(expectFailure({ format: 1, articles: [nested(5000, (inner) => [inner])] })[0]?.path).toEqual([
      "articles",
      0,
    ]);
    expect(
      expectFailure({ format: 1, actors: [{ id: "a", kind: "person", name: deepObject }] })[0]?.path,
    ).toEqual(["actors", 0, "name"]);
  });

  it("handles cyclic objects", () => {
    const cyclic: Record<string, unknown> = { format: 1 };
    cyclic.self = cyclic;
    cyclic.articles = [cyclic];
    const issues = expectFailure(cyclic);
    expect(issues.map((each) => each.path)).toContainEqual(["self"]);
    const node: Record<string, unknown> = { id: "a", kind: "person", name: "A" };
    node.memberOf = [node];
    expect(expectFailure({ format: 1, actors: [node] })[0]?.path).toEqual(["actors", 0, "memberOf", 0]);
  });

  it("accepts a valid document that is deeply frozen, without changing it", () => {
    const input = structuredClone(fullGraph);
    const before = structuredClone(input);
    deepFreeze(input);
    const result = safely(input);
    expect(result.success).toBe(true);
    expect(input).toEqual(before);
  });

  it("does not change a document that lacks defaults or is invalid", () => {
    for (const input of [world(), world({ claims: [{ id: "c", claimant: "ghost" }] })]) {
      const before = structuredClone(input);
      safely(deepFreeze(input));
      expect(input).toEqual(before);
    }
  });

  it("returns a new object, never the input or any part of it", () => {
    const input = structuredClone(fullGraph);
    const result = safely(input);
    if (!result.success) throw new Error("expected success");
    expect(result.data).not.toBe(input);
    expect(result.data.articles).not.toBe(input.articles);
    expect(result.data.articles[0]).not.toBe(input.articles[0]);
    expect(result.data.articles[0]?.images[0]).not.toBe(input.articles[0]?.images[0]);
    expect(result.data.claims[0]?.evidence).not.toBe(input.claims[0]?.evidence);
  });

  it("fills every default of a sparse document with an empty array", () => {
    const result = safely(world());
    if (!result.success) throw new Error("expected success");
    const { articles, actors, claims, events, places } = result.data;
    expect(articles[0]).toMatchObject({
      authors: [],
      keywords: [],
      images: [],
      related: [],
      corrections: [],
    });
    expect(actors[0]).toMatchObject({ alternateNames: [], sameAs: [], memberOf: [], roles: [] });
    expect(claims[0]).toMatchObject({ about: [], quantities: [], evidence: [], responds: [] });
    expect(events[0]).toMatchObject({ participants: [], quantities: [] });
    expect(places[0]).toMatchObject({ alternateNames: [], sameAs: [] });
  });

  it("reports every issue of the shape at once, in document order", () => {
    const issues = expectFailure({
      format: 1,
      articles: [{ id: "A" }],
      actors: [{ id: "b", kind: "person", name: "" }],
    });
    expect(issues.map((each) => each.path.slice(0, 3))).toEqual([
      ["articles", 0, "id"],
      ["articles", 0, "url"],
      ["articles", 0, "headline"],
      ["articles", 0, "genre"],
      ["articles", 0, "language"],
      ["actors", 0, "name"],
    ]);
  });
});
