import type { z } from 'zod';
import { appChannels } from './app';
import { attachmentChannels } from './attachments';
import { auditChannels } from './audit';
import { companyChannels } from './companies';
import { companyMergeChannels } from './companyMerge';
import { contactChannels } from './contacts';
import { dataFileChannels } from './dataFiles';
import { encryptionChannels } from './encryption';
import { followUpChannels } from './followUps';
import { indicatorChannels } from './indicators';
import { interactionChannels } from './interactions';
import { peopleChannels } from './people';
import { printChannels } from './print';
import { projectChannels } from './projects';
import { receptionChannels } from './receptions';
import { reportChannels } from './reports';
import { searchChannels } from './search';
import { serviceIssueChannels } from './serviceIssues';
import { settingChannels } from './settings';
import { syncChannels } from './sync';
import { syncServerChannels } from './syncServer';
import { targetChannels } from './targets';
import { tripChannels } from './trips';
import { viewChannels } from './views';
import type { OutputOf } from './define';

/** The whole contract between renderer and main. Adding a channel here is the only way in. */
export const channels = {
  ...appChannels,
  ...companyChannels,
  ...peopleChannels,
  ...contactChannels,
  ...projectChannels,
  ...interactionChannels,
  ...tripChannels,
  ...receptionChannels,
  ...targetChannels,
  ...indicatorChannels,
  ...serviceIssueChannels,
  ...viewChannels,
  ...settingChannels,
  ...auditChannels,
  ...reportChannels,
  ...printChannels,
  ...dataFileChannels,
  ...encryptionChannels,
  ...searchChannels,
  ...followUpChannels,
  ...companyMergeChannels,
  ...attachmentChannels,
  ...syncChannels,
  ...syncServerChannels,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ApiInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ApiParsed<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ApiOutput<K extends ChannelName> = OutputOf<Channels[K]>;
