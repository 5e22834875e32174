import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { run, scratch } from "./support";

const { dir, file } = scratch("newsgraph-cli-");

const validGraph = {
  format: 1,
  articles: [
    {
      id: "an-article",
      url: "https://example.org/an-article",
      headline: "Headline with </script><script>alert(1)</script>",
      genre: "news",
      language: "en",
      datePublished: "2024-10-28",
    },
  ],
  actors: [{ id: "nato", kind: "intergovernmental", name: "NATO" }],
  claims: [{ id: "a-claim", claimant: "nato", statement: "It is so.", act: "asserts" }],
};

describe("newsgraph validate", () => {
  it("exits 0 and summarises a valid document", () => {
    const result = run(["validate", file("valid.json", validGraph)]);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/valid\.json: valid \(1 article, 1 actor, 1 claim, 0 events, 0 places\)/);
  });

  it("exits 1 and prints each problem on its own line with its path and the offending value", () => {
    const broken = structuredClone(validGraph);
    const claim = broken.claims[0] as Record<string, unknown>;
    claim.claimant = "nobody";
    (broken.articles[0] as Record<string, unknown>).url = "javascript:alert(1)";
    const result = run(["validate", file("broken.json", broken)]);
    expect(result.status).toBe(1);
    const lines = result.out.split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /broken\.json: articles\[0\]\.url: .*found "javascript:alert\(1\)" \[invalid_url\]/,
    );
    const afterShape = run(["validate", file("dangling.json", { ...validGraph, claims: [claim] })]);
    expect(afterShape.out).toMatch(
      /claims\[0\]\.claimant: no node has the id "nobody".*\[unresolved_reference\]/,
    );
  });

  it("exits 1 for a file that is not JSON, saying so", () => {
    const result = run(["validate", file("not-json.json", "{ nope")]);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/not-json\.json: not valid JSON/);
  });

  it("reads standard input for -", () => {
    const result = run(["validate", "-"], JSON.stringify(validGraph));
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^<stdin>: valid/);
  });

  it("checks every file given and exits 1 if any is invalid", () => {
    const result = run(["validate", file("a.json", validGraph), file("b.json", { format: 2 })]);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/a\.json: valid/);
    expect(result.out).toMatch(/b\.json: format: expected 1, found 2/);
  });

  it("exits 2 with a plain message, not a stack trace, for a missing file", () => {
    const result = run(["validate", join(dir, "missing.json")]);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(/cannot read .*missing\.json: no such file/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe("newsgraph jsonld", () => {
  it("prints the whole graph as JSON-LD", () => {
    const result = run(["jsonld", file("graph.json", validGraph)]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.out) as { "@context": string; "@graph": unknown[] };
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"].length).toBeGreaterThan(0);
  });

  it("prints one article's page as a script element that the headline cannot break out of", () => {
    const result = run(["jsonld", file("page.json", validGraph), "--article", "an-article", "--html"]);
    expect(result.status).toBe(0);
    expect(result.out.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(result.out.match(/<\/script/gi)).toHaveLength(1);
    const inner = result.out.slice(result.out.indexOf(">") + 1, result.out.lastIndexOf("</script>"));
    expect(JSON.stringify(JSON.parse(inner))).toContain("Headline with </script><script>alert(1)</script>");
  });

  it("exits 2 naming the known articles when --article is unknown", () => {
    const result = run(["jsonld", file("page2.json", validGraph), "--article", "nope"]);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(/no article has the id "nope"; the document's articles are: an-article/);
  });

  it("exits 1 with the problems for an invalid document", () => {
    const result = run(["jsonld", file("bad.json", { format: 1, actors: [{ id: "X" }] })]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/actors\[0\]/);
  });
});

describe("newsgraph schema, --help, --version and usage errors", () => {
  it("prints the JSON Schema", () => {
    const result = run(["schema"]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.out) as { $schema: string }).$schema).toBe(
      "https://json-schema.org/draft/2020-12/schema",
    );
  });

  it("prints help and the version", () => {
    expect(run(["--help"]).out).toMatch(/Usage:\n {2}newsgraph validate FILE/);
    expect(run(["--version"]).out).toBe(version);
  });

  it("exits 2 for no command, an unknown command or an unknown option", () => {
    for (const args of [[], ["frobnicate"], ["validate", "--nope", "x.json"], ["jsonld"]]) {
      const result = run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.err).toMatch(/^newsgraph: .+\nRun "newsgraph --help" for usage\.$/);
    }
  });
});
