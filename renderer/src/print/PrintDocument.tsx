import './print.css';
import { useTranslation } from 'react-i18next';
import { formatDateZh } from '../format/date';
import { fetchedTime } from '../office/figureSource';
import { CompanyBriefDoc } from './docs/company/CompanyBriefDoc';
import { TargetsDoc } from './docs/targets/TargetsDoc';
import { TripDossierDoc } from './docs/trip/TripDossierDoc';
import { WeeklyDoc } from './docs/weekly/WeeklyDoc';
import { PrintEnvContext, type PrintEnv } from './env';
import { watermarkStyle } from './parts/watermark';
import type { Report } from './report';

interface Props {
  report: Report;
  env: PrintEnv;
  /** Text tiled faintly over every page, e.g. 内部资料 张三. */
  watermark?: string | undefined;
}

/** One printed document on its sheet: the print route, the PDF and the in-app preview all show this. */
export function PrintDocument({ report, env, watermark }: Props) {
  const { t } = useTranslation();
  return (
    <PrintEnvContext.Provider value={env}>
      <div
        className="print-doc"
        data-testid="print-doc"
        style={watermark ? watermarkStyle(watermark) : undefined}
      >
        {report.kind === 'company' && (
          <CompanyBriefDoc
            brief={report.data}
            sub={t('print.printedOn', { date: formatDateZh(env.printedOn) })}
          />
        )}
        {report.kind === 'trip' && <TripDossierDoc d={report.data} />}
        {(report.kind === 'weekly' || report.kind === 'targets') && report.office && (
          <p className="print-office-note" data-testid="print-office-note">
            {t('officeFigures.printNote', { time: fetchedTime(report.office.fetchedAt) })}
          </p>
        )}
        {report.kind === 'weekly' && <WeeklyDoc w={report.data} />}
        {report.kind === 'targets' && <TargetsDoc r={report.data} />}
      </div>
    </PrintEnvContext.Provider>
  );
}
