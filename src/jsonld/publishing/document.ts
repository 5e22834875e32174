// A JSON-LD document read for the publishing rules: every node object wherever it is nested, indexed by
// `@id`, so that the rules can follow references and read the copies of a node that share an `@id` as one.
import { wordSet } from "../word-set";
import { idOf, isObject, isReference, type JsonObject, type Located, member, own, typeName } from "./values";

/** A node object and where it is defined. @internal */
export interface NodeAt {
  node: JsonObject;
  path: string;
}

/** A node object found by the walk. @internal */
export interface FoundNode extends NodeAt {
  /**
   * Whether it is nested in a property that points away from the page ({@link ASIDE}): a work it cites or
   * is about, which no rich result of this page concerns.
   */
  aside: boolean;
  /** The property it is the value of (an element of its array), if any: `"hasPart"`, `"author"`. */
  via: string | undefined;
}

/** The nodes of a document in document order, and the definitions of each `@id`. @internal */
export interface Graph {
  nodes: FoundNode[];
  byId: Map<string, NodeAt[]>;
  /** Where the walk first met a value nested deeper than {@link MAX_DEPTH}, if it did. */
  tooDeep: string | undefined;
}

/**
 * How deep the walk reads, as `fromJsonLd` does: no JSON-LD that search engines use comes near it, and the
 * walk stays short on hostile nesting. @internal
 */
export const MAX_DEPTH = 100;

/**
 * Properties whose nodes describe something other than the page: what it is about or mentions, what it
 * cites or is based on, where a claim appeared. A NewsArticle nested there is someone else's article, not a
 * candidate for this page's rich results. @internal
 */
export const ASIDE = /* @__PURE__ */ wordSet(
  "about mentions citation isBasedOn appearance firstAppearance subjectOf relatedLink workExample exampleOfWork",
);

interface Visit {
  value: unknown;
  path: string;
  depth: number;
  aside: boolean;
  via: string | undefined;
}

/**
 * Reads every node object of a document, in document order, each once however often it is shared. The walk
 * is iterative and goes {@link MAX_DEPTH} levels deep at most. @internal
 */
export function readGraph(document: unknown): Graph {
  const graph: Graph = { nodes: [], byId: new Map(), tooDeep: undefined };
  const seen = new Set<object>();
  const stack: Visit[] = [{ value: document, path: "$", depth: 0, aside: false, via: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, path, depth, aside, via } = visit;
    if (!isObject(value) || seen.has(value)) continue;
    if (depth > MAX_DEPTH) {
      graph.tooDeep ??= path;
      continue;
    }
    seen.add(value);
    // Children go on the stack last first, so that they are read in document order; only objects can hold
    // nodes, so nothing else is pushed (nor given a path).
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (isObject(item))
          stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1, aside, via });
      }
      continue;
    }
    if (Object.hasOwn(value, "@value")) continue;
    const at = { node: value, path, aside, via };
    graph.nodes.push(at);
    const id = idOf(value);
    if (id !== undefined && !isReference(value)) {
      const same = graph.byId.get(id);
      if (same === undefined) graph.byId.set(id, [at]);
      else same.push(at);
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (key === "@context") continue;
      const child = value[key];
      if (!isObject(child)) continue;
      stack.push({
        value: child,
        path: member(path, key),
        depth: depth + 1,
        aside: aside || ASIDE.has(key),
        via: key,
      });
    }
  }
  return graph;
}

/** The definitions of a node: itself, plus every other node object in the document with the same `@id`. */
function definitions(graph: Graph, at: NodeAt): NodeAt[] {
  const id = idOf(at.node);
  const others = id === undefined ? [] : (graph.byId.get(id) ?? []);
  return others.some((other) => other.node === at.node) ? others : [at, ...others];
}

/** All values of a property across a node's definitions, arrays flattened, each with its path. @internal */
export function values(graph: Graph, at: NodeAt, key: string): Located[] {
  const found: Located[] = [];
  // A node may have many definitions (as many copies as a hostile document gives): only those that hold
  // the property cost a path.
  for (const definition of definitions(graph, at)) {
    const value = own(definition.node, key);
    if (value === undefined || value === null) continue;
    const path = member(definition.path, key);
    if (!Array.isArray(value)) found.push({ value, path });
    else
      for (let index = 0; index < value.length; index++)
        found.push({ value: value[index], path: `${path}[${index}]` });
  }
  return found;
}

/** A node's types, as schema.org local names, across its definitions. @internal */
export function types(graph: Graph, at: NodeAt): Set<string> {
  const found = new Set<string>();
  for (const definition of definitions(graph, at)) {
    const type = own(definition.node, "@type");
    for (const name of Array.isArray(type) ? type : [type])
      if (typeof name === "string") found.add(typeName(name));
  }
  return found;
}

/** What a value stands for: a node, an `@id` the document does not define, or neither. @internal */
export type Resolved = NodeAt | { unresolved: string } | undefined;

/**
 * The node a value stands for: a nested node as is, an `{ "@id" }` reference followed to the node the
 * document defines (or `{ unresolved: id }`), anything else `undefined`. @internal
 */
export function resolve(graph: Graph, { value, path }: Located): Resolved {
  if (!isObject(value) || Array.isArray(value)) return undefined;
  const id = idOf(value);
  if (id === undefined || !isReference(value)) return { node: value, path };
  return graph.byId.get(id)?.[0] ?? { unresolved: id };
}
