import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * How the office server is set up, from its environment: which PostgreSQL, where its data
 * folder is, where it listens. Checked once at start so a typo stops it with a sentence the
 * office can act on instead of a stack trace later.
 */
export interface ServerConfig {
  /** A PostgreSQL server (DATABASE_URL) or the embedded one (PGlite) in the data folder. */
  database: { kind: 'postgres'; url: string } | { kind: 'pglite' };
  /** Holds the certificate, the server's id, the sync engine's cache and the PGlite data. */
  dataDir: string;
  port: number;
  host: string;
}

export class ConfigError extends Error {}

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      'DATABASE_URL 应为 PostgreSQL 连接地址，形如 postgres://用户名:密码@主机:5432/数据库名',
    )
    .optional(),
  LEADATLAS_SERVER_DATA: z.string().trim().min(1, 'LEADATLAS_SERVER_DATA（数据文件夹）不能为空'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'PORT 应为 0 到 65535 之间的整数')
    .transform(Number)
    .refine((port) => port <= 65535, 'PORT 应为 0 到 65535 之间的整数'),
  HOST: z
    .string()
    .trim()
    .regex(/^[\w.:-]+$/, 'HOST 应为本机的 IP 地址或主机名，如 0.0.0.0'),
});

/** Reads the configuration from `env`; a ConfigError names the first setting that is wrong. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ServerConfig {
  const given = (name: string, fallback?: string) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? fallback : value;
  };
  const parsed = envSchema.safeParse({
    DATABASE_URL: given('DATABASE_URL'),
    LEADATLAS_SERVER_DATA: given('LEADATLAS_SERVER_DATA', './server-data'),
    PORT: given('PORT', '8443'),
    HOST: given('HOST', '0.0.0.0'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`配置有误：${issue?.message ?? String(parsed.error)}`);
  }
  const { DATABASE_URL, LEADATLAS_SERVER_DATA, PORT, HOST } = parsed.data;
  return {
    database: DATABASE_URL ? { kind: 'postgres', url: DATABASE_URL } : { kind: 'pglite' },
    dataDir: resolve(cwd, LEADATLAS_SERVER_DATA),
    port: PORT,
    host: HOST,
  };
}
