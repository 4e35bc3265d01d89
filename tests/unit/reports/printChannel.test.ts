import { describe, expect, it, vi } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { NOT_PRINTABLE, type PdfResult } from '@contract/channels/print';
import { NO_PDF_HOST } from '../../../main/api/handlers/print';
import { NOT_MONDAY } from '@contract/reports/schema';
import { ledger } from './ledger';

const PDF = new TextEncoder().encode('%PDF-1.7 test');

function context(printToPdf?: (route: string) => Promise<Uint8Array>, host?: ApiContext['host']): ApiContext {
  const { db } = ledger();
  return { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {}, printToPdf, host };
}

describe("'print.pdf'", () => {
  it('renders the route through the host and returns the file, named after the document', async () => {
    const host = vi.fn(() => Promise.resolve(PDF));
    const ctx = context(host);
    const company = ctx.db
      .prepare(`SELECT id FROM companies WHERE name LIKE '杭州海康%'`)
      .pluck()
      .get() as number;
    const r = await dispatch(ctx, 'print.pdf', { route: `/print/company/${company}?watermark=1` });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as { base64: string; fileName: string; bytes: number; savedPath: string | null };
    expect(value.savedPath).toBeNull();
    expect(Buffer.from(value.base64, 'base64').toString()).toBe('%PDF-1.7 test');
    expect(value.fileName).toMatch(/^客商简报-杭州海康威视数字技术股份有限公司-\d{8}\.pdf$/);
    expect(value.bytes).toBe(PDF.byteLength);
    expect(host).toHaveBeenCalledWith(`/print/company/${company}?watermark=1`);
  });

  it('in the desktop app the file goes through the save dialog; a closed dialog writes nothing', async () => {
    const host = vi.fn(() => Promise.resolve(PDF));
    const saveFile = vi.fn((name: string, _bytes: Uint8Array): Promise<string | null> =>
      Promise.resolve(`D:\\简报\\${name}`),
    );
    const files = { pickFile: vi.fn(), openFolder: vi.fn(), saveFile };
    const route = '/print/targets?year=2024';
    const saved = await dispatch(context(host, files), 'print.pdf', { route, save: true });
    expect(saved).toMatchObject({ ok: true, value: { base64: null, cancelled: false } });
    const value = (saved.ok ? saved.value : null) as PdfResult | null;
    expect(value?.savedPath).toMatch(/^D:\\简报\\2024年目标任务完成情况-\d{8}\.pdf$/);
    expect(saveFile).toHaveBeenCalledWith(value?.fileName, PDF);

    saveFile.mockResolvedValueOnce(null);
    const closed = await dispatch(context(host, files), 'print.pdf', { route, save: true });
    expect(closed).toMatchObject({ ok: true, value: { base64: null, savedPath: null, cancelled: true } });
  });

  it('refuses any other route before the host opens a page', async () => {
    const host = vi.fn(() => Promise.resolve(PDF));
    for (const route of ['/settings', 'https://example.com/', '/print/company/1?x=1', 42]) {
      const r = await dispatch(context(host), 'print.pdf', { route });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: NOT_PRINTABLE } });
    }
    expect(await dispatch(context(host), 'print.pdf', { route: '/print/trip/1', extra: 1 })).toMatchObject({
      ok: false,
    });
    expect(host).not.toHaveBeenCalled();
  });

  it('a document that cannot exist fails with its own message, and no page is drawn', async () => {
    const host = vi.fn(() => Promise.resolve(PDF));
    expect(await dispatch(context(host), 'print.pdf', { route: '/print/company/999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await dispatch(context(host), 'print.pdf', { route: '/print/weekly?from=2024-05-21' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: NOT_MONDAY },
    });
    expect(host).not.toHaveBeenCalled();
  });

  it('says so in Chinese where the host cannot draw pages', async () => {
    expect(await dispatch(context(), 'print.pdf', { route: '/print/targets?year=2024' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: NO_PDF_HOST },
    });
  });
});
