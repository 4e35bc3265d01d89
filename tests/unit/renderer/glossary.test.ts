/**
 * One name per field: every form label, grid header, printed table header, export column and
 * 操作记录 label of a glossary field reads exactly the glossary's name, and the names the
 * glossary retired (卡点问题, 签约时间, 责任团队 …) appear in no string of the app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { TARGET_FIELDS, type ImportTarget } from '@contract/importers/fields';
import { FIELD_NAMES, RETIRED_NAMES, type GlossaryRecord } from '@contract/shared/glossary';
import { resources } from '../../../renderer/src/i18n/resources';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
const t = i18n.t.bind(i18n);
const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The grids' column builders, loaded by path: they are renderer code (JSX, DOM types). */
type Columns = (tr: typeof t, unit: 'wan') => { field?: string; headerName?: string }[];
const columnsOf = async (file: string, name: string): Promise<Columns> =>
  (
    (await import(/* @vite-ignore */ join(ROOT, 'renderer', 'src', 'pages', file))) as Record<string, Columns>
  )[name]!;
const GRIDS: [string, GlossaryRecord, Columns][] = [
  ['招商项目 grid', 'project', await columnsOf('projects/columns.tsx', 'projectColumns')],
  ['来访接待 grid', 'reception', await columnsOf('receptions/columns.ts', 'receptionColumns')],
  ['企业诉求 grid', 'serviceIssue', await columnsOf('serviceIssues/columns.tsx', 'issueColumns')],
];

const names = FIELD_NAMES as Record<GlossaryRecord, Record<string, string>>;
/** The glossary field a key stands for: ownerName shows ownerId, as the grids do. */
const fieldOf = (record: GlossaryRecord, key: string): string | undefined =>
  [key, key.replace(/Name$/, 'Id')].find((k) => names[record][k] !== undefined);

/** A label source: a string table, the record it labels, and keys that name a field otherwise. */
type Source = [path: string, record: GlossaryRecord, rename?: Record<string, string>];
const STRING_TABLES: Source[] = [
  // Forms, the detail drawer and 操作记录 (which reads the areas' fields first).
  ['projects.detail.fields', 'project'],
  ['projects.detail.stageChange', 'project'],
  ['projects.detail.interaction', 'interaction'],
  ['projects.kanban', 'project', { owner: 'ownerId', team: 'teamId' }],
  ['interactions.fields', 'interaction'],
  ['serviceIssues.fields', 'serviceIssue'],
  ['receptions.fields', 'reception'],
  ['trips.fields', 'trip'],
  ['history.fields', 'reception', { hostId: 'hostId' }],
  ['history.fields', 'trip', { leaderId: 'leaderId' }],
  // Printed tables.
  [
    'print.company.project',
    'project',
    {
      planned: 'plannedAmount',
      contract: 'contractAmount',
      arrived: 'arrivedAmount',
      owner: 'ownerId',
      followUp: 'nextFollowUpOn',
    },
  ],
  ['print.company.interaction', 'interaction', { sticking: 'stickingPoints', promises: 'promises' }],
  ['print.company.issue', 'serviceIssue', { reported: 'reportedOn', owner: 'ownerId', due: 'dueOn' }],
  [
    'print.weekly.cols',
    'project',
    {
      owner: 'ownerId',
      signedOn: 'signedOn',
      startedOn: 'startedOn',
      followUp: 'nextFollowUpOn',
      followUpNote: 'nextFollowUpNote',
    },
  ],
  ['print.weekly.cols', 'trip', { leader: 'leaderId' }],
  ['print.weekly.cols', 'reception', { host: 'hostId' }],
  ['print.weekly.cols', 'serviceIssue', { issueOwner: 'ownerId' }],
  ['print.trip', 'trip', { leader: 'leaderId' }],
];
const IMPORT_RECORD: Partial<Record<ImportTarget, GlossaryRecord>> = {
  projects: 'project',
  interactions: 'interaction',
  serviceIssues: 'serviceIssue',
};

interface Shown {
  where: string;
  record: GlossaryRecord;
  field: string;
  label: string;
}

