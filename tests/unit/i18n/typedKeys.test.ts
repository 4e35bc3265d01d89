/**
 * The strings are typed: `t()` with a key no area defines does not compile, so a typo shows up
 * in `npm run typecheck` (tests/ is in tsconfig.node.json) instead of as a raw key on a page.
 * The `@ts-expect-error` lines below are the proof: lose the typing and they become unused
 * directives, which fail the typecheck. The run-time half checks that the typed maps from domain
 * values to keys name strings that exist, and that the areas do not overwrite each other.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MergeCounts } from '@contract/companyMerge/schema';
import type { AuditEntryView } from '@contract/audit/schema';
import {
  entityLabel,
  fieldChanges,
  fieldLabel,
  formatValue,
} from '../../../renderer/src/components/history/changes';
import { isI18nKey, type I18nKey, type I18nKeyUnder } from '../../../renderer/src/i18n/keys';
import { areas, resources, strings } from '../../../renderer/src/i18n/resources';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { isMoved, MOVED_LABEL } from '../../../renderer/src/pages/companies/merge/movedLabels';
import { EMPTY_TEXT } from '../../../renderer/src/pages/workbench/followUpTabs';
import {
  HALVES,
  partOfYearLabel,
  periodLabel,
  QUARTERS,
  readPeriod,
} from '../../../renderer/src/pages/workbench/periodState';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
const { t } = i18n;

describe('a key that no area defines does not compile', () => {
  it('in t(), where it would show as the raw key', () => {
    // @ts-expect-error there is no such stage
    expect(t('projects.stage.nosuch')).toBe('projects.stage.nosuch');
    expect(t('common.save')).toBe('保存');
  });

  it('in t() with a default value too (strictKeyChecks)', () => {
    // @ts-expect-error a defaultValue does not make a missing key acceptable
    expect(t('common.nosuch', { defaultValue: '保存' })).toBe('保存');
  });

  it('in a helper that reads one part of the strings', () => {
    const company = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);
    expect(company('name')).toBe('企业名称');
    // @ts-expect-error a project's field, not a company's
    company('contractAmount');
  });

  it('in a map from a domain value to its label, also when a value has no label', () => {
    const key: I18nKey = 'companyMerge.counts.contacts';
    expect(t(key)).toBe('联系人');
    // @ts-expect-error a misspelt key
    const misspelt: I18nKey = 'companyMerge.count.contacts';
    // @ts-expect-error every count needs its label
    const incomplete = { contacts: key } satisfies Record<keyof MergeCounts, I18nKey>;
    expect([misspelt, incomplete]).toHaveLength(2);
  });
});

describe('the typed maps name strings that exist', () => {
  const maps: Record<string, readonly I18nKey[]> = {
    'merge counts': Object.values(MOVED_LABEL),
    'follow-up empty tabs': Object.values(EMPTY_TEXT),
    halves: HALVES,
    quarters: QUARTERS,
  };
  it.each(Object.entries(maps))('%s', (_, keys) => {
    for (const key of keys) {
      expect(isI18nKey(key), key).toBe(true);
      expect(t(key)).not.toBe(key);
    }
  });

  it('the merge preview lists every count it knows, and skips one it has no label for', () => {
    const counts: MergeCounts = {
      contacts: 1,
      projects: 2,
      interactions: 3,
      visits: 4,
      serviceIssues: 5,
      receptions: 6,
    };
    expect(Object.keys(counts).every(isMoved)).toBe(true);
    expect(isMoved('attachments')).toBe(false);
  });

  it('the dashboard names halves and quarters as before', () => {
    const state = readPeriod(new URLSearchParams('p=half&y=2026&n=1'), '2026-05-20');
    expect(periodLabel(t, state)).toBe('2026年上半年');
    expect(periodLabel(t, { ...state, kind: 'quarter', n: 2 })).toBe('2026年第二季度');
    expect(partOfYearLabel(t, 'half', 2)).toBe('下半年');
    expect(partOfYearLabel(t, 'quarter', 4)).toBe('第四季度');
  });
});

describe('keys built from stored data', () => {
  it('count only when they name a string, not a group of strings or an inherited name', () => {
    expect(isI18nKey('companies.fields.name')).toBe(true);
    expect(isI18nKey('companies.fields')).toBe(false);
    expect(isI18nKey('companies.fields.name.more')).toBe(false);
    expect(isI18nKey('companies.fields.nosuch')).toBe(false);
    expect(isI18nKey('companies.constructor')).toBe(false);
    expect(isI18nKey('__proto__')).toBe(false);
  });

  it('the history words what it knows and shows what it does not as stored', () => {
    expect(fieldLabel(t, 'company', 'name')).toBe('企业名称');
    expect(fieldLabel(t, 'company', 'legacyColumn')).toBe('legacyColumn');
    expect(entityLabel(t, { entity: 'company', entityLabel: 'company' })).toBe('企业');
    expect(entityLabel(t, { entity: 'oldKind', entityLabel: '旧记录' })).toBe('旧记录');
    expect(formatValue(t, 'tier', 'global500', 'wan')).toBe('世界500强');
    expect(formatValue(t, 'tier', 'top10', 'wan')).toBe('top10');
    const setting = (key: string, value: unknown): AuditEntryView => ({
      id: 1,
      at: '2026-06-30T10:00:00+08:00',
      actor: '张科长',
      deviceName: null,
      entity: 'setting',
      entityLabel: '设置',
      entityId: 1,
      recordName: null,
      action: 'update',
      before: null,
      after: { key, value },
      names: {},
      batch: null,
      undone: false,
      isUndo: false,
      undoable: false,
    });
    expect(fieldChanges(t, setting('language', 'en'), 'wan')[0]).toMatchObject({
      label: '界面语言',
      after: '英文',
    });
    expect(fieldChanges(t, setting('language', 'fr'), 'wan')[0]?.after).toBe('fr');
    expect(fieldChanges(t, setting('retiredSetting', 'x'), 'wan')[0]?.label).toBe(t('history.fields.value'));
  });
});

describe('the areas', () => {
  it('each own their top-level keys, so merging them loses no string', () => {
    const owners = [zhCN, ...areas.map((a) => a.zh)].flatMap((zh) => Object.keys(zh));
    expect(owners.length).toBe(new Set(owners).size);
    expect(Object.keys(strings).sort()).toEqual([...owners].sort());
  });
});
