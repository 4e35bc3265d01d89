import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ProjectRow } from '@contract/projects/schema';
import { fromFormValues, toFormValues } from '../../../renderer/src/pages/projects/detail/projectFormValues';

const row = {
  id: 7,
  name: '高端装备产业园项目',
  companyId: 3,
  plannedAmount: 845_700_000_0,
  contractAmount: 123_456_789,
  annualPlanAmount: null,
  completedAmount: null,
  signedOn: '2024-05-20',
  firstContactOn: null,
  isIndustrial: true,
} as unknown as ProjectRow;

describe('project form values', () => {
  it('saves whole yuan back, unchanged', () => {
    expect(fromFormValues(toFormValues(row))).toMatchObject({
      plannedAmount: 8_457_000_000,
      contractAmount: 123_456_789,
      annualPlanAmount: null,
    });
  });

  it('turns picked days into ISO dates and empty ones into null', () => {
    const v = toFormValues(row);
    expect(v.signedOn?.format('YYYY-MM-DD')).toBe('2024-05-20');
    const out = fromFormValues({ ...v, firstContactOn: dayjs('2024-03-08') });
    expect(out).toMatchObject({ signedOn: '2024-05-20', firstContactOn: '2024-03-08', startedOn: null });
    expect(out).not.toHaveProperty('stage');
  });
});
