import type { z } from 'zod';

declare const output: unique symbol;

/**
 * One channel of the contract: its input schema (checked at the boundary) and, as a
 * type only, what it returns. Pure, so the renderer derives its types from the same file.
 */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Writes go through a transaction and the audit log. */
  write: boolean;
  /** Largest accepted payload in bytes of JSON. */
  maxBytes: number;
  readonly [output]?: O;
}

export const DEFAULT_MAX_BYTES = 256 * 1024;

export function query<O>() {
  return <I extends z.ZodType>(input: I, maxBytes = DEFAULT_MAX_BYTES): Channel<I, O> => ({
    input,
    write: false,
    maxBytes,
  });
}

export function command<O>() {
  return <I extends z.ZodType>(input: I, maxBytes = DEFAULT_MAX_BYTES): Channel<I, O> => ({
    input,
    write: true,
    maxBytes,
  });
}

export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;
