import { z } from 'zod';
import { companyCreate, companyUpdate, type Company, type CompanyRow } from '../companies/schema';
import type { CompanyStory } from '../companyStory/schema';
import { id, requiredText } from '../shared/fields';
import { drillListQuery } from '../indicators/drillSchema';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

export const companyChannels = {
  'companies.list': query<Page<CompanyRow>>()(drillListQuery),
  'companies.get': query<Company>()(z.strictObject({ id: id('企业编号') })),
  /** The company's page: facts, contacts, projects, meetings, what is open, trips, receptions. */
  'companies.story': query<CompanyStory>()(z.strictObject({ id: id('企业编号') })),
  'companies.similar': query<Pick<Company, 'id' | 'name' | 'creditCode'>[]>()(
    z.strictObject({ name: requiredText('企业名称', 100), exceptId: id().optional() }),
  ),
  'companies.create': command<Company>()(companyCreate),
  'companies.update': command<Company>()(companyUpdate),
  'companies.delete': command<null>()(z.strictObject({ id: id('企业编号') })),
};
