// The deterministic figures, printed with the timings for one complete picture: bundle sizes from
// size-limit (as .size-limit.js configures them) and type instantiations of the fixtures in tests/budgets/
// (which the test suite holds to their budgets).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

interface SizeLimitResult {
  name: string;
  size: number;
  sizeLimit?: number;
  passed?: boolean;
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // size-limit exits non-zero when a budget is exceeded, with the figures still on stdout.
    const stdout = (error as { stdout?: unknown }).stdout;
    if (typeof stdout === "string" && stdout.trim() !== "") return stdout;
    throw error;
  }
}

/** size-limit's figures, one line per entry. */
export function bundleSizes(): string[] {
  if (!existsSync("dist/index.js") || !existsSync("dist/jsonld/index.js")) {
    return ["(no dist/: run `npm run build` first)"];
  }
  const results = JSON.parse(
    run(process.execPath, ["node_modules/size-limit/bin.js", "--json"]),
  ) as SizeLimitResult[];
  return results.map((result) => {
    const size = `${(result.size / 1000).toFixed(2)} kB gzip`;
    const limit = result.sizeLimit === undefined ? "" : ` (limit ${(result.sizeLimit / 1000).toFixed(1)} kB)`;
    const verdict = result.passed === false ? " MISSED" : result.passed === true ? " met" : "";
    return `${result.name}: ${size}${limit}${verdict}`;
  });
}

/** tsc's "Instantiations" for one fixture project. */
export function instantiations(project: string): number | undefined {
  if (!existsSync("dist/index.d.ts")) return undefined;
  const output = run(process.execPath, [
    "node_modules/typescript/bin/tsc",
    "--noEmit",
    "--extendedDiagnostics",
    "-p",
    project,
  ]);
  const count = /^Instantiations:\s+(\d+)$/m.exec(output)?.[1];
  return count === undefined ? undefined : Number(count);
}
