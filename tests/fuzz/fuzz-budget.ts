import fc from 'fast-check';

/**
 * Shared settings for the property tests in tests/fuzz/. The normal suite runs a few hundred cases
 * per property; `npm run fuzz` sets FUZZ_RUNS=10000. FUZZ_SEED replays a failure fast-check printed.
 */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);
/**
 * The normal suite (no FUZZ_RUNS) uses a fixed seed so CI is repeatable: a red build always means a
 * change broke something, never an unlucky draw. `npm run fuzz` explores new inputs on every run.
 */
const FIXED_SEED = 20_261_128;
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? undefined
    : FIXED_SEED;

/**
 * Only a gross hang fails a property: one input taking more than this. Correctness is what the
 * properties check; speed belongs in benchmarks, so the bound is far above any normal cost.
 */
export const HANG_MS = 5_000;

/** A per-test timeout that grows with the number of runs (a 10,000-run property takes minutes). */
export const timeoutFor = (msPerRun: number) => Math.max(60_000, RUNS * msPerRun);

export function params<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: RUNS, ...(seed !== undefined ? { seed } : {}), ...extra };
}

/** Counts inputs and the slowest one per property; printed so a fuzz run says what it covered. */
export class Tally {
  runs = 0;
  slowestMs = 0;
  readonly outcomes = new Map<string, number>();
  constructor(readonly name: string) {}

  /** Runs one input, records its duration and outcome label, and fails it if it hung. */
  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(performance.now() - started);
    }
  }

  async timeAsync<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(performance.now() - started);
    }
  }

  count(outcome: string): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  private record(ms: number): void {
    this.runs++;
    this.slowestMs = Math.max(this.slowestMs, ms);
    if (ms > HANG_MS) throw new Error(`${this.name}: one input took ${Math.round(ms)} ms (> ${HANG_MS} ms)`);
  }

  report(): string {
    const outcomes = [...this.outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
    const line = `[fuzz] ${this.name}: ${this.runs} inputs, slowest ${this.slowestMs.toFixed(1)} ms${outcomes ? ` (${outcomes})` : ''}`;
    console.log(line);
    return line;
  }
}
