import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { fieldLabel } from '../../../components/history/changes';
import { navigate } from '../../../router';

/** Records a sync list can open, by the history's name for them: the list that opens them. */
const OPENS: Readonly<Record<string, string>> = {
  company: '/companies',
  project: '/projects',
  contact: '/contacts',
  serviceIssue: '/serviceIssues',
};

interface AboutRecord {
  entity: string | null;
  recordId: number | null;
  field: string | null;
}

/** The record a sync list's row is about, as a link that opens it where a list can. */
export function RecordCell({ label, row }: { label: string; row: AboutRecord }) {
  const list = row.entity ? OPENS[row.entity] : undefined;
  return row.recordId !== null && list ? (
    <Typography.Link onClick={() => navigate(list, { open: String(row.recordId) })}>{label}</Typography.Link>
  ) : (
    <>{label}</>
  );
}

/** The field a sync list's row is about, as forms label it. */
export const fieldCell = (t: TFunction, row: AboutRecord): string =>
  row.entity && row.field ? fieldLabel(t, row.entity, row.field) : '—';
