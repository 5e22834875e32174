// Runs groups of tasks with tinybench and compares them within the same process. On a shared
// machine absolute times drift from minute to minute, so every figure that matters is a ratio of
// two tasks measured side by side, and each group runs in several rounds (task order rotated). Other
// processes only ever add time, so the least disturbed round — the lowest of the rounds' medians — is
// the figure kept; the spread is printed beside it.
import { Bench } from "tinybench";

/** A function to time, under a name shown in the table. */
export interface Task {
  name: string;
  fn: () => unknown;
}

/** How long and how often to run a group. */
export interface MeasureOptions {
  /** Rounds of the whole group; the lowest of the rounds' medians is reported. */
  rounds: number;
  /** Time budget per task and round, in milliseconds. */
  time: number;
  /** Minimum iterations per task and round. */
  iterations: number;
  /** Warm-up iterations per task and round. */
  warmupIterations: number;
}

/** A task's latency in milliseconds: the median of its best round, and the spread of the rounds' medians. */
export interface Timing {
  best: number;
  /** The highest of the rounds' medians. */
  worst: number;
  samples: number;
}

/** Measures every task of a group and returns its latency by name. */
export async function measure(tasks: readonly Task[], options: MeasureOptions): Promise<Map<string, Timing>> {
  const perTask = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  const counts = new Map<string, number>(tasks.map((task) => [task.name, 0]));
  for (let round = 0; round < options.rounds; round++) {
    const bench = new Bench({
      time: options.time,
      iterations: options.iterations,
      warmupIterations: options.warmupIterations,
      warmupTime: 0,
      throws: true,
    });
    // Rotate the order so that no task always runs first (cold) or last (after the others' garbage).
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[(i + round) % tasks.length];
      if (task !== undefined) bench.add(task.name, task.fn);
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed")
        throw new Error(`bench: ${task.name} did not complete (${result.state})`);
      perTask.get(task.name)?.push(result.latency.p50);
      counts.set(task.name, (counts.get(task.name) ?? 0) + result.latency.samplesCount);
    }
  }
  const timings = new Map<string, Timing>();
  for (const [name, medians] of perTask) {
    timings.set(name, {
      best: Math.min(...medians),
      worst: Math.max(...medians),
      samples: counts.get(name) ?? 0,
    });
  }
  return timings;
}
