import { createContact, deleteContact, getContact, listContacts, updateContact } from '../../domain/contacts';
import type { HandlerGroup } from './types';

export const contactHandlers: HandlerGroup<'contacts'> = {
  'contacts.list': ({ db }, q) => listContacts(db, q),
  'contacts.get': ({ db }, { id }) => getContact(db, id),
  'contacts.create': ({ db, actor }, input) => createContact(db, actor, input),
  'contacts.update': ({ db, actor }, input) => updateContact(db, actor, input),
  'contacts.delete': ({ db, actor }, { id }) => {
    deleteContact(db, actor, id);
    return null;
  },
};
