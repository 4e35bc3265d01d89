import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '@contract/settings/schema';
import { call } from './api';
import type { MoneyUnit } from './format/money';

interface Prefs {
  moneyUnit: MoneyUnit;
  /** Name of the person using this copy, as in the staff list; '' when not set. */
  currentUser: string;
  setMoneyUnit(u: MoneyUnit): void;
  setCurrentUser(name: string): void;
}

const PrefsContext = createContext<Prefs | null>(null);

/** The person's display preferences, kept in the database's settings so they travel with the data. */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Pick<Settings, 'moneyUnit' | 'currentUser'>>({
    moneyUnit: 'wan',
    currentUser: '',
  });

  useEffect(() => {
    call('settings.get', {})
      .then((s) => setSettings({ moneyUnit: s.moneyUnit, currentUser: s.currentUser }))
      .catch(() => undefined);
  }, []);

  const save = useCallback(<K extends 'moneyUnit' | 'currentUser'>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    call('settings.set', { key, value } as never).catch(() => undefined);
  }, []);

  const value = useMemo<Prefs>(
    () => ({
      ...settings,
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
