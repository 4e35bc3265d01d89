import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';
import { useOfficeSwitch } from '../../office/FigureSourceSwitch';
import type { OfficeMeta } from '../../office/useFigures';
import type { Report } from '../../print/report';
import { PrintPreview } from './PrintPreview';
import { ReportPicker } from './ReportPicker';
import { choiceParams, choiceRoute, readChoice, type ReportChoice } from './reportParams';
import './reports.css';

/** 报表打印: choose a document and its company, trip, week or year; preview it; print or save a PDF. */
export function ReportsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const officeOffered = useOfficeSwitch();
  const asked = readChoice(params);
  const choice = officeOffered ? asked : { ...asked, source: 'local' as const };
  const [companyName, setCompanyName] = useState<string | null>(null);
  const [office, setOffice] = useState<OfficeMeta | null>(null);
  const onReport = useCallback((r: Report | null) => {
    if (r?.kind === 'company') setCompanyName(r.data.company.name);
    setOffice(r && (r.kind === 'weekly' || r.kind === 'targets') ? (r.office ?? null) : null);
  }, []);
  const change = (c: ReportChoice) => navigate('/reports', choiceParams(c));
  const pickHint = choice.kind === 'trip' ? t('reports.pick.trip') : t('reports.pick.company');

  return (
    <div className="page reports-page">
      <div className="page-toolbar">
        <h1>{t('reports.title')}</h1>
      </div>
      <div className="reports-body">
        <aside className="reports-side">
          <ReportPicker
            choice={choice}
            onChange={change}
            companyName={choice.kind === 'company' ? companyName : null}
            officeOffered={officeOffered}
            office={office}
          />
        </aside>
        <PrintPreview route={choiceRoute(choice)} emptyHint={pickHint} onReport={onReport} />
      </div>
    </div>
  );
}
