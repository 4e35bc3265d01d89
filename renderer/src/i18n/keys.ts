import type { ParseKeys } from 'i18next';
import { strings, type Strings } from './resources';

/**
 * `t()` knows the app's strings: a key that no area defines does not compile (also with a
 * defaultValue), instead of showing the raw key on a page.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Strings };
    strictKeyChecks: true;
  }
}

/** A key of the app's strings, e.g. 'projects.stage.lead'. */
export type I18nKey = ParseKeys<'translation'>;

type Rest<K, P extends string> = K extends `${P}.${infer R}` ? R : never;

/**
 * The keys below `P`, for a helper that reads one part of the strings, e.g.
 *   const f = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);
 * so that f('nosuch') does not compile either.
 */
export type I18nKeyUnder<P extends string> = Rest<I18nKey, P>;

/**
 * Whether a key built from stored data (an audit entry's field name, a setting's name) names
 * one of the strings; only then may it go to `t()`.
 */
export function isI18nKey(key: string): key is I18nKey {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    // Own properties only: 'constructor' or '__proto__' from an audit row is no key.
    node =
      typeof node === 'object' && node !== null
        ? Object.getOwnPropertyDescriptor(node, part)?.value
        : undefined;
  }
  return typeof node === 'string';
}
