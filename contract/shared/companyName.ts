// Two spellings of one company must meet: 长城汽车（邳州）有限公司 and 长城汽车(邳州)有限公司.
const SUFFIXES = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团公司', '集团', '公司'];

/** Full-width ASCII to half-width, ideographic space to space. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The key duplicate detection compares: half-width, no spaces or brackets, no legal-form suffix. */
export function companyNameKey(name: string): string {
  let s = toHalfWidth(name).toLowerCase().replace(/\s+/g, '');
  s = s.replace(/[()[\]【】〔〕]/g, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return s;
}
