/**
 * The tabs of a company's page, in order. A link can open one directly
 * (#/companies?open=12&section=contacts); the grid's 项目数 and 联系人 do.
 */
export const COMPANY_SECTIONS = [
  'overview',
  'projects',
  'contacts',
  'visits',
  'attachments',
  'basic',
  'history',
] as const;
export type CompanySection = (typeof COMPANY_SECTIONS)[number];

export const asSection = (v: string | null | undefined): CompanySection =>
  (COMPANY_SECTIONS as readonly string[]).includes(v ?? '') ? (v as CompanySection) : 'overview';
