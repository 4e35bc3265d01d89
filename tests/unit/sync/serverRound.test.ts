import { describe, expect, it } from 'vitest';
import { PAGE_CHANGES } from '@contract/sync/serverProtocol';
import type { SyncChange } from '../../../main/sync/change';
import { formatHlc } from '../../../main/sync/hlc';
import { pushPages } from '../../../main/sync/serverRound';

const change = (ms: number, gid: string): SyncChange => ({
  hlc: formatHlc(ms, 0),
  device: 'a000000000000000',
  tbl: 'companies',
  gid,
  op: 'put',
  fields: { name: gid },
  actor: '测试',
});

describe('the pages a laptop pushes to the office server', () => {
  it('hold at most a page each and keep every change in order, once', () => {
    const all = Array.from({ length: PAGE_CHANGES * 2 + 7 }, (_, i) => change(i + 1, `g${i}`));
    const pages = pushPages(all);
    expect(pages.map((p) => p.length)).toEqual([PAGE_CHANGES, PAGE_CHANGES, 7]);
    expect(pages.flat()).toEqual(all);
  });

  it('never cut between changes of one clock and device (one transaction travels whole)', () => {
    const all = Array.from({ length: PAGE_CHANGES + 10 }, (_, i) => change(i + 1, `g${i}`));
    // Five changes stamped alike straddle the page boundary.
    for (let i = PAGE_CHANGES - 2; i < PAGE_CHANGES + 3; i++) all[i] = change(PAGE_CHANGES - 1, `same${i}`);
    const pages = pushPages(all);
    expect(pages[0]!.length).toBe(PAGE_CHANGES + 3);
    expect(pages.flat()).toEqual(all);
  });
});
