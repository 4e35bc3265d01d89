// Pure: one name per field. Forms, grid headers, printed tables, export columns, import
// headers and the 操作记录 wording all take a field's name from here, so a field is never
// 症结问题 on one screen and 卡点问题 on the next. Names are the offices' own words (the seeds).

/**
 * The fields that are shown in more than one place, by record kind. Keys are the record's
 * field names; a list row's `…Name` column (ownerName) shows the same field as its id (ownerId).
 *
 * Two people fields stay apart on purpose: a project's 负责人 is the promotion officer who
 * carries it from lead to production ("相关部门负责人"); an issue's 责任人 is whoever is
 * answerable for settling that one problem by its deadline ("任务书、责任人、时间表"), often
 * from another department. 带队领导 leads a trip, 接待领导 hosts a delegation.
 */
export const FIELD_NAMES = {
  project: {
    companyId: '投资企业',
    ownerId: '负责人',
    teamId: '小分队',
    plannedAmount: '计划投资',
    contractAmount: '合同投资额',
    arrivedAmount: '实到投资',
    firstContactOn: '首次接洽日期',
    signedOn: '签约日期',
    registeredOn: '注册日期',
    startedOn: '开工日期',
    producedOn: '投产日期',
    fullOn: '达产日期',
    nextFollowUpOn: '下次跟进日期',
    nextFollowUpNote: '跟进事项',
  },
  interaction: {
    stickingPoints: '症结问题',
    promises: '我方承诺',
    nextStep: '下一步工作',
    nextStepOn: '下一步日期',
  },
  serviceIssue: {
    ownerId: '责任人',
    reportedOn: '反映日期',
    dueOn: '办结时限',
  },
  reception: {
    hostId: '接待领导',
  },
  trip: {
    leaderId: '带队领导',
  },
} as const;

export type GlossaryRecord = keyof typeof FIELD_NAMES;

/**
 * Names that used to stand for a glossary field and must not come back on any screen, print or
 * export. Spreadsheets still use them, so the importer reads them as header words (and only there).
 */
export const RETIRED_NAMES = {
  project: {
    ownerId: ['责任人', '项目负责人'],
    teamId: ['责任单位', '责任团队'],
    signedOn: ['签约时间'],
    registeredOn: ['注册时间'],
    startedOn: ['开工时间'],
    producedOn: ['投产时间'],
    fullOn: ['达产时间'],
  },
  interaction: { stickingPoints: ['卡点问题', '难点问题'] },
  reception: { hostId: ['接待负责人'] },
} as const satisfies { [R in GlossaryRecord]?: { [F in keyof (typeof FIELD_NAMES)[R]]?: readonly string[] } };

/** The retired names of one field, for the importer's header words. */
export const retiredNames = (record: GlossaryRecord, field: string): string[] => [
  ...(((RETIRED_NAMES as Record<string, Record<string, readonly string[]>>)[record]?.[field] ??
    []) as string[]),
];
