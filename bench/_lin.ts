import { safeParseNewsGraph } from "newsgraph";
import { generateGraph } from "./generate";

const medium = JSON.parse(JSON.stringify(generateGraph(10_000)));
const large = JSON.parse(JSON.stringify(generateGraph(100_000)));
const time = (doc: unknown) => {
  const t = performance.now();
  safeParseNewsGraph(doc);
  return performance.now() - t;
};
for (let i = 0; i < 5; i++) {
  time(medium);
}
time(large);
const m: number[] = [],
  l: number[] = [];
for (let r = 0; r < 4; r++) {
  for (let i = 0; i < 5; i++) m.push(time(medium));
  l.push(time(large));
}
m.sort((a, b) => a - b);
l.sort((a, b) => a - b);
console.log(
  "10k",
  m.map((x) => x.toFixed(0)).join(" "),
  "| 100k",
  l.map((x) => x.toFixed(0)).join(" "),
  "| ratio of mins",
  ((l[0] ?? 0) / (m[0] ?? 1)).toFixed(1),
  "ratio of medians",
  ((l[2] ?? 0) / (m[10] ?? 1)).toFixed(1),
);
