import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { KEY_LEVEL_LABELS, type ProjectRow } from '@contract/projects/schema';
import { PROJECT_STAGES, STAGE_LABELS } from '@contract/projects/pipelineStages';
import { formatDateTimeZh } from '../../format/date';
import type { MoneyUnit } from '../../format/money';
import { dateCol, moneyCol, numberCol, setCol, textCol } from '../../grid/columns';
import { StageCell } from '../../grid/stageCell';
import type { I18nKeyUnder } from '../../i18n/keys';

export const PROJECT_MONEY_FIELDS = ['plannedAmount', 'contractAmount', 'arrivedAmount'] as const;

export function projectColumns(t: TFunction, unit: MoneyUnit): ColDef<ProjectRow>[] {
  const f = (k: I18nKeyUnder<'projectsGrid.fields'>) => t(`projectsGrid.fields.${k}`);
  const unitLabel = t(`money.${unit}`);
  const editable = { editable: true };
  return [
    textCol('name', f('name'), 240, { pinned: 'left', lockVisible: true, ...editable }),
    textCol('companyName', f('companyName'), 220),
    setCol(
      'stage',
      f('stage'),
      PROJECT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
      90,
      { cellRenderer: StageCell },
    ),
    numberCol('daysInStage', f('daysInStage'), 112),
    moneyCol('plannedAmount', f('plannedAmount'), unit, unitLabel, editable),
    // 合同投资额（万元）: the glossary's name, a little longer than the other amounts'.
    moneyCol('contractAmount', f('contractAmount'), unit, unitLabel, { ...editable, width: 168 }),
    moneyCol('arrivedAmount', f('arrivedAmount'), unit, unitLabel),
    textCol('industry', f('industry'), 110, editable),
    textCol('chain', f('chain'), 110, editable),
    setCol(
      'keyLevel',
      f('keyLevel'),
      Object.entries(KEY_LEVEL_LABELS).map(([value, label]) => ({ value, label })),
      90,
    ),
    textCol('ownerName', f('ownerName'), 90),
    textCol('teamName', f('teamName'), 120),
    textCol('sourceChannel', f('sourceChannel'), 110, { hide: true }),
    textCol('site', f('site'), 120, { hide: true, ...editable }),
    dateCol('signedOn', f('signedOn')),
    dateCol('startedOn', f('startedOn'), 134, { hide: true }),
    dateCol('producedOn', f('producedOn'), 134, { hide: true }),
    dateCol('nextFollowUpOn', f('nextFollowUpOn'), 134, {
      editable: true,
      cellEditor: 'agDateStringCellEditor',
    }),
    {
      field: 'updatedAt',
      colId: 'updatedAt',
      headerName: f('updatedAt'),
      width: 160,
      filter: false,
      valueFormatter: (p) => formatDateTimeZh(p.value as string),
    },
  ];
}
