import { viewDelete, viewList, viewSave, type SavedView } from '../views/schema';
import { command, query } from './define';

export const viewChannels = {
  'views.list': query<SavedView[]>()(viewList),
  'views.save': command<SavedView>()(viewSave),
  'views.delete': command<null>()(viewDelete),
};
