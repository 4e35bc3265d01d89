import { contactCreate } from '@contract/contacts/schema';
import type { Phones } from '../parse/phone';
import {
  applyRule,
  error,
  filled,
  joinNotes,
  phoneNotes,
  pickFields,
  rowCompany,
  validate,
  type TargetPlanner,
} from './common';

const FIELDS = ['name', 'title', 'wechat', 'email', 'isKey', 'notes'];

export const planContact: TargetPlanner = (values, problems, ctx) => {
  const companyName = (values.companyName as string | undefined) ?? null;
  const code = (values.companyCreditCode as string | undefined) ?? null;
  if (!companyName && !code) return error(problems, '请填写所属企业名称', 'companyName');
  // 联系电话 is split by shape; 手机 and 电话 columns say themselves which number is which.
  const phones = values.phones as Phones | undefined;
  const mobiles = values.mobile as Phones | undefined;
  const landlines = values.phone as Phones | undefined;
  const record = {
    ...pickFields(values, FIELDS),
    mobile: mobiles?.mobile ?? phones?.mobile ?? null,
    phone: landlines?.phone ?? landlines?.mobile ?? mobiles?.phone ?? phones?.phone ?? null,
    notes: joinNotes(values.notes, phoneNotes(phones), phoneNotes(mobiles), phoneNotes(landlines)),
    // The company is found or created below, once the row itself is known to be good.
    companyId: 1,
  };
  const data = validate(contactCreate, record, problems);
  if (!data) return error(problems);
  if (!companyName && !ctx.resolver.findCompany(null, code)) {
    return error(problems, `未找到信用代码为 ${code ?? ''} 的企业，请同时填写企业名称`, 'companyName');
  }
  const company = rowCompany(ctx, values);
  if (!company) return error(problems, '请填写所属企业名称', 'companyName');
  const values2 = { ...data, companyId: company.id };
  const existing = ctx.resolver.findContact(company.id, data.name);
  const { companyId: _c, name: _n, ...patch } = values2;
  return applyRule(
    ctx,
    'contact',
    existing,
    `联系人“${company.name} ${data.name}”`,
    () => {
      const id = ctx.writer.create('contact', values2);
      ctx.resolver.noteContact(id, company.id, data.name);
      return id;
    },
    () => filled(patch),
    problems,
  );
};
