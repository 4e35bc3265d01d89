import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ServerConfig } from './config';
import { lockPglite, pgliteDir } from './dataFolder';

/**
 * `npm run server -- backup <file>`: the whole database in one file. A PostgreSQL server is
 * dumped with its own pg_dump (custom format, restored with pg_restore); the embedded one
 * with PGlite's archive of its data folder. Written aside and renamed, so a failed backup never
 * leaves a file that looks complete.
 */
export class BackupError extends Error {}

export async function backup(config: ServerConfig, file: string, pgDump = 'pg_dump'): Promise<void> {
  const partial = `${file}.part`;
  try {
    if (config.database.kind === 'postgres') await dumpPostgres(config.database.url, partial, pgDump);
    else await dumpPglite(config.dataDir, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

function dumpPostgres(url: string, file: string, pgDump: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgDump, ['--format=custom', `--file=${file}`, `--dbname=${url}`], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new BackupError(
              `找不到 ${pgDump}：备份 PostgreSQL 需要它。Debian 上请安装 postgresql-client（sudo apt-get install postgresql-client）；Windows 上请安装 PostgreSQL 并把其 bin 文件夹加入 PATH。`,
            )
          : err,
      ),
    );
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`pg_dump 未能完成备份（退出码 ${code}）：${stderr.trim()}`)),
    );
  });
}

async function dumpPglite(dataDir: string, file: string): Promise<void> {
  const dir = pgliteDir(dataDir);
  if (!existsSync(dir))
    throw new BackupError(
      `数据文件夹 ${dataDir} 中没有嵌入式数据库：请检查 LEADATLAS_SERVER_DATA 是否与服务器所用的一致。`,
    );
  const release = lockPglite(dataDir);
  try {
    const db = await PGlite.create({ dataDir: dir });
    try {
      const archive = await db.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}
