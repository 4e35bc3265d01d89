import { changeStamp } from './changeStamp';
import type { Db } from './open';

/** Answers kept per connection: the dashboard's periods and teams a leader goes back and forth between. */
const KEPT_PER_CONNECTION = 64;

const kept = new WeakMap<Db, Map<string, { stamp: string; answer: unknown }>>();

/**
 * A read's answer, worked out once and given again (a copy) for the same `key` while nothing is
 * written to the ledger (changeStamp: this connection's writes and other connections' commits).
 * For reads people ask again and again without changing anything: every navigation to the
 * projects page (撞单), to the 工作台, to the dashboard. The key must name everything else the
 * answer depends on: the input, and the day when "today" is part of it.
 */
export function keptWhileUnchanged<T>(db: Db, key: string, compute: () => T): T {
  let answers = kept.get(db);
  if (!answers) kept.set(db, (answers = new Map()));
  const hit = answers.get(key);
  if (hit && hit.stamp === changeStamp(db)) {
    // Most recently used last, so the oldest goes first when the map is full.
    answers.delete(key);
    answers.set(key, hit);
    return structuredClone(hit.answer) as T;
  }
  const answer = compute();
  // Stamped after: a read may write (it fills missing sort keys), which must not count as a change.
  answers.delete(key);
  answers.set(key, { stamp: changeStamp(db), answer });
  if (answers.size > KEPT_PER_CONNECTION) answers.delete(answers.keys().next().value as string);
  return structuredClone(answer);
}
