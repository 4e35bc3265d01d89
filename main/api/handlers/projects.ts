import {
  changeStage,
  createArrival,
  createProject,
  deleteArrival,
  deleteProject,
  getProject,
  listArrivals,
  listProjects,
  stageHistory,
  updateProject,
} from '../../domain/projects';
import { bulkChangeStage, bulkUpdateProjects } from '../../domain/projects/bulk';
import { projectBoard } from '../../domain/projects/board';
import { projectTimeline } from '../../domain/projects/timeline';
import { listCollisions } from '../../domain/projects/collisions';
import type { HandlerGroup } from './types';

export const projectHandlers: HandlerGroup<'projects' | 'arrivals'> = {
  'projects.list': ({ db }, q) => listProjects(db, q),
  'projects.get': ({ db }, { id }) => getProject(db, id),
  'projects.create': ({ db, actor }, input) => createProject(db, actor, input),
  'projects.update': ({ db, actor }, input) => updateProject(db, actor, input),
  'projects.changeStage': ({ db, actor }, input) => changeStage(db, actor, input),
  'projects.delete': ({ db, actor }, { id }) => {
    deleteProject(db, actor, id);
    return null;
  },
  'projects.bulkUpdate': ({ db, actor }, input) => bulkUpdateProjects(db, actor, input),
  'projects.bulkStage': ({ db, actor }, input) => bulkChangeStage(db, actor, input),
  'projects.stageHistory': ({ db }, { id }) => stageHistory(db, id),
  'projects.timeline': ({ db }, q) => projectTimeline(db, q),
  'projects.board': ({ db }, q) => projectBoard(db, q),
  'projects.collisions': ({ db }, q) => listCollisions(db, q),
  'arrivals.list': ({ db }, { projectId }) => listArrivals(db, projectId),
  'arrivals.create': ({ db, actor }, input) => createArrival(db, actor, input),
  'arrivals.delete': ({ db, actor }, { id }) => {
    deleteArrival(db, actor, id);
    return null;
  },
};
