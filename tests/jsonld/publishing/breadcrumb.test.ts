// BreadcrumbList (Google's Breadcrumb documentation): ListItems with a position, a name and the URL of their
// page, which the last may leave out.
import { describe, expect, test } from "vitest";
import { check, only, rules } from "./support";

const crumb = (position: unknown, name: string | undefined, item?: unknown) => ({
  "@type": "ListItem",
  position,
  ...(name === undefined ? {} : { name }),
  ...(item === undefined ? {} : { item }),
});

const trail = (...items: unknown[]) => ({
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  itemListElement: items,
});

describe("BreadcrumbList", () => {
  test("a trail in the shape of Google's documented example has no findings; the last item may go without", () => {
    const example = trail(
      crumb(1, "World", "https://example.org/world"),
      crumb(2, "Europe", { "@id": "https://example.org/world/europe", name: "Europe" }),
      crumb(3, "Troops reported in Kursk"),
    );
    expect(rules(example)).toEqual([]);
  });

  test("breadcrumb/item-list: no itemListElement, text, or another type than ListItem is an error", () => {
    expect(only({ "@type": "BreadcrumbList" }, "breadcrumb/item-list")).toMatchObject({
      severity: "error",
      path: "$.itemListElement",
    });
    expect(only(trail("World", crumb(2, "Europe")), "breadcrumb/item-list").path).toBe(
      "$.itemListElement[0]",
    );
    const untyped = { position: 1, name: "World", item: "https://example.org/world" };
    expect(only(trail(untyped, crumb(2, "Europe")), "breadcrumb/item-list").path).toBe(
      '$.itemListElement[0]["@type"]',
    );
  });

  test("breadcrumb/position: a missing position, or one that is not a whole number from 1, is an error", () => {
    expect(only(trail(crumb(undefined, "World")), "breadcrumb/position").path).toBe(
      "$.itemListElement[0].position",
    );
    for (const position of [0, 1.5, "first", -1]) {
      expect(only(trail(crumb(position, "World")), "breadcrumb/position").message).toContain(
        "not a whole number",
      );
    }
    expect(rules(trail(crumb("1", "World")))).toEqual([]);
  });

  test("breadcrumb/name: a breadcrumb without a name is an error, unless its item node has one", () => {
    expect(
      only(trail(crumb(1, undefined, "https://example.org/world"), crumb(2, "Here")), "breadcrumb/name"),
    ).toMatchObject({ severity: "error", path: "$.itemListElement[0].name" });
    const named = crumb(1, undefined, { "@id": "https://example.org/world", name: "World" });
    expect(rules(trail(named, crumb(2, "Here")))).toEqual([]);
  });

  test("breadcrumb/item: a breadcrumb before the last without an item is an error", () => {
    const finding = only(trail(crumb(1, "World"), crumb(2, "Here")), "breadcrumb/item");
    expect(finding).toMatchObject({ severity: "error", path: "$.itemListElement[0].item" });
    // The last is the one furthest along the trail, whatever the order it is written in.
    expect(rules(trail(crumb(2, "Here"), crumb(1, "World", "https://example.org/world")))).toEqual([]);
  });

  test("breadcrumb/item: an item that is not an absolute URL, as text or as an @id, is an error", () => {
    expect(only(trail(crumb(1, "World", "/world"), crumb(2, "Here")), "breadcrumb/item").path).toBe(
      "$.itemListElement[0].item",
    );
    expect(
      only(trail(crumb(1, "World", { "@id": "world", name: "World" }), crumb(2, "Here")), "breadcrumb/item")
        .path,
    ).toBe('$.itemListElement[0].item["@id"]');
  });

  test("a breadcrumb list reached from a WebPage, and items defined elsewhere, are followed", () => {
    const page = {
      "@graph": [
        {
          "@type": "WebPage",
          "@id": "https://example.org/world/kursk#webpage",
          breadcrumb: { "@id": "#trail" },
        },
        { ...trail({ "@id": "#home" }, crumb(2, "Here")), "@id": "#trail" },
        { "@id": "#home", ...crumb(1, "Home", "https://example.org/") },
      ],
    };
    expect(check(page)).toEqual([]);
    const dangling = { "@graph": [{ ...trail({ "@id": "#nowhere" }), "@id": "#trail" }] };
    expect(rules(dangling)).toEqual(["reference/unresolved"]);
  });
});
