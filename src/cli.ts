// The `newsgraph` bin: runs the command line on this process's arguments and streams.
import { readFileSync } from "node:fs";
import { main } from "./cli/main";

// A reader that closes the pipe early (`newsgraph jsonld big.json | head`) ends the output: quietly, with the
// status the command has.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0),
});
