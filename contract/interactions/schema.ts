import { z } from 'zod';
import {
  enumOf,
  flag,
  id,
  isoDate,
  optionalDate,
  optionalId,
  optionalText,
  requiredText,
} from '../shared/fields';
import { listQuery } from '../shared/listQuery';
import { INTERACTION_KINDS, type InteractionKind } from './kinds';

const idList = (label: string) =>
  z
    .array(id(label), { error: `${label}应为列表` })
    .max(100, `${label}最多100人`)
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b));

export const interactionFields = {
  companyId: optionalId('企业'),
  projectId: optionalId('项目'),
  kind: enumOf(INTERACTION_KINDS, '洽谈方式'),
  occurredOn: isoDate('日期'),
  place: optionalText('地点', 200),
  theirAttendeesText: optionalText('对方参加人员', 1000),
  summary: requiredText('洽谈内容', 8000),
  stickingPoints: optionalText('症结问题', 4000),
  promises: optionalText('我方承诺', 4000),
  nextStep: optionalText('下一步工作', 1000),
  nextStepOn: optionalDate('下一步日期'),
  nextStepDone: flag(),
  /** Our people who attended (interaction_staff). */
  staffIds: idList('我方参加人员').optional(),
  /** Their people who attended, all of the interaction's company (interaction_contacts). */
  contactIds: idList('对方参加人员').optional(),
};

export const interactionCreate = z.strictObject(interactionFields);
export type InteractionCreate = z.input<typeof interactionCreate>;

export const interactionUpdate = z.strictObject({
  id: id('记录编号'),
  patch: z.strictObject(interactionFields).partial(),
});
export type InteractionUpdate = z.input<typeof interactionUpdate>;

export const interactionListQuery = listQuery.extend({
  companyId: id('企业编号').optional(),
  projectId: id('项目编号').optional(),
});
export type InteractionListQuery = z.input<typeof interactionListQuery>;

export interface Interaction {
  id: number;
  companyId: number | null;
  projectId: number | null;
  kind: InteractionKind;
  occurredOn: string;
  place: string | null;
  theirAttendeesText: string | null;
  summary: string;
  stickingPoints: string | null;
  promises: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  nextStepDone: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A grid row: names instead of ids, attendees joined with 、. */
export interface InteractionRow extends Interaction {
  companyName: string | null;
  projectName: string | null;
  staffNames: string | null;
  contactNames: string | null;
}

export interface Attendee {
  id: number;
  name: string;
  title: string | null;
}

/** The detail view: the row plus who attended on each side. */
export interface InteractionDetail extends InteractionRow {
  staffIds: number[];
  contactIds: number[];
  staff: Attendee[];
  contacts: Attendee[];
}
