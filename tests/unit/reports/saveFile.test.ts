import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// 导出 PDF in the desktop app: the save dialog of main/files.ts, with Electron's dialog stood in.
const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openPath: vi.fn() },
}));
vi.mock('electron', () => electron);
const { electronHost } = await import('../../../main/files');

describe('saving a PDF through the save dialog', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7 saved');

  it('offers the suggested name as a PDF and writes the file where the person chose', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'la-save-')), '客商简报.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const path = await electronHost(() => null).saveFile?.('客商简报-海康威视-20261122.pdf', bytes);
    expect(path).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 saved');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '客商简报-海康威视-20261122.pdf',
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      }),
    );
  });

  it('writes nothing when the dialog is closed', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'la-save-')), 'never.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: target });
    expect(await electronHost(() => null).saveFile?.('x.pdf', bytes)).toBeNull();
    expect(existsSync(target)).toBe(false);
  });
});
