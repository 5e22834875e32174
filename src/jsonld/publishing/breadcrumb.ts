// BreadcrumbList (Breadcrumb docs): itemListElement is required, each breadcrumb a ListItem with a position
// (its place in the trail, 1 for the first), a name, and an item: the URL of its page, given as a URL or as
// a node with an @id. The last breadcrumb may leave out its item: Google takes the page's own URL for it.
import { type Context, checkUrl, expectValues, follow, hasText } from "./context";
import { type NodeAt, resolve, types, values } from "./document";
import { describe, idOf, isObject, member, numeric, show } from "./values";

interface Crumb {
  node: NodeAt;
  position: number | undefined;
}

/** Checks a BreadcrumbList. @internal */
export function checkBreadcrumbList(context: Context, at: NodeAt): void {
  const { graph, report } = context;
  const elements = expectValues(context, at, "itemListElement", {
    severity: "error",
    rule: "breadcrumb/item-list",
    message: "the BreadcrumbList has no itemListElement; Google requires its breadcrumbs, each a ListItem",
  });
  const crumbs: Crumb[] = [];
  for (const element of elements) {
    const node = follow(context, element, "a breadcrumb of the BreadcrumbList");
    if (node === "unresolved") continue;
    if (node === undefined) {
      report({
        severity: "error",
        path: element.path,
        rule: "breadcrumb/item-list",
        message: `a breadcrumb is ${describe(element.value)}; Google requires a ListItem with position, name and item`,
      });
      continue;
    }
    const found = [...types(graph, node)];
    if (!found.includes("ListItem")) {
      report({
        severity: "error",
        path: member(node.path, "@type"),
        rule: "breadcrumb/item-list",
        message: `a breadcrumb is ${found.length === 0 ? "untyped" : `a ${found.join("/")}`}; Google requires a ListItem`,
      });
    }
    crumbs.push({ node, position: readPosition(context, node) });
  }
  // The last breadcrumb is the one furthest along the trail; without positions, the last written.
  const last = crumbs.reduce<Crumb | undefined>(
    (furthest, crumb) =>
      furthest === undefined || (crumb.position ?? Number.POSITIVE_INFINITY) >= (furthest.position ?? 0)
        ? crumb
        : furthest,
    undefined,
  );
  for (const crumb of crumbs) {
    const items = values(graph, crumb.node, "item");
    if (items.length === 0 && crumb !== last) {
      report({
        severity: "error",
        path: member(crumb.node.path, "item"),
        rule: "breadcrumb/item",
        message:
          "the breadcrumb has no item; Google requires the URL of its page (only the last breadcrumb may go without)",
      });
    }
    let named = hasText(context, crumb.node, "name");
    for (const item of items) {
      const page = resolve(graph, item);
      const node = page !== undefined && !("unresolved" in page) ? page : undefined;
      named ||= node !== undefined && hasText(context, node, "name");
      // An item given as a node names its page by its @id (or its url).
      const id = isObject(item.value) ? idOf(item.value) : undefined;
      const url =
        id !== undefined
          ? { value: id, path: member(item.path, "@id") }
          : node && values(graph, node, "url")[0];
      checkUrl(context, url ?? item, "breadcrumb/item", "the item of the breadcrumb");
    }
    if (!named) {
      report({
        severity: "error",
        path: member(crumb.node.path, "name"),
        rule: "breadcrumb/name",
        message: "the breadcrumb has no name; Google requires the title it shows for it",
      });
    }
  }
}

function readPosition(context: Context, node: NodeAt): number | undefined {
  const [position] = expectValues(context, node, "position", {
    severity: "error",
    rule: "breadcrumb/position",
    message: "the breadcrumb has no position; Google requires its place in the trail, 1 for the first",
  });
  if (position === undefined) return undefined;
  const number = numeric(position.value);
  if (number !== undefined && Number.isInteger(number) && number >= 1) return number;
  context.report({
    severity: "error",
    path: position.path,
    rule: "breadcrumb/position",
    message: `the position of the breadcrumb is ${show(position.value)}, not a whole number from 1`,
  });
  return undefined;
}
