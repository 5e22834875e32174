// `npm run demo` tells its story in one screen; `npm run demo -- --full` prints everything. Its figures are
// compared with what the library gives for the same example, so they cannot drift from it.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { KURSK_ARTICLE_ID, northKoreanTroopsInKursk } from "../../src/examples/index";
import { parseNewsGraph } from "../../src/index";
import { articleJsonLd, checkPublishing } from "../../src/jsonld/index";

const root = resolve(import.meta.dirname, "../..");
const graph = parseNewsGraph(northKoreanTroopsInKursk);
const page = articleJsonLd(graph, KURSK_ARTICLE_ID);
const findings = checkPublishing(page);

interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

function demo(...args: string[]): Promise<Ran> {
  return promisify(execFile)(join(root, "node_modules/.bin/tsx"), ["examples/demo.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      status: error.code ?? -1,
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
    }),
  );
}

const SECTIONS = [
  "1. What the example holds",
  "2. Who claims what",
  "3. The page's JSON-LD",
  "4. What Google's rules say",
];
const linesOf = (text: string): string[] => text.replace(/\n$/, "").split("\n");
// The text with line breaks and indentation read as single spaces, as wrapped lines read.
const flat = (text: string): string => text.replace(/\s+/g, " ");

let summary: Ran;
let everything: Ran;
let misused: Ran;
beforeAll(async () => {
  [summary, everything, misused] = await Promise.all([demo(), demo("--full"), demo("--ful")]);
}, 60_000);

describe("npm run demo", () => {
  it("fits one screen: at most 60 lines, none wider than 100 characters", () => {
    expect(summary.status, summary.stderr).toBe(0);
    const lines = linesOf(summary.stdout);
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
  });

  it("tells the story in four sections, in order", () => {
    const at = SECTIONS.map((title) => linesOf(summary.stdout).findIndex((line) => line.startsWith(title)));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("says what the example holds, as parseNewsGraph reads it", () => {
    const out = flat(summary.stdout);
    expect(out).toContain(graph.articles[0]?.headline);
    for (const [collection, noun] of [
      [graph.actors, "actors"],
      [graph.claims, "claims"],
      [graph.events, "events"],
      [graph.places, "places"],
    ] as const) {
      expect(out).toContain(`${collection.length} ${noun}`);
    }
  });

  it("sums up the page's JSON-LD: its nodes, by type, and no JSON", () => {
    const out = flat(summary.stdout);
    expect(out).toContain(`${page["@graph"].length} nodes`);
    const types = new Map<string, number>();
    for (const node of page["@graph"])
      for (const type of [node["@type"]].flat()) types.set(type, (types.get(type) ?? 0) + 1);
    for (const [type, count] of types) expect(out).toContain(`${count} ${type}`);
    expect(summary.stdout).not.toContain('"@context"');
  });

  it("counts checkPublishing's findings, and how many each rule it names makes", () => {
    const errors = findings.filter((finding) => finding.severity === "error").length;
    const out = flat(summary.stdout);
    expect(out).toContain(`${errors} error`);
    expect(out).toContain(`${findings.length - errors} warning`);
    const named = [...summary.stdout.matchAll(/^ {3}(error|warning) +(\S+) ×(\d+) /gm)];
    expect(named.length).toBeGreaterThan(0);
    for (const [, severity, rule, times] of named) {
      const ofRule = findings.filter((finding) => finding.rule === rule);
      expect([ofRule[0]?.severity, ofRule.length]).toEqual([severity, Number(times)]);
    }
    const rules = new Set(findings.map((finding) => finding.rule)).size;
    if (rules > named.length) expect(out).toContain(`… and ${rules - named.length} more rule`);
  });
});

describe("npm run demo -- --full", () => {
  it("prints the page's whole JSON-LD", () => {
    expect(everything.status, everything.stderr).toBe(0);
    const lines = linesOf(everything.stdout);
    const start = lines.indexOf("{");
    const end = lines.indexOf("}", start);
    expect(JSON.parse(lines.slice(start, end + 1).join("\n"))).toEqual(page);
  });

  it("prints every claim and every finding with its path", () => {
    const out = flat(everything.stdout);
    for (const claim of graph.claims) expect(out).toContain(flat(claim.statement));
    for (const finding of findings) expect(out).toContain(`${finding.path}: ${flat(finding.message)}`);
  });

  it("refuses an option it does not know, saying how to call it", () => {
    expect(misused.status).toBe(2);
    expect(misused.stderr.trim()).toBe("usage: npm run demo [-- --full]");
  });
});
