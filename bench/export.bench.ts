// Export of the 招商项目 grid (every row, default sort) through 'export.view', as the 导出 button
// does; raw is one SELECT of the same columns streamed into exceljs' streaming writer.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ApiContext } from '../main/api/context';
import { PROJECT_FROM, PROJECT_SELECT } from '../main/domain/projects/table';
import { call } from './context';
import { timeAsync, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const COLUMNS = [
  { field: 'name', header: '项目名称', kind: 'text' },
  { field: 'companyName', header: '投资方', kind: 'text' },
  { field: 'stage', header: '阶段', kind: 'stage' },
  { field: 'industry', header: '行业', kind: 'text' },
  { field: 'plannedAmount', header: '计划投资', kind: 'money' },
  { field: 'contractAmount', header: '合同投资', kind: 'money' },
  { field: 'ownerName', header: '负责人', kind: 'text' },
  { field: 'teamName', header: '小分队', kind: 'text' },
  { field: 'signedOn', header: '签约日期', kind: 'date' },
  { field: 'nextFollowUpOn', header: '下次跟进', kind: 'date' },
] as const;

async function rawExport(ctx: ApiContext): Promise<number> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const ws = wb.addWorksheet('招商项目');
  ws.addRow(COLUMNS.map((c) => c.header)).commit();
  const rows = ctx.db
    .prepare(`SELECT ${PROJECT_SELECT} FROM ${PROJECT_FROM} ORDER BY p.updated_at DESC, p.id DESC`)
    .iterate() as IterableIterator<Record<string, unknown>>;
  for (const r of rows) ws.addRow(COLUMNS.map((c) => r[c.field] as string | number | null)).commit();
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks).length;
}

export async function benchExport(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const total = ctx.db.prepare(`SELECT count(*) FROM projects`).pluck().get() as number;
  const input = { channel: 'projects.list', query: {}, columns: COLUMNS, unit: 'wan', title: '招商项目' };
  let bytes = 0;
  const ours = await timeAsync(plan, async () => {
    const file = (await call(ctx, 'export.view', input)) as { base64: string };
    bytes = Math.round((file.base64.length * 3) / 4);
  });
  let rawBytes = 0;
  const raw = await timeAsync(plan, async () => (rawBytes = await rawExport(ctx)));
  const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
  return [
    row(
      'export',
      `${total} projects to xlsx`,
      ours,
      raw,
      undefined,
      `ours ${mb(bytes)}, raw ${mb(rawBytes)}`,
    ),
  ];
}
