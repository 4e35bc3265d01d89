import { z } from 'zod';
import {
  receptionCreate,
  receptionPeriod,
  receptionUpdate,
  type Reception,
  type ReceptionRow,
} from '../receptions/schema';
import { id } from '../shared/fields';
import { drillListQuery } from '../indicators/drillSchema';
import type { Page } from '../shared/listQuery';
import type { ReceptionTotals } from '../receptions/totalsWording';
import { command, query } from './define';

export const receptionChannels = {
  'receptions.list': query<Page<ReceptionRow>>()(drillListQuery),
  'receptions.get': query<ReceptionRow>()(z.strictObject({ id: id('接待编号') })),
  'receptions.create': command<Reception>()(receptionCreate),
  'receptions.update': command<Reception>()(receptionUpdate),
  'receptions.delete': command<null>()(z.strictObject({ id: id('接待编号') })),
  'receptions.totals': query<ReceptionTotals & { text: string }>()(receptionPeriod),
};
