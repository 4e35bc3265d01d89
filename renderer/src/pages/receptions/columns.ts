import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ReceptionRow } from '@contract/receptions/schema';
import { dateCol, numberCol, textCol } from '../../grid/columns';
import type { I18nKeyUnder } from '../../i18n/keys';

export function receptionColumns(t: TFunction): ColDef<ReceptionRow>[] {
  const f = (k: I18nKeyUnder<'receptions.fields'>) => t(`receptions.fields.${k}`);
  return [
    dateCol('startsOn', f('startsOn'), 130, { pinned: 'left' }),
    dateCol('endsOn', f('endsOn'), 130),
    textCol('delegation', f('delegation'), 260),
    textCol('companyName', f('companyName'), 240),
    numberCol('headcount', f('headcount'), 100),
    textCol('hostName', f('hostName'), 110),
    textCol('projectName', f('projectName'), 200),
    numberCol('days', f('days'), 80, { filter: false }),
    textCol('outcome', f('outcome'), 320, { tooltipField: 'outcome' }),
  ];
}
