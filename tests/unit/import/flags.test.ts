import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import type { Grid } from '../../../main/domain/importers/files/grid';
import { datesYear } from '../../../main/domain/importers/header/year';
import { importSpec, type OwnerChoice, type PreviewResult } from '@contract/importers/schema';
import { createStaff, createTeam } from '../../../main/domain/people';
import { setClock } from '@contract/shared/clock';
import {
  BAD_CODE,
  flaggedProjectLedger,
  FLAGGED_ROWS as ROW,
  KNOWN_OWNER,
  KNOWN_TEAM,
  NEW_OWNER,
  TITLE,
} from '../../fixtures/flaggedLedger';
import { freshDb } from '../testDb';
import { all, preview, proposal, proposedSpec, run } from './helpers';
import { rowCount } from '../testDb';

// The ledger's 2030 date is in the future and its 2021 dates are past, whatever day the suite runs.
beforeAll(() => setClock('2026-06-30T10:00:00+08:00'));
afterAll(() => setClock(null));

const proposedSpecBase = {
  fileId: '00000000-0000-4000-8000-000000000000',
  sheet: 0,
  target: 'projects',
  headerRow: 0,
  mapping: [],
};

/** A database with the one person of the ledger who is on the staff list, in a team. */
function office(): { db: Db; teamId: number; ownerId: number } {
  const db = freshDb();
  const actor = { name: '招商服务中心' };
  const team = createTeam(db, actor, { name: KNOWN_TEAM, kind: 'squad' });
  const owner = createStaff(db, actor, { name: KNOWN_OWNER, teamId: team.id, role: 'member' });
  return { db, teamId: team.id, ownerId: owner.id };
}

const ledger = async (owners: OwnerChoice[] = []) =>
  proposal(await flaggedProjectLedger(), 'projects', { owners });

/** What the preview says about one sheet row, message by message. */
const said = (result: PreviewResult, row: number): string[] =>
  result.rows.find((r) => r.row === row)?.problems.map((p) => p.message) ?? [];

const project = (db: Db, name: string) =>
  all(
    db,
    `SELECT p.id, p.stage, p.stage_since AS since, p.signed_on AS signed, p.team_id AS teamId,
            p.owner_id AS ownerId, p.notes FROM projects p WHERE p.name = '${name}'`,
  )[0] as {
    id: number;
    stage: string;
    since: string;
    signed: string;
    teamId: number;
    ownerId: number;
    notes: string;
  };

describe('a credit code failing its check character (issue 13.6)', () => {
  it('is flagged with its row, column and reason, and kept word for word in the company notes', async () => {
    const { db } = office();
    const p = await ledger();
    const shown = await preview(db, p);
    expect(said(shown, ROW.badCode)).toEqual([
      `统一社会信用代码：D列“${BAD_CODE}”校验位不符，未作为信用代码导入，原文记入企业备注`,
    ]);
    const result = await run(db, p);
    expect(all(db, `SELECT credit_code AS code, notes FROM companies WHERE name LIKE '宁德时代%'`)).toEqual([
      { code: null, notes: `原表统一社会信用代码：${BAD_CODE}（校验位不符）` },
    ]);
    // The report of the import lists what the preview flagged, row by row.
    expect(result.flags.filter((f) => f.row === ROW.badCode)).toEqual(
      shown.flags.filter((f) => f.row === ROW.badCode),
    );
  });

  it('in a company ledger the row imports with the code in its notes instead of failing', async () => {
    const db = freshDb();
    const grid: Grid = {
      rows: [
        ['企业名称', '统一社会信用代码'],
        ['某某光电有限公司', BAD_CODE],
      ],
      merges: [],
    };
    const result = await run(db, { grid, spec: proposedSpec(grid, 'companies') });
    expect(result.counts).toMatchObject({ create: 1, error: 0 });
    expect(result.flags.map((f) => [f.row, f.message])).toEqual([
      [2, `统一社会信用代码：B列“${BAD_CODE}”校验位不符，未作为信用代码导入，原文记入企业备注`],
    ]);
    expect(all(db, `SELECT credit_code AS code, notes FROM companies`)).toEqual([
      { code: null, notes: `原表统一社会信用代码：${BAD_CODE}（校验位不符）` },
    ]);
  });
});

describe('dates without a year (issue 13.7)', () => {
  it('take the year of the title, and the preview says which rows got it and from where', async () => {
    const { db } = office();
    const p = await ledger();
    const shown = await preview(db, p);
    expect(shown.assumedYear).toEqual({
      year: 2021,
      source: `表头“${TITLE.slice(0, 24)}”`,
      rows: [ROW.yearless, ROW.newOwner],
    });
    expect(said(shown, ROW.yearless)).toEqual([
      `签约日期：“5月21日”未写年份，按 2021 年导入（年份取自表头“${TITLE.slice(0, 24)}”）`,
    ]);
    expect(shown.rows.find((r) => r.row === ROW.yearless)?.problems[0]?.level).toBe('warning');
    await run(db, p);
    expect(project(db, '汽车线束项目').signed).toBe('2021-05-21');
  });

  it('come from the sheet name, then the file name, then the setting; a year chosen in the wizard wins', () => {
    const grid: Grid = {
      rows: [
        ['项目名称', '签约时间'],
        ['甲项目', '5月21日'],
      ],
      merges: [],
    };
    const setting = 2026;
    expect(datesYear(grid, 0, { fileName: '台账.xlsx', sheetName: '2022年签约项目', setting })).toEqual({
      year: 2022,
      source: '工作表名“2022年签约项目”',
    });
    expect(datesYear(grid, 0, { fileName: '招商台账2023.xlsx', sheetName: 'Sheet1', setting })).toEqual({
      year: 2023,
      source: '文件名“招商台账2023.xlsx”',
    });
    expect(datesYear(grid, 0, { fileName: '台账.xlsx', sheetName: 'Sheet1', setting })).toEqual({
      year: setting,
      source: '导入设置',
    });
    expect(
      datesYear(grid, 0, { fileName: '2023台账.xlsx', sheetName: 'Sheet1', setting, chosen: 2020 }).year,
    ).toBe(2020);
  });
});

