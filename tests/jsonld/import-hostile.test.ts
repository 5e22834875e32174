// The importer under input built to mislead it: names that Object.prototype also has, object graphs built in
// code (shared and cyclic), URLs the model refuses, copies of one article, remapped context terms.
import { describe, expect, it } from "vitest";
import { fromJsonLd } from "../../src/jsonld/from-json-ld";
import { importValid, lines, schemaOrg } from "./import-support";

const PROTOTYPE_NAMES = [
  "toString",
  "constructor",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__proto__",
];

/** An object with an own property of each name, as JSON.parse makes it (an own `__proto__` included). */
const withOwn = (names: readonly string[], value: (name: string) => unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(Object.fromEntries(names.map((name) => [name, value(name)])))) as never;

describe("names that Object.prototype also has", () => {
  it("are not participant roles of an event: no actor is made, and each is reported as not mapped", () => {
    const event = {
      "@context": schemaOrg,
      "@type": "Event",
      name: "Summit",
      ...withOwn(PROTOTYPE_NAMES, (name) => `Injected by ${name}`),
    };
    // JSON.stringify drops an own __proto__ written in an object literal, so it is added as JSON.parse adds it.
    const input = JSON.parse(`${JSON.stringify(event).slice(0, -1)},"__proto__":"Injected"}`);
    const { graph, warnings } = importValid(input);
    expect(graph.actors).toEqual([]);
    expect(graph.events[0]?.participants).toEqual([]);
    for (const name of PROTOTYPE_NAMES)
      expect(lines(warnings)).toContain(`${pathOf(name)}: the property ${name} of Event is not mapped`);
  });

  it("are not types: a node typed constructor or __proto__ is reported as unmapped, not read", () => {
    const input = [
      { "@context": schemaOrg, "@type": "constructor", name: "A" },
      { "@context": schemaOrg, "@type": "__proto__", name: "B" },
      { "@context": schemaOrg, "@type": "toString", name: "C" },
    ];
    const { graph, warnings } = importValid(input);
    expect(graph).toMatchObject({ articles: [], actors: [], claims: [], events: [], places: [] });
    expect(lines(warnings)).toEqual([
      "$[0]: the type constructor is not mapped; the node is dropped",
      "$[1]: the type __proto__ is not mapped; the node is dropped",
      "$[2]: the type toString is not mapped; the node is dropped",
    ]);
  });
});

function pathOf(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `$.${name}` : `$[${JSON.stringify(name)}]`;
}

describe("fromJsonLd never reads the prototype for a name", () => {
  it("gives the same graph whether or not the names are present", () => {
    const plain = fromJsonLd({ "@context": schemaOrg, "@type": "Event", name: "Summit" }).graph;
    const polluted = fromJsonLd({
      "@context": schemaOrg,
      "@type": "Event",
      name: "Summit",
      ...withOwn(PROTOTYPE_NAMES.slice(0, -1), () => ({ "@type": "Person", name: "Injected" })),
    }).graph;
    expect(polluted).toEqual(plain);
  });
});
