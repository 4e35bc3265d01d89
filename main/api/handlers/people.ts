import {
  createStaff,
  createTeam,
  deleteStaff,
  deleteTeam,
  listStaff,
  listTeams,
  updateStaff,
  updateTeam,
} from '../../domain/people';
import type { HandlerGroup } from './types';

export const peopleHandlers: HandlerGroup<'staff' | 'teams'> = {
  'staff.list': ({ db }, q) => listStaff(db, q),
  'staff.create': ({ db, actor }, input) => createStaff(db, actor, input),
  'staff.update': ({ db, actor }, input) => updateStaff(db, actor, input),
  'staff.delete': ({ db, actor }, { id }) => {
    deleteStaff(db, actor, id);
    return null;
  },
  'teams.list': ({ db }, input) => listTeams(db, input),
  'teams.create': ({ db, actor }, input) => createTeam(db, actor, input),
  'teams.update': ({ db, actor }, input) => updateTeam(db, actor, input),
  'teams.delete': ({ db, actor }, { id }) => {
    deleteTeam(db, actor, id);
    return null;
  },
};
