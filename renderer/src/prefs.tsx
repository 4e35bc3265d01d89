import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import i18n, { type Language } from './i18n';
import type { MoneyUnit } from './format/money';

interface Prefs {
  language: Language;
  moneyUnit: MoneyUnit;
  setLanguage(l: Language): void;
  setMoneyUnit(u: MoneyUnit): void;
}

const PrefsContext = createContext<Prefs | null>(null);

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [language, setLang] = useState<Language>('zh-CN');
  const [moneyUnit, setMoneyUnit] = useState<MoneyUnit>('wan');
  const value = useMemo<Prefs>(
    () => ({
      language,
      moneyUnit,
      setLanguage: (l) => {
        void i18n.changeLanguage(l);
        setLang(l);
      },
      setMoneyUnit,
    }),
    [language, moneyUnit],
  );
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): Prefs {
  const p = useContext(PrefsContext);
  if (!p) throw new Error('usePrefs outside PrefsProvider');
  return p;
}
