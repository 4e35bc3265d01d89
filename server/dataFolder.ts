import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/** Where the embedded PostgreSQL keeps its files inside the server's data folder. */
export const pgliteDir = (dataDir: string) => join(dataDir, 'pglite');

/**
 * The server's own id, made once and kept in the data folder: laptops keep their cursors per
 * server id, so a server that lost its folder is a new server to them and they pull afresh.
 */
export function serverIdOf(dataDir: string): string {
  const file = join(dataDir, 'server-id');
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim();
    if (id) return id;
  }
  mkdirSync(dataDir, { recursive: true });
  const id = randomUUID();
  writeFileSync(file, `${id}\n`);
  return id;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The embedded PostgreSQL may be opened by one program at a time: a second one (another
 * server, or a backup while the server runs) would damage its files. Returns the release.
 */
export function lockPglite(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && alive(holder))
        throw new Error(
          `嵌入式数据库正被另一个程序（进程 ${holder}）使用：同一数据文件夹只能由一个服务器打开；备份时请先停止服务器。`,
        );
      // Left by a program that ended without releasing it.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`无法锁定嵌入式数据库（${file}）`);
}
