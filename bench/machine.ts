// What the figures were measured on: they mean little without it.
import { readFileSync } from "node:fs";
import os from "node:os";

function versionOf(name: string): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === "string" ? version : "?";
  } catch {
    return "not installed";
  }
}

/** The machine, the runtime and the versions of what is compared, one fact a line. */
export function describeMachine(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
  return [
    `CPU: ${model}, ${os.availableParallelism()} cores available (${cpus.length} listed), ${memory} memory`,
    `OS: ${os.type()} ${os.release()} ${os.arch()}, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
    `Node ${process.version} (V8 ${process.versions.v8})`,
    `zod ${versionOf("zod")}, ajv ${versionOf("ajv")} + ajv-formats ${versionOf("ajv-formats")}, ` +
      `@unhead/schema-org ${versionOf("@unhead/schema-org")}, tinybench ${versionOf("tinybench")}`,
  ];
}
