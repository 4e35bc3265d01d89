import dayjs, { type Dayjs } from 'dayjs';
import type { IssueCreate, ServiceIssueRow } from '@contract/serviceIssues/schema';
import { fromPicker, toPicker } from '../trips/planner/dates';

/** What the drawer's form holds: the contract's fields with dates as pickers' values. */
export type IssueFormValues = Omit<IssueCreate, 'reportedOn' | 'dueOn'> & {
  reportedOn: Dayjs;
  dueOn?: Dayjs | null;
};

export const newIssueValues = (companyId?: number): Partial<IssueFormValues> => ({
  companyId: companyId ?? null,
  reportedOn: dayjs(),
  status: 'open',
});

export function toIssueForm(r: ServiceIssueRow): Partial<IssueFormValues> {
  return {
    companyId: r.companyId,
    projectId: r.projectId,
    category: r.category,
    description: r.description,
    reportedOn: toPicker(r.reportedOn) ?? dayjs(),
    ownerId: r.ownerId,
    dueOn: toPicker(r.dueOn),
    status: r.status === 'closed' ? undefined : r.status,
  };
}

export function fromIssueForm(v: IssueFormValues): IssueCreate {
  return { ...v, reportedOn: fromPicker(v.reportedOn) ?? '', dueOn: fromPicker(v.dueOn) };
}

/** Whole days past the deadline, counted in the office's days. */
export const daysOverdue = (dueOn: string | null): number =>
  dueOn ? Math.max(0, dayjs().startOf('day').diff(dayjs(dueOn), 'day')) : 0;
