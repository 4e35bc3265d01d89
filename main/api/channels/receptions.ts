import { z } from 'zod';
import {
  receptionCreate,
  receptionPeriod,
  receptionUpdate,
  type Reception,
  type ReceptionRow,
} from '../../domain/receptions/schema';
import { id } from '../../domain/shared/fields';
import { drillListQuery } from '../../domain/indicators/drillSchema';
import type { Page } from '../../domain/shared/listQuery';
import type { ReceptionTotals } from '../../domain/receptions/totalsText';
import { command, query } from './define';

export const receptionChannels = {
  'receptions.list': query<Page<ReceptionRow>>()(drillListQuery),
  'receptions.get': query<ReceptionRow>()(z.strictObject({ id: id('接待编号') })),
  'receptions.create': command<Reception>()(receptionCreate),
  'receptions.update': command<Reception>()(receptionUpdate),
  'receptions.delete': command<null>()(z.strictObject({ id: id('接待编号') })),
  'receptions.totals': query<ReceptionTotals & { text: string }>()(receptionPeriod),
};
