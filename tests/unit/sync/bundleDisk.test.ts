import { mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../../main/sync/bundleFile';
import { SYNC_BUNDLE_LIMITS } from '../../../main/sync/bundleChanges';
import { loadBundleFile, saveBundleFile } from '../../../main/sync/bundleDisk';
import { domainError } from '../testDb';
import { newDevice, readerOptions, sampleChanges, SCHEMA, scratchDir } from './bundleFixtures';

const usb = scratchDir('la-usb-');

const laptopA = newDevice();
const laptopB = newDevice();
const draft = { schemaVersion: SCHEMA, deviceName: '招商二组笔记本', seen: {} };

describe('a 同步包 on a USB stick', () => {
  it('is saved whole, replacing an older one of the same name, and read back', () => {
    const path = join(usb, '招商二组-同步包.lasync');
    writeFileSync(path, '上一次导出的同步包');
    const changes = sampleChanges(200, [laptopA]);
    saveBundleFile(path, writeBundle(draft, changes, [], laptopA));
    expect(readdirSync(usb)).toEqual(['招商二组-同步包.lasync']);
    expect(readBundle(loadBundleFile(path), readerOptions(laptopB, [laptopA])).changes).toEqual(changes);
  });

  it('is refused, before a byte is loaded, when larger than any bundle can be', () => {
    const path = join(usb, 'huge.lasync');
    writeFileSync(path, '');
    truncateSync(path, SYNC_BUNDLE_LIMITS.maxBundleBytes + 1); // sparse: takes no room on disk
    const e = domainError(() => loadBundleFile(path));
    expect([e.code, e.message]).toEqual(['TOO_LARGE', expect.stringContaining('超过同步包 2 GB 的上限')]);
  });

  it('is said to be missing when the stick was pulled out', () => {
    const e = domainError(() => loadBundleFile(join(usb, 'gone', 'x.lasync')));
    expect([e.code, e.message]).toEqual(['NOT_FOUND', expect.stringContaining('找不到同步包文件')]);
  });

  it('is never a folder or a link to a file elsewhere', () => {
    const folder = join(usb, 'folder.lasync');
    mkdirSync(folder);
    const link = join(usb, 'link.lasync');
    const target = join(usb, 'target.lasync');
    saveBundleFile(target, writeBundle(draft, [], [], laptopA));
    symlinkSync(target, link);
    expect(domainError(() => loadBundleFile(folder)).code).toBe('SYNC_NOT_BUNDLE');
    expect(domainError(() => loadBundleFile(link)).code).toBe('SYNC_NOT_BUNDLE');
  });
});