describe('implausible values (issue 13.8)', () => {
  it('are warned on their rows and imported as written', async () => {
    const { db } = office();
    const shown = await preview(db, await ledger());
    expect(said(shown, ROW.huge)).toEqual([
      '计划投资：1,500 亿元，超过单个项目 1,000 亿元，请核对金额和单位',
    ]);
    expect(said(shown, ROW.contractOverPlan)).toEqual([
      '合同投资额：5 亿元，是计划投资（1 亿元）的 5.0 倍，请核对',
    ]);
    expect(said(shown, ROW.futureEvent)).toEqual([
      '注册日期：2030-03-01 晚于今天（2026-06-30），已发生的事项日期不应在将来，请核对',
    ]);
    expect(said(shown, ROW.stageBehind)).toContain(
      '项目阶段：写的是“洽谈”，但本行已填开工日期（2021-07-01），请核对',
    );
    expect(said(shown, ROW.signedUndated)).toEqual([
      '项目阶段为“签约”，签约日期未填，阶段开始日期按导入当天记录',
    ]);
    expect(said(shown, ROW.errorCell)).toEqual(['计划投资（E 列）：单元格为错误值 #DIV/0!，未导入']);
    expect(shown.counts).toMatchObject({ create: 11, error: 0 });
  });
});

describe('imported rows are complete (issue 13.9)', () => {
  it("a project's team comes from its owner when the ledger has no 责任单位", async () => {
    const { db, teamId, ownerId } = office();
    await run(db, await ledger());
    expect(project(db, '精密轴承项目')).toMatchObject({ ownerId, teamId });
  });

  it('the stage history carries the milestone dates of the row, not the day of the import', async () => {
    const { db } = office();
    await run(db, await ledger());
    const { id } = project(db, '电子元器件项目');
    expect(
      all(
        db,
        `SELECT from_stage AS "from", to_stage AS "to", changed_on AS "on" FROM project_stage_history
          WHERE project_id = ${id} ORDER BY id`,
      ),
    ).toEqual([
      { from: null, to: 'signed', on: '2021-01-10' },
      { from: 'signed', to: 'registered', on: '2021-02-20' },
      { from: 'registered', to: 'started', on: '2021-03-30' },
    ]);
  });

  it('an owner nobody on the staff list has is shown as 新建人员？ and handled as chosen', async () => {
    const { db } = office();
    const shown = await preview(db, await ledger());
    expect(shown.newOwners).toEqual([{ name: NEW_OWNER, rows: [ROW.newOwner], choice: 'create' }]);
    expect(said(shown, ROW.newOwner)).toContain(
      `负责人：“${NEW_OWNER}”不在人员名单中，新建人员？导入时将新增此人`,
    );

    const left = await run(db, await ledger([{ name: NEW_OWNER, choice: 'none' }]));
    expect(left.related.staff).toBe(0);
    expect(project(db, '食品加工项目')).toMatchObject({ ownerId: null, notes: `负责人：${NEW_OWNER}` });
    expect(rowCount(db, 'staff')).toBe(1);

    const fresh = office();
    await run(fresh.db, await ledger([{ name: NEW_OWNER, choice: 'map', staffId: fresh.ownerId }]));
    expect(project(fresh.db, '食品加工项目')).toMatchObject({ ownerId: fresh.ownerId, teamId: fresh.teamId });
    expect(rowCount(fresh.db, 'staff')).toBe(1);
  });

  it('a choice that names no one is refused before anything is read', async () => {
    const { db } = office();
    await expect(
      preview(db, await ledger([{ name: NEW_OWNER, choice: 'map', staffId: 999 }])),
    ).rejects.toThrow(`为“${NEW_OWNER}”选择的人员不存在或已被删除，请重新选择`);
    expect(() =>
      importSpec.parse({ ...proposedSpecBase, owners: [{ name: NEW_OWNER, choice: 'map' }] }),
    ).toThrow('请选择对应的已有人员');
  });

  it('stage words that are not the app names are shown with the stage they were read as', async () => {
    const { db } = office();
    const shown = await preview(db, await ledger());
    expect(said(shown, ROW.fuzzyStage)).toEqual(['项目阶段：“谈判中”按“洽谈”导入']);
    expect(shown.flags.find((f) => f.row === ROW.fuzzyStage)?.level).toBe('info');
  });
});
