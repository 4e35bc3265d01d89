import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../server/config';

describe('the office server configuration', () => {
  it('runs on the embedded database in ./server-data on port 8443 when nothing is set', () => {
    expect(readConfig({}, '/srv/leadatlas')).toEqual({
      database: { kind: 'pglite' },
      dataDir: resolve('/srv/leadatlas', 'server-data'),
      port: 8443,
      host: '0.0.0.0',
    });
  });

  it('uses the PostgreSQL DATABASE_URL names, and the folder, port and address given', () => {
    const config = readConfig(
      {
        DATABASE_URL: 'postgres://zhaoshang:mima@10.0.0.5:5432/leadatlas',
        LEADATLAS_SERVER_DATA: '/var/lib/leadatlas',
        PORT: '9443',
        HOST: '10.0.0.8',
      },
      '/srv',
    );
    expect(config).toEqual({
      database: { kind: 'postgres', url: 'postgres://zhaoshang:mima@10.0.0.5:5432/leadatlas' },
      dataDir: '/var/lib/leadatlas',
      port: 9443,
      host: '10.0.0.8',
    });
  });

  it.each([
    [{ PORT: '65536' }, /PORT 应为 0 到 65535 之间的整数/],
    [{ PORT: 'https' }, /PORT 应为 0 到 65535 之间的整数/],
    [{ DATABASE_URL: 'mysql://root@localhost/leadatlas' }, /DATABASE_URL 应为 PostgreSQL 连接地址/],
    [{ HOST: 'office server' }, /HOST 应为本机的 IP 地址或主机名/],
  ])('stops with a sentence naming the wrong setting: %o', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
