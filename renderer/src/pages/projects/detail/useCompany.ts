import { useEffect, useState } from 'react';
import type { Company } from '@contract/companies/schema';
import type { ContactRow } from '@contract/contacts/schema';
import { call } from '../../../api';

export interface CompanyWithContacts {
  company: Company | null;
  /** Key people first: they are the ones usually at the table. */
  contacts: ContactRow[];
}

const NONE: CompanyWithContacts = { company: null, contacts: [] };

/** The project's company and its people, reloaded when the project switches company. */
export function useCompany(companyId: number | null): CompanyWithContacts {
  const [state, setState] = useState<CompanyWithContacts & { forId: number | null }>({
    ...NONE,
    forId: null,
  });
  useEffect(() => {
    if (companyId === null) return;
    let live = true;
    Promise.all([
      call('companies.get', { id: companyId }),
      call('contacts.list', {
        companyId,
        limit: 200,
        sort: [
          { col: 'isKey', dir: 'desc' },
          { col: 'name', dir: 'asc' },
        ],
      }),
    ])
      .then(([company, contacts]) => live && setState({ company, contacts: contacts.rows, forId: companyId }))
      .catch(() => live && setState({ ...NONE, forId: companyId }));
    return () => {
      live = false;
    };
  }, [companyId]);
  // Until the new company's answer is in, show nothing rather than the previous company.
  return companyId !== null && state.forId === companyId ? state : NONE;
}
