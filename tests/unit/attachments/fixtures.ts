import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createProject } from '../../../main/domain/projects';
import { createServiceIssue } from '../../../main/domain/serviceIssues';
import { addAttachment } from '../../../main/domain/attachments';
import type { AttachmentCategory, OwnerKind } from '@contract/attachments/schema';
import type { Db } from '../../../main/db/open';

export const actor = { name: '招商一科' };

/** A one-pixel PNG and a tiny PDF: real signatures, so the type is read from the content. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

/** A company with a project, an interaction about it, a service issue and a contact. */
export function world(db: Db) {
  const company = createCompany(db, actor, { name: '徐州示例新能源有限公司' });
  const other = createCompany(db, actor, { name: '另一家企业有限公司' });
  const project = createProject(db, actor, { name: '储能电池项目', companyId: company.id });
  const interaction = createInteraction(db, actor, {
    projectId: project.id,
    kind: 'visit_out',
    occurredOn: '2026-05-21',
    summary: '走访董事长',
  });
  const issue = createServiceIssue(db, actor, {
    companyId: company.id,
    category: 'power',
    description: '厂区双回路供电尚未接入',
    reportedOn: '2026-05-22',
  });
  const contact = createContact(db, actor, { companyId: company.id, name: '张董' });
  return { company, other, project, interaction, issue, contact };
}

export const attach = (
  db: Db,
  kind: OwnerKind,
  id: number,
  bytes: Uint8Array,
  name = 'file.bin',
  category: AttachmentCategory = 'other',
) =>
  addAttachment(db, actor, {
    owner: { kind, id },
    name,
    category,
    base64: Buffer.from(bytes).toString('base64'),
  });
