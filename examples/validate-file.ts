// Validates a newsgraph document (a JSON file) and prints every problem, one per line.
//
//   npx tsx examples/validate-file.ts FILE.json
//
// Exit status: 0 valid, 1 invalid (including a file that is not JSON), 2 no file given or unreadable.
import { readFileSync } from "node:fs";
import { formatIssuePath, safeParseNewsGraph } from "newsgraph";

const file = process.argv[2];
if (file === undefined) {
  console.error("usage: npx tsx examples/validate-file.ts FILE.json");
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`${file}: cannot read it: ${(error as Error).message}`);
  process.exit(2);
}

let input: unknown;
try {
  input = JSON.parse(text);
} catch (error) {
  console.log(`${file}: not valid JSON: ${(error as Error).message}`);
  process.exit(1);
}

const result = safeParseNewsGraph(input);
if (result.success) {
  const { articles, actors, claims, events, places } = result.data;
  const count = (list: readonly unknown[], noun: string) =>
    `${list.length} ${noun}${list.length === 1 ? "" : "s"}`;
  console.log(
    `${file}: valid (${count(articles, "article")}, ${count(actors, "actor")}, ${count(claims, "claim")}, ` +
      `${count(events, "event")}, ${count(places, "place")})`,
  );
} else {
  for (const issue of result.error.issues) {
    console.log(`${file}: ${formatIssuePath(issue.path)}: ${issue.message} [${issue.code}]`);
  }
  process.exitCode = 1;
}