function fromTables(): Shown[] {
  const zh = resources['zh-CN'].translation;
  return STRING_TABLES.flatMap(([path, record, rename]) => {
    const table = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh);
    expect(table, path).toBeTypeOf('object');
    return Object.entries(table as Record<string, unknown>).flatMap(([key, label]) => {
      const field = rename ? rename[key] : fieldOf(record, key);
      return field && typeof label === 'string' ? [{ where: `${path}.${key}`, record, field, label }] : [];
    });
  });
}

/** Grid headers as the grids build them (and the grid's Excel export writes them). */
function fromGrids(): Shown[] {
  return GRIDS.flatMap(([where, record, columns]) =>
    columns(t, 'wan').flatMap((c) => {
      const field = c.field && fieldOf(record, c.field);
      // A money header carries its unit: 合同投资额（万元）.
      const label = c.headerName?.replace(/（[^）]*）$/, '');
      return field && label ? [{ where: `${where} ${c.field}`, record, field, label }] : [];
    }),
  );
}

/** Import and whole-ledger export columns (one set of names, see exporters/workbook.ts). */
function fromImportExport(): Shown[] {
  return Object.entries(IMPORT_RECORD).flatMap(([target, record]) =>
    TARGET_FIELDS[target as ImportTarget].flatMap((f) => {
      // 企业名称 on every sheet is the company's own name, the key a row finds its company by.
      const field = f.key === 'companyName' ? undefined : fieldOf(record, f.key);
      return field ? [{ where: `导入导出 ${target}.${f.key}`, record, field, label: f.label }] : [];
    }),
  );
}

describe('one name per field', () => {
  const shown = [...fromTables(), ...fromGrids(), ...fromImportExport()];

  it('every place a glossary field is shown reads the glossary name', () => {
    const wrong = shown
      .filter((s) => s.label !== names[s.record][s.field])
      .map((s) => `${s.where}: ${s.label}`);
    expect(wrong).toEqual([]);
  });

  it('each field goes by one name across forms, grids, prints and exports', () => {
    const byField = new Map<string, Set<string>>();
    for (const s of shown) {
      const key = `${s.record}.${s.field}`;
      byField.set(key, (byField.get(key) ?? new Set()).add(s.label));
    }
    const many = [...byField]
      .filter(([, labels]) => labels.size > 1)
      .map(([k, l]) => `${k}: ${[...l].join(' / ')}`);
    expect(many).toEqual([]);
    // The walk reaches the fields that had several names.
    for (const key of ['project.ownerId', 'project.signedOn', 'project.teamId', 'interaction.stickingPoints'])
      expect(byField.get(key)?.size, key).toBe(1);
    expect(shown.filter((s) => s.field === 'stickingPoints').length).toBeGreaterThanOrEqual(4);
    for (const [where] of GRIDS)
      expect(shown.filter((s) => s.where.startsWith(where)).length, where).toBeGreaterThan(0);
  });

  it('a retired name is left only to the importer, as a header word it still reads', () => {
    const current = new Set(Object.values(names).flatMap((r) => Object.values(r)));
    // 责任人 stays the name of an issue's 责任人, so only names no field goes by are searched for.
    const retired = Object.values(RETIRED_NAMES)
      .flatMap((r) => Object.values(r).flat())
      .filter((n) => !current.has(n));
    expect(retired).toEqual(
      expect.arrayContaining(['卡点问题', '难点问题', '签约时间', '责任团队', '接待负责人']),
    );
    const asLabel = new RegExp(`(['"\`])(${retired.join('|')})\\1|(${retired.join('|')})[：:]`);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
      });
    const hits = [
      ...files(join(ROOT, 'contract')),
      ...files(join(ROOT, 'main')),
      ...files(join(ROOT, 'renderer', 'src')),
    ]
      .filter((p) => !p.endsWith(join('shared', 'glossary.ts')))
      .flatMap((p) =>
        readFileSync(p, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, p)}:${i + 1}` }))
          .filter(
            ({ line }) => asLabel.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*'),
          )
          .map(({ at, line }) => `${at} ${line.trim()}`),
      );
    expect(hits).toEqual([]);
    // The importer still understands them.
    const signed = TARGET_FIELDS.projects.find((f) => f.key === 'signedOn');
    expect(signed?.synonyms).toContain('签约时间');
  });
});
