import type { Db } from '../../../main/db/open';
import type { Rng } from '../../../main/domain/demo/random';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { runImport } from '../../../main/domain/importers/run';
import type { Actor } from '../../../main/domain/shared/actor';
import { undoBatch } from '../../../main/domain/undo/undo';
import { proposedSpec } from '../import/helpers';
import type { Device } from './devices';

const NEW_NAMES = ['华友钴业', '恩捷股份', '璞泰来', '中伟股份', '星源材质'];
const STAGES = ['洽谈', '签约', '在谈', '已开工', '考察'];

const names = (db: Db): string[] =>
  db.prepare(`SELECT name FROM companies ORDER BY id`).pluck().all() as string[];

/** A name for a row: about half of them a company the ledger already holds. */
function companyName(rng: Rng, existing: readonly string[], step: number): string {
  if (existing.length && rng.chance(0.5)) return existing[rng.int(0, existing.length - 1)]!;
  return `${NEW_NAMES[rng.int(0, NEW_NAMES.length - 1)]}${step % 3 ? '新材料有限公司' : '科技股份有限公司'}`;
}

/** 客商名单 as an office saves it from Excel: a few companies, some already in the ledger. */
function companyCsv(rng: Rng, existing: readonly string[], step: number): string {
  const rows = Array.from({ length: rng.int(2, 5) }, (_, i) =>
    [
      companyName(rng, existing, step + i),
      ['新能源', '新材料', '装备制造'][rng.int(0, 2)],
      `导入备注${step}`,
    ].join(','),
  );
  return ['企业名称,所属行业,备注', ...rows].join('\r\n');
}

/** 招商项目台账: projects with their 投资方 (existing or new), amount, stage and team. */
function projectCsv(rng: Rng, existing: readonly string[], step: number): string {
  const rows = Array.from({ length: rng.int(2, 5) }, (_, i) =>
    [
      `导入项目${step}-${i}`,
      companyName(rng, existing, step + i),
      rng.int(1, 40),
      STAGES[rng.int(0, STAGES.length - 1)],
      // A team the ledger may not have yet: the import creates it (and 撤销导入 deletes it again).
      ['招商一分队', '招商二分队', '新材料产业链专班'][rng.int(0, 2)],
    ].join(','),
  );
  return ['项目名称,投资方,总投资（亿元）,项目进展,责任单位', ...rows].join('\r\n');
}

/**
 * 导入 through the app's import (a CSV read, its columns matched as the wizard proposes, every row
 * in one transaction on a connection of its own), or 撤销导入 of this laptop's latest import.
 */
export async function importOrUndo(
  rng: Rng,
  d: Device,
  step: number,
  who: Actor,
): Promise<'imported' | 'undone' | null> {
  if (rng.chance(0.3)) {
    const batch = d.db
      .prepare(
        `SELECT id FROM audit_batches WHERE kind = 'import' AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
      )
      .pluck()
      .get() as number | undefined;
    if (!batch) return null;
    undoBatch(d.db, who, batch);
    return 'undone';
  }
  const target = rng.chance(0.5) ? 'companies' : 'projects';
  const existing = names(d.db);
  const csv = target === 'companies' ? companyCsv(rng, existing, step) : projectCsv(rng, existing, step);
  const grid = openSpreadsheet('台账.csv', new TextEncoder().encode(csv)).sheet(0);
  const written = await runImport({
    dbPath: d.db.name,
    grid,
    spec: proposedSpec(grid, target, {
      onDuplicate: rng.chance(0.5) ? 'update' : 'skip',
      onError: 'skip',
    }),
    actor: who,
    fileName: '台账.csv',
    sheetName: '台账',
    settingYear: 2026,
  });
  return written.batchId === null ? null : 'imported';
}
