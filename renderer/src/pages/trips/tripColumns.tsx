import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { TRIP_STATUSES, type TripRow, type TripStatus } from '@contract/trips/schema';
import { dateCol, numberCol, setCol, textCol } from '../../grid/columns';
import type { I18nKeyUnder } from '../../i18n/keys';

/** One colour per trip status, used by the grid, the planner header and the timeline bars. */
export const TRIP_STATUS_COLORS: Record<TripStatus, string> = {
  planned: '#5b8ff9',
  ongoing: '#d48806',
  done: '#52a447',
  cancelled: '#b0b0b0',
};

export function StatusTag({ status, t }: { status: TripStatus; t: TFunction }) {
  return (
    <Tag color={TRIP_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`trips.status.${status}`)}
    </Tag>
  );
}

export function tripColumns(t: TFunction): ColDef<TripRow>[] {
  const f = (k: I18nKeyUnder<'trips.fields'>) => t(`trips.fields.${k}`);
  return [
    textCol('title', f('title'), 300, { pinned: 'left' }),
    setCol(
      'status',
      f('status'),
      TRIP_STATUSES.map((s) => ({ value: s, label: t(`trips.status.${s}`) })),
      100,
      {
        cellRenderer: (p: ICellRendererParams<TripRow>) =>
          p.data ? <StatusTag status={p.data.status} t={t} /> : null,
      },
    ),
    textCol('leaderName', f('leaderName'), 110),
    textCol('teamName', f('teamName'), 140),
    dateCol('startsOn', f('startsOn'), 130),
    dateCol('endsOn', f('endsOn'), 130),
    numberCol('days', f('days'), 80),
    numberCol('stopCount', f('stopCount'), 100),
    numberCol('visitCount', f('visitCount'), 100),
    // Not a listed column on the main side: shown, searched through the box, not sorted.
    textCol('purpose', f('purpose'), 320, { tooltipField: 'purpose', filter: false, sortable: false }),
  ];
}
