import {
  targetCopy,
  targetDelete,
  targetList,
  targetSet,
  type Target,
  type TargetRow,
} from '../targets/schema';
import { command, query } from './define';

export const targetChannels = {
  'targets.list': query<TargetRow[]>()(targetList),
  'targets.set': command<Target>()(targetSet),
  'targets.delete': command<null>()(targetDelete),
  'targets.copy': command<{ copied: number }>()(targetCopy),
};
