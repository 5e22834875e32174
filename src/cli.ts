// The `newsgraph` bin: runs the command line on this process's arguments and streams.
import { readFileSync } from "node:fs";
import { main } from "./cli/main";

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, "utf8"),
});
