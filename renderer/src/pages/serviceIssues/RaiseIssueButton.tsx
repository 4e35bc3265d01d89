import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServiceIssueDrawer } from './ServiceIssueDrawer';

/** 反映诉求 from a company's drawer: the issue form opens with that company chosen. */
export function RaiseIssueButton({ companyId, onRaised }: { companyId: number; onRaised?(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('serviceIssues.raise')}</Button>
      {open && (
        <ServiceIssueDrawer
          target="new"
          companyId={companyId}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onRaised?.();
          }}
        />
      )}
    </>
  );
}
