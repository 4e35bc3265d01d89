// Timing: warm-up runs first (statements prepared, pages cached, JIT warm), then N timed runs.
import { summarise, type Summary } from './stats';

/** Wall and CPU milliseconds of each timed run, summarised together. */
export class Samples {
  private readonly wall: number[] = [];
  private readonly cpu: number[] = [];
  async take(run: () => unknown): Promise<void> {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await run();
    this.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
  }
  takeSync(run: () => unknown): void {
    const cpu = process.cpuUsage();
    const t = performance.now();
    run();
    this.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
  }
  summary(): Summary {
    return summarise(this.wall, this.cpu);
  }
}

export interface Plan {
  warmup: number;
  iterations: number;
}

export function time(plan: Plan, run: (i: number) => unknown): Summary {
  for (let i = 0; i < plan.warmup; i++) run(i);
  const samples = new Samples();
  for (let i = 0; i < plan.iterations; i++) samples.takeSync(() => run(i));
  return samples.summary();
}

export async function timeAsync(plan: Plan, run: (i: number) => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < plan.warmup; i++) await run(i);
  const samples = new Samples();
  for (let i = 0; i < plan.iterations; i++) await samples.take(() => run(i));
  return samples.summary();
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
  const a = new Samples();
  const b = new Samples();
  for (let i = 0; i < plan.iterations; i++) {
    await a.take(ours);
    b.takeSync(raw);
  }
  return { ours: a.summary(), raw: b.summary() };
}

/** One timed call with a setup that is not timed (a fresh file, a copy). */
export async function timeEach<S>(
  plan: Plan,
  setup: (i: number) => S | Promise<S>,
  run: (s: S) => unknown,
  teardown?: (s: S) => void,
): Promise<Summary> {
  const samples = new Samples();
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    const s = await setup(i);
    if (i >= plan.warmup) await samples.take(() => run(s));
    else await run(s);
    teardown?.(s);
  }
  return samples.summary();
}
