import { describe, expect, it, vi } from 'vitest';
import type { ApiEvents } from '@contract/bridge';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import type { ImportResult, InspectResult, StagedFile } from '@contract/importers/schema';
import type { BackupList } from '@contract/backups/schema';
import { projectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';
import { compoundFile } from './compoundFile';

function context() {
  const db = freshDb();
  const events: ApiEvents['progress'][] = [];
  const ctx: ApiContext = {
    db,
    actor: { name: '招商服务中心' },
    databasePath: db.name,
    appVersion: 'test',
    emit: (_e, p) => void events.push(p as ApiEvents['progress']),
  };
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(ctx, channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as T;
  };
  return { db, ctx, events, call };
}

describe('import, export and backup channels', () => {
  it('upload → inspect → preview → run with progress → undo, the periodic backup after', async () => {
    const { db, events, call } = context();
    const base64 = (await projectLedger()).toString('base64');
    const staged = await call<StagedFile>('import.upload', { name: '2024年项目台账.xlsx', base64 });
    expect(staged.sheetNames).toEqual(['2024年项目台账']);
    const inspected = await call<InspectResult>('import.inspect', {
      fileId: staged.fileId,
      sheet: 0,
      target: 'projects',
    });
    expect(inspected.headerRow).toBe(2);
    const spec = {
      fileId: staged.fileId,
      sheet: 0,
      target: 'projects',
      headerRow: inspected.headerRow,
      mapping: inspected.suggestions.map(({ confidence: _c, ...m }) => m),
      onError: 'skip',
    };
    const result = await call<ImportResult>('import.run', spec);
    expect(result.counts.create).toBe(8);
    // No backup yet: the periodic one follows the import, after it, in the job thread.
    expect(result.backupFollows).toBe(true);
    expect(events.filter((e) => e.task === 'import').at(-1)).toEqual({
      task: 'import',
      done: 13,
      total: 13,
      label: '正在导入招商项目',
    });
    await vi.waitFor(async () => {
      const backups = await call<BackupList>('backups.list', {});
      expect(backups.backups.map((b) => b.reason)).toEqual(['auto']);
      expect(backups.canOpenFolder).toBe(false);
    });

    const report = await call<{ fileName: string; base64: string }>('import.errorReport', spec);
    expect(report.fileName).toBe('2024年项目台账-未导入的行.xlsx');
    expect(openSpreadsheet(report.fileName, Buffer.from(report.base64, 'base64')).sheet(0).rows).toHaveLength(
      3,
    );

    await call('import.undo', { batchId: result.batchId });
    expect(db.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(0);
    await expect(call('import.undo', { batchId: result.batchId })).rejects.toThrow('已经撤销过了');
  });

  it('refuses paths, bad base64 and unknown files; the browser cannot open a dialog', async () => {
    const { call } = context();
    await expect(call('import.upload', { name: 'a.xlsx', base64: '不是base64' })).rejects.toThrow(
      '文件内容格式无效',
    );
    await expect(
      call('import.inspect', { fileId: '00000000-0000-4000-8000-000000000000', target: 'projects' }),
    ).rejects.toThrow('请重新选择文件');
    await expect(call('import.pick', {})).rejects.toThrow('网页预览');
    await expect(call('backups.restore', { name: '../../etc/passwd' })).rejects.toThrow('备份文件名无效');
    await expect(
      call('export.view', { channel: 'companies.create', columns: [{ field: 'name', header: '企业名称' }] }),
    ).rejects.toThrow('不能导出');
  });

  it('answers a password-protected workbook at upload with its own message', async () => {
    const { call } = context();
    const base64 = Buffer.from(compoundFile(['EncryptionInfo', 'EncryptedPackage'])).toString('base64');
    await expect(call('import.upload', { name: '2024年项目台账.xlsx', base64 })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '文件已加密，请在 Excel 中取消密码后再导入',
    });
  });

  it('exports the grid view as filtered, with phones as text, formulas defused and money labelled', async () => {
    const { call } = context();
    await call('companies.create', {
      name: '=HYPERLINK("http://x")',
      registeredCapital: 123_456_789,
      industry: '安防',
    });
    await call('companies.create', {
      name: '比亚迪股份有限公司',
      registeredCapital: 100_000_000,
      industry: '汽车',
    });
    const file = await call<{ fileName: string; base64: string }>('export.view', {
      channel: 'companies.list',
      query: { filters: { industry: { type: 'text', op: 'equals', value: '安防' } } },
      columns: [
        { field: 'name', header: '企业名称' },
        { field: 'registeredCapital', header: '注册资本', kind: 'money' },
      ],
      title: '客商企业',
    });
    expect(file.fileName).toMatch(/^客商企业-\d{8}\.xlsx$/);
    const rows = openSpreadsheet(file.fileName, Buffer.from(file.base64, 'base64')).sheet(0).rows;
    expect(rows).toEqual([
      ['企业名称', '注册资本（万元）'],
      ['\'=HYPERLINK("http://x")', 12345.6789],
    ]);
  });

  it('restore over the channel keeps the search index in step with the restored records', async () => {
    const { call } = context();
    type Found = { groups: { hits: { title: string }[] }[] };
    const titles = (r: Found) => r.groups.flatMap((g) => g.hits.map((h) => h.title));
    await call('companies.create', { name: '恢复前的海康威视有限公司' });
    expect(titles(await call<Found>('search.global', { q: '海康' }))).toEqual(['恢复前的海康威视有限公司']);
    const backup = await call<{ name: string }>('backups.create', {});
    await call('companies.create', { name: '之后新建的海康精密有限公司' });
    expect(titles(await call<Found>('search.global', { q: '海康' }))).toHaveLength(2);
    await call('backups.restore', { name: backup.name });
    expect(titles(await call<Found>('search.global', { q: '海康' }))).toEqual(['恢复前的海康威视有限公司']);
    expect(titles(await call<Found>('search.global', { q: 'hkws' }))).toEqual(['恢复前的海康威视有限公司']);
  });
});
