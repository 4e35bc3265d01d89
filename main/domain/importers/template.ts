import { TIER_LABELS } from '../exporters/cells';
import type { ExportKind } from '@contract/exporters/schema';
import { writeWorkbook, type SheetColumn } from '../exporters/sheetWriter';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { KEY_LEVEL_LABELS } from '@contract/projects/schema';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { ISSUE_CATEGORY_LABELS, ISSUE_STATUS_LABELS } from '@contract/serviceIssues/schema';
import {
  TARGET_FIELDS,
  TARGET_LABELS,
  type FieldDef,
  type FieldKind,
  type ImportTarget,
} from '@contract/importers/fields';
import type { DownloadFile } from '@contract/importers/schema';
import { EXAMPLE_MARK, exampleRow } from './templateExamples';

/** The column before the fields: ignored by the import, it marks the example row. */
export const NUMBER_HEADER = '序号';
export const GUIDE_SHEET = '填写说明';

const choices = (labels: Record<string, string>): string => `可填：${Object.values(labels).join('、')}`;

/** What a cell of each kind takes, as the import reads it. */
const KIND_RULES: Record<FieldKind, string> = {
  text: '文字',
  note: '文字，可写多行；写不下的内容都可以放在这里',
  amount: '数字，单位万元（也可写“1.2亿”“8000万”，会自动换算）',
  date: '日期，如 2025-05-21（也可写“2025年5月21日”“2025.5.21”）',
  stage: choices(STAGE_LABELS),
  phones: '手机或座机号码，多个号码用“、”隔开',
  email: '电子邮箱地址',
  creditCode: '18 位统一社会信用代码，导入时核对校验位',
  tier: choices(TIER_LABELS),
  interactionKind: choices(INTERACTION_KIND_LABELS),
  issueCategory: choices(ISSUE_CATEGORY_LABELS),
  issueStatus: choices(ISSUE_STATUS_LABELS),
  keyLevel: `${choices(KEY_LEVEL_LABELS)}；不是重点项目的不填`,
  bool: '填“是”或“否”',
  region: '省、市名称，如“江苏省徐州市”“徐州”',
  number: '数字',
};

/** What a column means where its name alone does not say it. */
const FIELD_NOTES: Partial<Record<string, string>> = {
  companyName: '系统中还没有的企业，导入时一并新建',
  companyCreditCode: '填写后按信用代码找到企业，同名企业不会混淆',
  stageSince: '进入当前阶段的日期',
  dropReason: '项目阶段为“终止”时填写',
  annualPlanAmount: '重点项目本年度计划完成的投资',
  completedAmount: '重点项目累计已完成的投资',
  landMu: '单位：亩',
  teamName: '招商分队或专班的名称；不填时取责任人所在的分队',
  ownerName: '人员名单中的姓名；名单中没有的，导入时可选择新建、对应到已有人员或不填',
  isChainLeader: '是否为所在产业链的链主企业',
  nextStepDone: '下一步工作是否已经完成',
};

const COLUMN_KIND: Partial<Record<FieldKind, ExportKind>> = {
  amount: 'money',
  date: 'date',
  number: 'number',
  phones: 'phone',
};

const fieldColumn = (field: FieldDef): SheetColumn => ({
  header: field.label,
  kind: COLUMN_KIND[field.kind] ?? 'text',
  value: (row) => row[field.key],
});

/** One line of 填写说明 per column: its name, whether it is required, what it takes, other names. */
function guideRows(target: ImportTarget): Record<string, unknown>[] {
  return TARGET_FIELDS[target].map((f) => ({
    header: f.kind === 'amount' ? `${f.label}（万元）` : f.label,
    required: f.required ? '必填' : '',
    rule: [FIELD_NOTES[f.key], KIND_RULES[f.kind]].filter(Boolean).join('。'),
    synonyms: f.synonyms.slice(1).join('、'),
  }));
}

const guideColumn = (header: string, key: string): SheetColumn => ({
  header,
  kind: 'text',
  value: (row) => row[key],
});

/**
 * 导入模板: the header the import recognises (each field's own name, amounts with 万元), one
 * example row marked 示例 in the 序号 column (skipped on import), and a second sheet explaining
 * every column. Filled in and imported, every column maps without choosing.
 */
export async function importTemplate(target: ImportTarget): Promise<DownloadFile> {
  const example = { number: EXAMPLE_MARK, ...exampleRow(target) };
  const bytes = await writeWorkbook([
    {
      name: TARGET_LABELS[target],
      columns: [
        { header: NUMBER_HEADER, kind: 'text', value: (row) => row.number },
        ...TARGET_FIELDS[target].map(fieldColumn),
      ],
      rows: [example],
    },
    {
      name: GUIDE_SHEET,
      columns: [
        guideColumn('列名', 'header'),
        guideColumn('是否必填', 'required'),
        guideColumn('填写要求', 'rule'),
        guideColumn('也可写作', 'synonyms'),
      ],
      rows: [
        ...guideRows(target),
        {
          header: NUMBER_HEADER,
          required: '',
          rule: `不导入。写“${EXAMPLE_MARK}”的行是填写示例，导入时略过，可以保留也可以删除`,
          synonyms: '',
        },
      ],
    },
  ]);
  return { fileName: `${TARGET_LABELS[target]}导入模板.xlsx`, base64: bytes.toString('base64') };
}
