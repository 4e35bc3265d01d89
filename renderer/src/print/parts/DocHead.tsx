import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The title block of an office paper: 内部资料 mark, kind, title, date line, double red rule. */
export function DocHead({ kind, title, sub }: { kind: string; title: string; sub?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="pd-head">
      <div className="pd-mark">{t('print.internal')}</div>
      <div className="pd-kind">{kind}</div>
      <h1 className="pd-title">{title}</h1>
      {sub && <div className="pd-sub">{sub}</div>}
    </header>
  );
}
