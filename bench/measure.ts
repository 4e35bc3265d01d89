// Timing: warm-up runs first (statements prepared, pages cached, JIT warm), then N timed runs.
import { summarise, type Summary } from './stats';

export interface Plan {
  warmup: number;
  iterations: number;
}

export function time(plan: Plan, run: (i: number) => unknown): Summary {
  for (let i = 0; i < plan.warmup; i++) run(i);
  const samples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

export async function timeAsync(plan: Plan, run: (i: number) => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < plan.warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    const t = performance.now();
    await run(i);
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

/**
 * Ours and its raw baseline in turns, one run of each per iteration, so whatever else the machine
 * does at that moment weighs on both alike and the ratio compares like with like.
 */
export async function timePair(
  plan: Plan,
  ours: () => Promise<unknown>,
  raw: () => unknown,
): Promise<{ ours: Summary; raw: Summary }> {
  for (let i = 0; i < plan.warmup; i++) {
    await ours();
    raw();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    let t = performance.now();
    await ours();
    a.push(performance.now() - t);
    t = performance.now();
    raw();
    b.push(performance.now() - t);
  }
  return { ours: summarise(a), raw: summarise(b) };
}

/** One timed call with a setup that is not timed (a fresh file, a copy). */
export async function timeEach<S>(
  plan: Plan,
  setup: (i: number) => S | Promise<S>,
  run: (s: S) => unknown,
  teardown?: (s: S) => void,
): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    const s = await setup(i);
    const t = performance.now();
    await run(s);
    if (i >= plan.warmup) samples.push(performance.now() - t);
    teardown?.(s);
  }
  return summarise(samples);
}
