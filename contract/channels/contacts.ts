import { z } from 'zod';
import { contactCreate, contactListQuery, contactUpdate, type ContactRow } from '../contacts/schema';
import { id } from '../shared/fields';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

export const contactChannels = {
  'contacts.list': query<Page<ContactRow>>()(contactListQuery),
  'contacts.get': query<ContactRow>()(z.strictObject({ id: id('联系人编号') })),
  'contacts.create': command<ContactRow>()(contactCreate),
  'contacts.update': command<ContactRow>()(contactUpdate),
  'contacts.delete': command<null>()(z.strictObject({ id: id('联系人编号') })),
};
