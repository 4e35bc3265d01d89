import type { ApiOutput, ApiParsed, ChannelName } from '@contract/channels';
import type { ApiContext } from '../context';
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
import { targetHandlers } from './targets';
import { tripHandlers } from './trips';
import { viewHandlers } from './views';

export type Handler<K extends ChannelName> = (
  ctx: ApiContext,
  input: ApiParsed<K>,
) => ApiOutput<K> | Promise<ApiOutput<K>>;
export type Handlers = { [K in ChannelName]: Handler<K> };
/** Handlers for a subset of the channels, typed by the same contract. */
export type HandlerGroup<P extends string> = { [K in Extract<ChannelName, `${P}.${string}`>]: Handler<K> };

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
  ...dataFileHandlers,
  ...encryptionHandlers,
  ...searchHandlers,
  ...followUpHandlers,
  ...companyMergeHandlers,
  ...attachmentHandlers,
};
