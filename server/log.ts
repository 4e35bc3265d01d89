/**
 * The server's log: one JSON object per line on stdout (time, level, msg and fields), so
 * journald, NSSM's log files or any collector can read it. Secrets never reach it: fields whose
 * name says password, token, authorization, signature or secret are masked, whoever passes them.
 */
export type LogFields = Record<string, unknown>;

export interface Log {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const SECRET = /password|passwd|token|authorization|signature|secret|cookie/i;

const clean = (value: unknown): unknown => {
  if (value instanceof Error) return { message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET.test(k) ? '[已隐藏]' : clean(v)]),
    );
  }
  return value;
};

export function createLog(
  write: (line: string) => void = (line) => void process.stdout.write(`${line}\n`),
  now: () => Date = () => new Date(),
): Log {
  const entry =
    (level: string) =>
    (msg: string, fields: LogFields = {}) =>
      write(JSON.stringify({ time: now().toISOString(), level, msg, ...(clean(fields) as LogFields) }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}
