import { companyCreate } from '@contract/companies/schema';
import type { Values } from '../convert';
import type { Phones } from '../parse/phone';
import {
  applyRule,
  error,
  filled,
  joinNotes,
  phoneNotes,
  pickFields,
  validate,
  type PlanContext,
  type TargetPlanner,
} from './common';

const FIELDS = [
  'name',
  'creditCode',
  'industry',
  'chain',
  'tier',
  'isChainLeader',
  'hqAdcode',
  'hqAddress',
  'sourceChannel',
  'registeredCapital',
  'website',
  'intro',
  'talkingPoints',
  'notes',
];

/** The 联系人/职务/联系电话 columns of a company or project ledger become a contact of that company. */
export function inlineContact(ctx: PlanContext, companyId: number, values: Values): void {
  const name = values.contactName;
  if (typeof name !== 'string') return;
  const phones = values.contactPhone as Phones | undefined;
  ctx.resolver.contact(companyId, {
    name: name.slice(0, 50),
    title: typeof values.contactTitle === 'string' ? values.contactTitle.slice(0, 50) : null,
    mobile: phones?.mobile ?? null,
    phone: phones?.phone ?? null,
    notes: phoneNotes(phones),
  });
}

export const planCompany: TargetPlanner = (values, problems, ctx) => {
  const record = pickFields(values, FIELDS);
  // Without a contact name the phone numbers still belong to the company's record.
  const phones = values.contactPhone as Phones | undefined;
  if (values.contactName === undefined && phones) {
    const all = [phones.mobile, phones.phone, ...phones.extra, ...phones.unreadable].filter(Boolean);
    record.notes = joinNotes(values.notes, `联系电话：${all.join('、')}`);
  }
  if (values.rawCreditCode) record.notes = joinNotes(record.notes, values.rawCreditCode);
  const data = validate(companyCreate, record, problems);
  if (!data) return error(problems);
  const code = data.creditCode ?? null;
  const sameCode = code ? ctx.resolver.companyWithCode(code) : undefined;
  if (sameCode && ctx.mode === 'create') {
    return error(problems, `统一社会信用代码已被“${sameCode.name}”使用，不能重复新增`, 'creditCode');
  }
  const found = ctx.resolver.findCompany(data.name, code);
  let id = found?.id;
  const plan = applyRule(
    ctx,
    'company',
    found?.id,
    `企业“${found?.name ?? ''}”`,
    () => {
      id = ctx.writer.create('company', { ...data, nameKey: ctx.resolver.nameKey(data.name) });
      ctx.resolver.noteCompany(id, data.name, code);
      return id;
    },
    () => {
      const { name: _name, ...patch } = data;
      return filled(patch);
    },
    problems,
  );
  if (plan.action !== 'skip' && id !== undefined) inlineContact(ctx, id, values);
  return plan;
};
