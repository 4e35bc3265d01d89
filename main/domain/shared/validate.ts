import type { z } from 'zod';
import { DomainError } from '@contract/shared/errors';

/** Parses or throws a VALIDATION DomainError whose `fields` name each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw zodToDomainError(result.error);
}

export function zodToDomainError(error: z.ZodError): DomainError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields).slice(0, 3).join('；');
  return new DomainError('VALIDATION', first || '输入有误', fields);
}
