import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../main/domain/settings/schema';
import { call } from './api';
import i18n, { type Language } from './i18n';
import type { MoneyUnit } from './format/money';

interface Prefs {
  language: Language;
  moneyUnit: MoneyUnit;
  /** Name of the person using this copy, as in the staff list; '' when not set. */
  currentUser: string;
  setLanguage(l: Language): void;
  setMoneyUnit(u: MoneyUnit): void;
  setCurrentUser(name: string): void;
}

const PrefsContext = createContext<Prefs | null>(null);

/** The person's display preferences, kept in the database's settings so they travel with the data. */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Pick<Settings, 'language' | 'moneyUnit' | 'currentUser'>>({
    language: 'zh-CN',
    moneyUnit: 'wan',
    currentUser: '',
  });

  useEffect(() => {
    call('settings.get', {})
      .then((s) => {
        setSettings({ language: s.language, moneyUnit: s.moneyUnit, currentUser: s.currentUser });
        void i18n.changeLanguage(s.language);
      })
      .catch(() => undefined);
  }, []);

  const save = useCallback(
    <K extends 'language' | 'moneyUnit' | 'currentUser'>(key: K, value: Settings[K]) => {
      setSettings((s) => ({ ...s, [key]: value }));
      if (key === 'language') void i18n.changeLanguage(value as Language);
      call('settings.set', { key, value } as never).catch(() => undefined);
    },
    [],
  );

  const value = useMemo<Prefs>(
    () => ({
      ...settings,
      setLanguage: (l) => save('language', l),
      setMoneyUnit: (u) => save('moneyUnit', u),
      setCurrentUser: (n) => save('currentUser', n),
    }),
    [settings, save],
  );
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): Prefs {
  const p = useContext(PrefsContext);
  if (!p) throw new Error('usePrefs outside PrefsProvider');
  return p;
}
