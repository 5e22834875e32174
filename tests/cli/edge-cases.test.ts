// The command line where things go wrong: unreadable input, missing arguments, failures of its own output.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type Io, main } from "../../src/cli/main";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";

// The real importer, wrapped so that one test can make it return a graph that does not validate. The test
// files share their modules (isolate: false), so the CLI is loaded afresh here to see the wrapped importer.
vi.hoisted(() => vi.resetModules());
vi.mock("../../src/import/jsonld/from-json-ld", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/import/jsonld/from-json-ld")>();
  return { ...actual, fromJsonLd: vi.fn(actual.fromJsonLd) };
});

const dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-edge-"));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function run(args: string[], io: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readStdin: () => new Uint8Array(),
    ...io,
  });
  return { status, out: out.join("\n"), err: err.join("\n") };
}

const usage = (message: string) => `newsgraph: ${message}\nRun "newsgraph --help" for usage.`;

/** What a failing read of standard input throws: an Error with a Node.js error code. */
const failingStdin = (code: string, message: string) => () => {
  throw Object.assign(new Error(message), { code });
};

const emptyGraph = { format: 1 };

describe("input that cannot be read", () => {
  it("exits 2 for a FILE that is a directory", () => {
    expect(run(["validate", dir])).toEqual({
      status: 2,
      out: "",
      err: usage(`cannot read ${dir}: it is a directory`),
    });
  });

  it("exits 2 for a FILE below a file, giving the system's reason", () => {
    const below = join(file("plain.json", emptyGraph), "inner.json");
    expect(run(["import", below])).toEqual({
      status: 2,
      out: "",
      err: usage(`cannot read ${below}: ENOTDIR: not a directory, open '${below}'`),
    });
  });

  it("exits 2 when standard input may not be read, or fails", () => {
    const denied = run(["validate", "-"], {
      readStdin: failingStdin("EACCES", "EACCES: permission denied, read"),
    });
    expect(denied).toEqual({
      status: 2,
      out: "",
      err: usage("cannot read standard input: permission denied"),
    });
    const failed = run(["jsonld", "-"], {
      readStdin: failingStdin("EAGAIN", "EAGAIN: resource temporarily unavailable, read"),
    });
    expect(failed).toEqual({
      status: 2,
      out: "",
      err: usage("cannot read standard input: EAGAIN: resource temporarily unavailable, read"),
    });
  });
});

describe("arguments", () => {
  it("exits 2 when validate is given no FILE", () => {
    expect(run(["validate"])).toEqual({
      status: 2,
      out: "",
      err: usage("validate needs at least one FILE (or - for standard input)"),
    });
  });

  it("jsonld names standard input <stdin> in its problems", () => {
    const result = run(["jsonld", "-"], {
      readStdin: () => new TextEncoder().encode(JSON.stringify({ format: 2 })),
    });
    expect(result.status).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe("<stdin>: format: expected 1, found 2 [invalid_value]");
  });

  it("jsonld --article says when the document has no articles at all", () => {
    expect(run(["jsonld", file("empty.json", emptyGraph), "--article", "storm"])).toEqual({
      status: 2,
      out: "",
      err: usage('no article has the id "storm"; the document\'s articles are: none'),
    });
  });
});

describe("failures of the tool itself", () => {
  it("exits 2 and says so, without a stack trace, when its output cannot be written", () => {
    const result = run(["schema"], {
      out: () => {
        throw new Error("write EPIPE");
      },
    });
    expect(result).toEqual({ status: 2, out: "", err: "newsgraph: unexpected failure: write EPIPE" });
  });

  it("import prints no graph that does not validate, but each of its problems, and exits 1", () => {
    const invalid = {
      format: 1 as const,
      articles: [],
      actors: [
        {
          id: "Not An Id",
          kind: "person" as const,
          name: "Ana",
          alternateNames: [],
          sameAs: [],
          memberOf: [],
          roles: [],
          worksFor: [],
          knowsAbout: [],
          knowsLanguage: [],
        },
      ],
      claims: [],
      events: [],
      places: [],
    };
    vi.mocked(fromJsonLd).mockReturnValueOnce({ graph: invalid, warnings: [] });
    const source = file("person.json", { "@context": "https://schema.org", "@type": "Person", name: "Ana" });
    const result = run(["import", source]);
    expect(result.status).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      `${source}: actors[0].id: expected an id made of lowercase letters and digits in words joined by single hyphens (like "mark-rutte", at most 200 characters), found "Not An Id" [invalid_id]`,
    );
  });
});
