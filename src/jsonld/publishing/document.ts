// A JSON-LD document read for the publishing rules: every node object wherever it is nested, indexed by
// `@id`, so that the rules can follow references and read the copies of a node that share an `@id` as one.
import { idOf, isObject, isReference, type JsonObject, type Located, member, own, typeName } from "./values";

/** A node object and where it is defined. @internal */
export interface NodeAt {
  node: JsonObject;
  path: string;
}

/** The nodes of a document in document order, and the definitions of each `@id`. @internal */
export interface Graph {
  nodes: NodeAt[];
  byId: Map<string, NodeAt[]>;
}

/** Reads every node object of a document, in document order. @internal */
export function readGraph(document: unknown): Graph {
  const graph: Graph = { nodes: [], byId: new Map() };
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: string): void => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value[index], `${path}[${index}]`);
      return;
    }
    if (Object.hasOwn(value, "@value")) return;
    const located = { node: value, path };
    graph.nodes.push(located);
    const id = idOf(value);
    if (id !== undefined && !isReference(value)) {
      const same = graph.byId.get(id);
      if (same === undefined) graph.byId.set(id, [located]);
      else same.push(located);
    }
    for (const key of Object.keys(value)) if (key !== "@context") visit(value[key], member(path, key));
  };
  visit(document, "$");
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
  return definitions(graph, at).flatMap((definition) => {
    const value = own(definition.node, key);
    const path = member(definition.path, key);
    if (value === undefined || value === null) return [];
    return Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: `${path}[${index}]` }))
      : [{ value, path }];
  });
}

/** A node's types, as schema.org local names, across its definitions. @internal */
export function types(graph: Graph, at: NodeAt): Set<string> {
  return new Set(
    values(graph, at, "@type")
      .map(({ value }) => value)
      .filter((type): type is string => typeof type === "string")
      .map(typeName),
  );
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
