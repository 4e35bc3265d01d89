import { z } from 'zod';
import { toHalfWidth } from '../shared/companyName';
import { flag, id, optionalText, requiredText } from '../shared/fields';
import { listQuery } from '../shared/listQuery';

const blankToNull = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? null : v);

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const CN_PREFIX = /^\(?(?:\+|00)86\)?-?/;
// People write extensions as 转123, 分机123, ext.123 or x123; we store them all as 转123.
const EXTENSION = /^(.*?)\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})$/i;

export type PhoneProblem = 'chars' | 'length' | 'mobile';
export type PhoneResult = { ok: true; value: string; mobile: boolean } | { ok: false; problem: PhoneProblem };

/** 0 + area code (010 and 02x are two digits, others three) + a 7–8 digit local number. */
function landline(digits: string): string | null {
  if (!/^0\d{9,11}$/.test(digits)) return null;
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
  const local = digits.slice(areaLength);
  return local.length >= 7 && local.length <= 8 ? `${digits.slice(0, areaLength)}-${local}` : null;
}

/**
 * Spreadsheets carry numbers as "138 0013 8000", "+86-138-0013-8000" or "(0571)8888 6666 转 123".
 * One number must end up as one string, so search by digits finds the person: spaces go, +86 goes
 * (mobiles become 11 digits, landlines 0571-88886666), extensions become 转123. Numbers of other
 * shapes (400 lines, overseas) keep their dashes. The result parses to itself.
 */
export function normalizePhone(raw: string): PhoneResult {
  let s = toHalfWidth(raw).trim();
  let ext = '';
  const m = EXTENSION.exec(s);
  if (m) {
    s = m[1] ?? '';
    ext = m[2] ?? '';
  }
  s = s.replace(/\s+/g, '');
  if (!/^\(?\+?[\d\-()]+$/.test(s)) return { ok: false, problem: 'chars' };
  let prefix = '';
  if (CN_PREFIX.test(s)) {
    s = s.replace(CN_PREFIX, '');
    prefix = '+86-';
  } else if (s.startsWith('+')) {
    prefix = '+';
    s = s.slice(1);
  }
  if (s.includes('+')) return { ok: false, problem: 'chars' };
  const digits = s.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 20) return { ok: false, problem: 'length' };
  const suffix = ext ? `转${ext}` : '';
  if (prefix !== '+') {
    if (MAINLAND_MOBILE.test(digits)) return { ok: true, value: digits + suffix, mobile: !ext };
    // Written internationally a landline drops its leading 0; 400/800 service numbers have none.
    const domestic = prefix && !digits.startsWith('0') && !/^[48]00/.test(digits) ? `0${digits}` : digits;
    const fixed = landline(domestic);
    if (fixed) return { ok: true, value: fixed + suffix, mobile: false };
  }
  const body = s.replace(/[()]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return { ok: true, value: prefix + body + suffix, mobile: prefix === '+' && !ext };
}

export const phoneMessage = (label: string, problem: PhoneProblem): string =>
  ({
    chars: `${label}只能包含数字、空格、“-”、“+86”和分机号（如“转123”）`,
    length: `${label}位数不正确`,
    mobile: `${label}应为11位手机号（境外号码请以“+国家代码”开头）`,
  })[problem];

const phoneLike = (label: string, mobileOnly: boolean) =>
  z
    .preprocess(
      blankToNull,
      z
        .string({ error: `${label}应为文本` })
        .max(40, `${label}过长`)
        .transform((raw, ctx) => {
          const r = normalizePhone(raw);
          if (!r.ok || (mobileOnly && !r.mobile)) {
            ctx.addIssue({ code: 'custom', message: phoneMessage(label, r.ok ? 'mobile' : r.problem) });
            return z.NEVER;
          }
          return r.value;
        })
        .nullable(),
    )
    .optional();

/** A mobile: mainland 11 digits, or an overseas number written with its +country code. */
export const mobileField = (label = '手机') => phoneLike(label, true);
/** Any phone: landline with area code and extension, mobile, or overseas. */
export const phoneField = (label = '电话') => phoneLike(label, false);

export const emailField = (label = '邮箱') =>
  z
    .preprocess(
      blankToNull,
      z
        .string({ error: `${label}应为文本` })
        .trim()
        .max(100, `${label}不能超过100个字`)
        .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, `${label}格式不正确`)
        .nullable(),
    )
    .optional();

export const contactFields = {
  companyId: id('所属企业'),
  name: requiredText('姓名', 50),
  title: optionalText('职务', 50),
  mobile: mobileField('手机'),
  phone: phoneField('电话'),
  wechat: optionalText('微信号', 50),
  email: emailField('邮箱'),
  isKey: flag(),
  notes: optionalText('备注', 2000),
};

export const contactCreate = z.strictObject(contactFields);
export type ContactCreate = z.input<typeof contactCreate>;

export const contactUpdate = z.strictObject({
  id: id('联系人编号'),
  patch: z.strictObject(contactFields).partial(),
});
export type ContactUpdate = z.input<typeof contactUpdate>;

/** The grid's query, optionally scoped to one company (its detail page). */
export const contactListQuery = listQuery.extend({ companyId: id('企业编号').optional() });
export type ContactListQuery = z.input<typeof contactListQuery>;

export interface Contact {
  id: number;
  companyId: number;
  name: string;
  title: string | null;
  mobile: string | null;
  phone: string | null;
  wechat: string | null;
  email: string | null;
  isKey: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A grid row and the detail view: the contact with the company it works for. */
export interface ContactRow extends Contact {
  companyName: string;
}
