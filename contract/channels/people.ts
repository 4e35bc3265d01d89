import { z } from 'zod';
import {
  staffCreate,
  staffUpdate,
  teamCreate,
  teamListInput,
  teamUpdate,
  type StaffRow,
  type TeamRow,
} from '../people/schema';
import { id } from '../shared/fields';
import { listQuery, type Page } from '../shared/listQuery';
import { command, query } from './define';

export const peopleChannels = {
  'staff.list': query<Page<StaffRow>>()(listQuery),
  'staff.create': command<StaffRow>()(staffCreate),
  'staff.update': command<StaffRow>()(staffUpdate),
  'staff.delete': command<null>()(z.strictObject({ id: id('人员编号') })),
  'teams.list': query<TeamRow[]>()(teamListInput),
  'teams.create': command<TeamRow>()(teamCreate),
  'teams.update': command<TeamRow>()(teamUpdate),
  'teams.delete': command<null>()(z.strictObject({ id: id('团队编号') })),
};
