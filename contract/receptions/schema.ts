import { FIELD_NAMES as F } from '../shared/glossary';
import { z } from 'zod';
import { id, isoDate, optionalId, optionalText, requiredText } from '../shared/fields';

export const RECEPTION_END_BEFORE_START = '离开日期不能早于到访日期';

export const receptionFields = {
  startsOn: isoDate('到访日期'),
  endsOn: isoDate('离开日期'),
  companyId: optionalId('企业'),
  projectId: optionalId('项目'),
  delegation: requiredText('来访团组', 500),
  headcount: z
    .number({ error: '来访人数应为数字' })
    .int('来访人数应为整数')
    .min(1, '来访人数应大于0')
    .max(10_000, '来访人数过大'),
  hostId: optionalId(F.reception.hostId),
  itinerary: optionalText('考察行程', 4000),
  outcome: optionalText('接待成效', 4000),
};

export const receptionCreate = z.strictObject(receptionFields).refine((r) => r.endsOn >= r.startsOn, {
  message: RECEPTION_END_BEFORE_START,
  path: ['endsOn'],
});
export type ReceptionCreate = z.input<typeof receptionCreate>;

export const receptionUpdate = z.strictObject({
  id: id('接待编号'),
  patch: z.strictObject(receptionFields).partial(),
});
export type ReceptionUpdate = z.input<typeof receptionUpdate>;

/** Totals over the receptions whose visit began in [from, to]. */
export const receptionPeriod = z
  .strictObject({ from: isoDate('起始日期'), to: isoDate('截止日期') })
  .refine((p) => p.to >= p.from, { message: '截止日期不能早于起始日期', path: ['to'] });
export type ReceptionPeriod = z.input<typeof receptionPeriod>;

export interface Reception {
  id: number;
  startsOn: string;
  endsOn: string;
  companyId: number | null;
  projectId: number | null;
  delegation: string;
  /** Visitor-person-times (客商人次) are summed from this. */
  headcount: number;
  hostId: number | null;
  itinerary: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReceptionRow extends Reception {
  companyName: string | null;
  projectName: string | null;
  hostName: string | null;
  days: number;
}
