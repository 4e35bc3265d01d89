import { useEffect, useState } from 'react';
import type { Company } from '../../../../../main/domain/companies/schema';
import type { ContactRow } from '../../../../../main/domain/contacts/schema';
import { call } from '../../../api';

export interface CompanyWithContacts {
  company: Company | null;
  /** Key people first: they are the ones usually at the table. */
  contacts: ContactRow[];
}

/** The project's company and its people, reloaded when the project switches company. */
export function useCompany(companyId: number | null): CompanyWithContacts {
  const [state, setState] = useState<CompanyWithContacts>({ company: null, contacts: [] });
  useEffect(() => {
    if (companyId === null) {
      setState({ company: null, contacts: [] });
      return;
    }
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
      .then(([company, contacts]) => live && setState({ company, contacts: contacts.rows }))
      .catch(() => live && setState({ company: null, contacts: [] }));
    return () => {
      live = false;
    };
  }, [companyId]);
  return state;
}
