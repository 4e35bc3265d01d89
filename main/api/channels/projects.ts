import { z } from 'zod';
import {
  arrivalCreate,
  projectCreate,
  projectListQuery,
  projectUpdate,
  stageChange,
  type Arrival,
  type ProjectRow,
  type StageHistoryEntry,
} from '../../domain/projects/schema';
import { id } from '../../domain/shared/fields';
import type { Page } from '../../domain/shared/listQuery';
import { command, query } from './define';

const projectId = z.strictObject({ id: id('项目编号') });

export const projectChannels = {
  'projects.list': query<Page<ProjectRow>>()(projectListQuery),
  'projects.get': query<ProjectRow>()(projectId),
  'projects.create': command<ProjectRow>()(projectCreate),
  'projects.update': command<ProjectRow>()(projectUpdate),
  'projects.changeStage': command<ProjectRow>()(stageChange),
  'projects.delete': command<null>()(projectId),
  'projects.stageHistory': query<StageHistoryEntry[]>()(projectId),
  'arrivals.list': query<Arrival[]>()(z.strictObject({ projectId: id('项目编号') })),
  'arrivals.create': command<Arrival>()(arrivalCreate),
  'arrivals.delete': command<null>()(z.strictObject({ id: id('到资记录编号') })),
};
