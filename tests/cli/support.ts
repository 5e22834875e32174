// What the CLI tests share: a scratch folder to write input files to, and a run of `main` that records
// what it prints and returns its exit status.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

/** A fresh temporary folder, and a writer of files into it (strings as they are, anything else as JSON). */
export function scratch(prefix: string): { dir: string; file: (name: string, content: unknown) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
      return path;
    },
  };
}

/**
 * Runs the CLI with `args` and `stdin` (text, written as UTF-8, or bytes), and returns its exit status and
 * what it wrote to stdout and stderr.
 */
export function run(
  args: string[],
  stdin: string | Uint8Array = "",
): { status: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readStdin: () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin),
  });
  return { status, out: out.join("\n"), err: err.join("\n") };
}
