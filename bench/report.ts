// Prints the figures as Markdown tables, so that a run can be pasted into docs/performance.md.
import type { Timing } from "./measure";

/** A target on a ratio: at most (a cost) or at least (a speed-up). */
export type Target = { atMost: number } | { atLeast: number };

/** One line of the ratio table: `numerator / denominator`, both measured in the same process. */
export interface Ratio {
  /** What is compared, in words. */
  label: string;
  numerator: string;
  denominator: string;
  target?: Target;
  /** A note printed under the table, for context a reader needs (what bounds a miss). */
  note?: string;
}

/** A measured ratio, with whether it meets its target. */
export interface RatioResult extends Ratio {
  value: number;
  met: boolean | undefined;
}

/** Computes each ratio from the timings. */
export function ratios(timings: ReadonlyMap<string, Timing>, wanted: readonly Ratio[]): RatioResult[] {
  return wanted.map((ratio) => {
    const top = timings.get(ratio.numerator);
    const bottom = timings.get(ratio.denominator);
    if (top === undefined || bottom === undefined) {
      throw new Error(`bench: no timing for ${top === undefined ? ratio.numerator : ratio.denominator}`);
    }
    const value = top.best / bottom.best;
    const target = ratio.target;
    const met =
      target === undefined
        ? undefined
        : "atMost" in target
          ? value <= target.atMost
          : value >= target.atLeast;
    return { ...ratio, value, met };
  });
}

function milliseconds(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  if (value >= 0.01) return value.toFixed(3);
  return value.toExponential(2);
}

function times(value: number): string {
  return value >= 10 ? `${value.toFixed(1)}x` : `${value.toFixed(2)}x`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.map(line)].join(
    "\n",
  );
}

/** The timings of a section: one row per task. */
export function timingTable(timings: ReadonlyMap<string, Timing>): string {
  const rows = [...timings].map(([name, timing]) => [
    name,
    milliseconds(timing.best),
    milliseconds(timing.worst),
    String(timing.samples),
  ]);
  return table(["task", "ms (best round's median)", "ms (worst round's median)", "samples"], rows);
}

/** The ratios of a section, with their targets and notes. */
export function ratioTable(results: readonly RatioResult[]): string {
  const rows = results.map((result) => {
    const target =
      result.target === undefined
        ? "—"
        : "atMost" in result.target
          ? `≤ ${result.target.atMost}x`
          : `≥ ${result.target.atLeast}x`;
    const verdict = result.met === undefined ? "" : result.met ? "met" : "MISSED";
    return [result.label, times(result.value), target, verdict];
  });
  const notes = results
    .filter((result) => result.note !== undefined)
    .map((result) => `- ${result.label}: ${result.note}`);
  return [table(["ratio", "measured", "target", ""], rows), ...(notes.length > 0 ? ["", ...notes] : [])].join(
    "\n",
  );
}
