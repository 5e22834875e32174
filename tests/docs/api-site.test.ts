// The API reference as a reader meets it (docs/api, which `npm run docs` writes before the tests run in
// npm test): the guides under their titles, the modules under the names they are imported by, no entry of
// the sidebar named twice, and each page's title once.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { readRepoFile, root } from "./markdown";

const site = join(root, "docs/api");
const config = JSON.parse(readRepoFile("typedoc.json")) as { projectDocuments: string[] };

interface NavigationEntry {
  text: string;
  path?: string;
  children?: NavigationEntry[];
}

/** The sidebar's tree: typedoc writes it to assets/navigation.js as deflated JSON in base64. */
function navigation(): NavigationEntry[] {
  const script = readFileSync(join(site, "assets/navigation.js"), "utf8");
  const data = /"(?:data:application\/octet-stream;base64,)?([A-Za-z0-9+/=]+)"/.exec(script)?.[1];
  if (data === undefined) throw new Error("assets/navigation.js holds no navigation data");
  return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8")) as NavigationEntry[];
}

const page = (path: string): string => readFileSync(join(site, path), "utf8");
const headings = (html: string): string[] =>
  [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) =>
    (match[1] ?? "").replace(/<[^>]+>/g, "").trim(),
  );
const titleOf = (markdown: string): string | undefined => /^# (.+)$/m.exec(markdown)?.[1]?.trim();

let tree: NavigationEntry[] = [];
beforeAll(() => {
  if (!existsSync(join(site, "index.html")))
    throw new Error("docs/api is missing: run npm run docs first (npm test does)");
  tree = navigation();
});

describe("the API reference's sidebar", () => {
  const group = (name: string): NavigationEntry[] =>
    tree.find((entry) => entry.text === name)?.children ?? [];

  it("lists the guides under their titles, in the order typedoc.json gives", () => {
    const titles = config.projectDocuments.map((path) => titleOf(readRepoFile(path)));
    expect(group("Guides").map((entry) => entry.text)).toEqual(titles);
  });

  it("lists the modules under the names they are imported by", () => {
    expect(group("Modules").map((entry) => entry.text)).toEqual([
      "newsgraph",
      "newsgraph/jsonld",
      "newsgraph/page",
      "newsgraph/ninjs",
      "newsgraph/examples",
      "newsgraph/testing",
    ]);
  });

  it("names no two entries of a level alike, and none after its path", () => {
    const levels = [tree, ...tree.map((entry) => entry.children ?? [])];
    for (const level of levels) {
      const names = level.map((entry) => entry.text);
      expect(names.length).toBe(new Set(names).size);
      expect(names.filter((name) => name.startsWith("docs/"))).toEqual([]);
    }
  });

  it("heads the sidebar with the project and its version, not a second entry named newsgraph", () => {
    const { version } = JSON.parse(readRepoFile("package.json")) as { version: string };
    expect(page("index.html")).toContain(`class="title">newsgraph - v${version}</a>`);
  });
});

describe("the API reference's pages", () => {
  it("give the README's title once on the index page", () => {
    expect(headings(page("index.html"))).toEqual([titleOf(readRepoFile("README.md"))]);
  });

  it("give each guide's title once on its page", () => {
    const guides = tree.find((entry) => entry.text === "Guides")?.children ?? [];
    expect(guides.length).toBe(config.projectDocuments.length);
    for (const guide of guides) expect(headings(page(guide.path ?? ""))).toEqual([guide.text]);
  });
});
