import { z } from 'zod';
import {
  arrivalCreate,
  projectCreate,
  projectUpdate,
  stageChange,
  type Arrival,
  type ProjectRow,
  type StageHistoryEntry,
} from '../projects/schema';
import { projectListQuery } from '../indicators/drillSchema';
import { bulkStage, bulkUpdate, type BulkResult } from '../projects/bulkSchema';
import { boardQuery, type Board } from '../projects/boardSchema';
import { timelineQuery, type TimelinePage } from '../projects/timelineSchema';
import { collisionQuery, type CollisionList } from '../projects/collisionSchema';
import { id } from '../shared/fields';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

const projectId = z.strictObject({ id: id('项目编号') });

export const projectChannels = {
  'projects.list': query<Page<ProjectRow>>()(projectListQuery),
  'projects.get': query<ProjectRow>()(projectId),
  'projects.create': command<ProjectRow>()(projectCreate),
  'projects.update': command<ProjectRow>()(projectUpdate),
  'projects.changeStage': command<ProjectRow>()(stageChange),
  'projects.delete': command<null>()(projectId),
  'projects.bulkUpdate': command<BulkResult>()(bulkUpdate),
  'projects.bulkStage': command<BulkResult>()(bulkStage),
  'projects.stageHistory': query<StageHistoryEntry[]>()(projectId),
  'projects.timeline': query<TimelinePage>()(timelineQuery),
  'projects.board': query<Board>()(boardQuery),
  /** 撞单: projects of different teams on one firm. */
  'projects.collisions': query<CollisionList>()(collisionQuery),
  'arrivals.list': query<Arrival[]>()(z.strictObject({ projectId: id('项目编号') })),
  'arrivals.create': command<Arrival>()(arrivalCreate),
  'arrivals.delete': command<null>()(z.strictObject({ id: id('到资记录编号') })),
};
