// Paywalled content (Subscription and paywalled content docs): a work marked isAccessibleForFree false names
// each paywalled section of the page in hasPart: a WebPageElement, itself marked isAccessibleForFree false,
// with a cssSelector that is a class selector (".paywall"), so that the hidden text is not taken for cloaking.
import { type Context, follow } from "./context";
import { type Graph, type NodeAt, types, values } from "./document";
import { isObject, member, own, show, text, typeName } from "./values";
import { WEB_PAGE_ELEMENT_TYPES } from "./vocabulary";

// One class, as Google asks ("Only use .class selectors"): a dot and a class name, nothing else.
const CLASS_SELECTOR = /^\.-?[_a-zA-Z\u00A0-\uFFFF][-_a-zA-Z0-9\u00A0-\uFFFF]*$/;

/** Tells whether a node is marked as not free: `isAccessibleForFree` false, "False" or schema:False. @internal */
export function isPaywalled(graph: Graph, at: NodeAt): boolean {
  return values(graph, at, "isAccessibleForFree").some(({ value }) => {
    const literal = isObject(value) ? own(value, Object.hasOwn(value, "@id") ? "@id" : "@value") : value;
    return (
      literal === false ||
      (typeof literal === "string" && typeName(text(literal) ?? "").toLowerCase() === "false")
    );
  });
}

/** Checks the paywall markup of a work of type `type` that is marked as not free. @internal */
export function checkPaywall(context: Context, at: NodeAt, type: string): void {
  const { graph, report } = context;
  const parts = values(graph, at, "hasPart").map((part) => follow(context, part, `a hasPart of the ${type}`));
  const closed = parts.filter(
    (part): part is NodeAt => part !== undefined && part !== "unresolved" && isPaywalled(graph, part),
  );
  if (closed.length === 0 && !parts.includes("unresolved")) {
    report({
      severity: "error",
      path: member(at.path, "hasPart"),
      rule: "paywall/has-part",
      message:
        `the ${type} is marked isAccessibleForFree: false, but ${parts.length === 0 ? "has no hasPart" : "none of its hasPart is"}; ` +
        "Google requires a WebPageElement for each paywalled section, marked isAccessibleForFree: false, with a cssSelector",
    });
  }
  for (const part of closed) {
    const found = [...types(graph, part)];
    if (!found.some((partType) => WEB_PAGE_ELEMENT_TYPES.has(partType))) {
      report({
        severity: "error",
        path: member(part.path, "@type"),
        rule: "paywall/has-part",
        message: `a paywalled section of the ${type} is ${found.length === 0 ? "untyped" : `a ${found.join("/")}`}; Google requires a WebPageElement`,
      });
    }
    const selectors = values(graph, part, "cssSelector");
    if (selectors.length === 0) {
      report({
        severity: "error",
        path: member(part.path, "cssSelector"),
        rule: "paywall/css-selector",
        message: `a paywalled section of the ${type} has no cssSelector; Google requires the class selector of the section, such as ".paywall"`,
      });
    }
    for (const selector of selectors) {
      const written = text(selector.value)?.trim();
      if (written !== undefined && CLASS_SELECTOR.test(written)) continue;
      report({
        severity: "error",
        path: selector.path,
        rule: "paywall/css-selector",
        message: `the cssSelector of a paywalled section of the ${type} is ${show(selector.value)}; Google reads only a class selector, such as ".paywall"`,
      });
    }
  }
}
