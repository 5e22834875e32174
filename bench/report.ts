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

/** Milliseconds with as many digits as their size calls for. */
export function milliseconds(value: number): string {
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

function verdictOf(result: RatioResult): string {
  return result.met === undefined ? "" : result.met ? "met" : "MISSED";
}

function targetOf(result: RatioResult): string {
  if (result.target === undefined) return "—";
  return "atMost" in result.target ? `≤ ${result.target.atMost}x` : `≥ ${result.target.atLeast}x`;
}

/** The ratios of a section, with their targets and notes. */
export function ratioTable(results: readonly RatioResult[]): string {
  const rows = results.map((result) => [
    result.label,
    times(result.value),
    targetOf(result),
    verdictOf(result),
  ]);
  const notes = results
    .filter((result) => result.note !== undefined)
    .map((result) => `- ${result.label}: ${result.note}`);
  return [table(["ratio", "measured", "target", ""], rows), ...(notes.length > 0 ? ["", ...notes] : [])].join(
    "\n",
  );
}

/** The same task timed at two sizes, n and 4n: the ratio is time(4n) / time(n). */
export interface ScalingResult extends RatioResult {
  /** The two sizes, in words ("10,000 → 40,000 nodes"). */
  sizes: string;
  small: Timing;
  large: Timing;
}

/** Scaling ratios, one row each, with the sizes and the milliseconds at both. */
export function scalingTable(results: readonly ScalingResult[]): string {
  const rows = results.map((result) => [
    result.label,
    result.sizes,
    milliseconds(result.small.best),
    milliseconds(result.large.best),
    times(result.value),
    targetOf(result),
    verdictOf(result),
  ]);
  return table(["input: operation", "n → 4n", "ms at n", "ms at 4n", "4n / n", "target", ""], rows);
}

/** Ratios laid out as a grid, one row and one column per name; a ratio that misses its target says so. */
export function ratioGrid(
  corner: string,
  rows: readonly string[],
  columns: readonly string[],
  at: (row: string, column: string) => RatioResult | undefined,
): string {
  const cells = rows.map((row) => [
    row,
    ...columns.map((column) => {
      const result = at(row, column);
      if (result === undefined) return "—";
      return result.met === false ? `${times(result.value)} MISSED` : times(result.value);
    }),
  ]);
  return table([corner, ...columns], cells);
}
