import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * The server's own HTTPS certificate. An office has no certificate authority, so the server
 * makes a self-signed one on first start and keeps it: laptops pin its SHA-256 fingerprint,
 * which therefore must not change when the server restarts.
 */
export interface ServerCertificate {
  key: string;
  cert: string;
  /** Colon-separated upper-case hex, as X509Certificate.fingerprint256 and the laptop's 设置 show it. */
  fingerprint256: string;
}

const VALID_YEARS = 10;

export const certificatePaths = (dataDir: string) => ({
  key: join(dataDir, 'tls', 'server.key'),
  cert: join(dataDir, 'tls', 'server.crt'),
});

/** The names a laptop may use to reach this machine: its host name, localhost and every address it has. */
function altNames(host: string) {
  const ips = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces()))
    for (const address of list ?? []) ips.add(address.address.replace(/%.*$/, ''));
  return [
    ...[...new Set([host, 'localhost'])].map((value) => ({ type: 2 as const, value })),
    ...[...ips].map((ip) => ({ type: 7 as const, ip })),
  ];
}

export async function loadOrCreateCertificate(
  dataDir: string,
  host: string = hostname(),
): Promise<ServerCertificate & { created: boolean }> {
  const paths = certificatePaths(dataDir);
  let created = false;
  if (!existsSync(paths.key) || !existsSync(paths.cert)) {
    const notBeforeDate = new Date();
    const notAfterDate = new Date(notBeforeDate);
    notAfterDate.setFullYear(notAfterDate.getFullYear() + VALID_YEARS);
    const pems = await generate([{ name: 'commonName', value: host }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: altNames(host) },
      ],
    });
    mkdirSync(join(dataDir, 'tls'), { recursive: true, mode: 0o700 });
    // Written aside then renamed, key first: a crash mid-way never leaves a certificate without its key.
    writeFileSync(`${paths.key}.new`, pems.private, { mode: 0o600 });
    writeFileSync(`${paths.cert}.new`, pems.cert);
    renameSync(`${paths.key}.new`, paths.key);
    renameSync(`${paths.cert}.new`, paths.cert);
    created = true;
  }
  const key = readFileSync(paths.key, 'utf8');
  const cert = readFileSync(paths.cert, 'utf8');
  return { key, cert, fingerprint256: new X509Certificate(cert).fingerprint256, created };
}
