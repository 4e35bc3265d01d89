import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { companyHandlers } from './companies';
import { companyMergeHandlers } from './companyMerge';
import { contactHandlers } from './contacts';
import { dataFileHandlers } from './dataFiles';
import { encryptionHandlers } from './encryption';
import { followUpHandlers } from './followUps';
import { indicatorHandlers } from './indicators';
import { interactionHandlers } from './interactions';
import { peopleHandlers } from './people';
import { printHandlers } from './print';
import { projectHandlers } from './projects';
import { receptionHandlers } from './receptions';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { serviceIssueHandlers } from './serviceIssues';
import { settingHandlers } from './settings';
import { syncHandlers } from './sync';
import { syncServerHandlers } from './syncServer';
import { targetHandlers } from './targets';
import { tripHandlers } from './trips';
import { viewHandlers } from './views';
import type { Handlers } from './types';

export type { Handler, HandlerGroup, Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...companyHandlers,
  ...peopleHandlers,
  ...contactHandlers,
  ...projectHandlers,
  ...interactionHandlers,
  ...tripHandlers,
  ...receptionHandlers,
  ...targetHandlers,
  ...indicatorHandlers,
  ...serviceIssueHandlers,
  ...viewHandlers,
  ...settingHandlers,
  ...auditHandlers,
  ...reportHandlers,
  ...printHandlers,
  // export.view pages through a grid's own list handler: it is handed the table, not importing it.
  ...dataFileHandlers((channel) => handlers[channel]),
  ...encryptionHandlers,
  ...searchHandlers,
  ...followUpHandlers,
  ...companyMergeHandlers,
  ...attachmentHandlers,
  ...syncHandlers,
  ...syncServerHandlers,
};
