import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_PRINTABLE } from '@contract/channels/print';
import { IDLE_PRINT_ROUTE, REPRINT_EVENT } from '@contract/print/printPage';
import { parsePrintRoute } from '@contract/print/routes';
import type { MoneyUnit } from '@contract/settings/schema';
import { todayLocal } from '@contract/shared/time';
import { call, errorMessage } from '../api';
import type { Route } from '../router';
import { PrintDocument } from './PrintDocument';
import { reportTitle, useReport } from './report';
import { warmUpPrinting } from './warmUp';

interface Reader {
  moneyUnit: MoneyUnit;
  /** For the watermark: the name set in 设置, else the computer's login. */
  user: string;
}

/**
 * A print route (#/print/company/12 …) without the app around it: only the document, for the
 * PDF hosts (Electron's hidden window, the harness's Chromium) to print. It tells them when it
 * is complete — data read, language and units applied, fonts loaded, charts drawn — through
 * document.body.dataset (see contract/print/printPage.ts).
 */
export function PrintLayout({ route }: { route: Route }) {
  const { t } = useTranslation();
  const query = route.params.toString();
  const path = query ? `${route.path}?${query}` : route.path;
  const parsed = useMemo(() => parsePrintRoute(path), [path]);
  const [reader, setReader] = useState<Reader | null>(null);
  const [readerError, setReaderError] = useState<string | null>(null);
  const [reprint, setReprint] = useState(0);
  const { report, error, loading } = useReport(parsed?.doc ?? null, reprint);
  const failure = parsed ? (error ?? readerError) : t('print.notRoute', { message: NOT_PRINTABLE });

  useEffect(() => {
    if (route.path === IDLE_PRINT_ROUTE) warmUpPrinting();
  }, [route.path]);

  useEffect(() => {
    document.body.classList.add('pd-route');
    const again = () => setReprint((n) => n + 1);
    window.addEventListener(REPRINT_EVENT, again);
    Promise.all([call('settings.get', {}), call('app.info', {})])
      .then(([settings, info]) =>
        setReader({ moneyUnit: settings.moneyUnit, user: settings.currentUser || info.user }),
      )
      .catch((e: unknown) => setReaderError(errorMessage(e)));
    return () => {
      window.removeEventListener(REPRINT_EVENT, again);
      document.body.classList.remove('pd-route');
    };
  }, []);

  useEffect(() => {
    const flags = document.body.dataset;
    if (loading) return undefined;
    if (failure) {
      flags.printError = failure;
      flags.printRoute = path;
      flags.printReady = 'error';
      return undefined;
    }
    if (!report || !reader) return undefined;
    document.title = reportTitle(t, report);
    let live = true;
    // The charts are drawn during render; what may still be missing is a font face or the
    // decoding of a chart picture (the route map).
    const images = [...document.images].map((img) => img.decode().catch(() => undefined));
    void Promise.all([document.fonts.ready, ...images]).then(() =>
      setTimeout(() => {
        if (!live) return;
        flags.printRoute = path;
        flags.printReady = '1';
      }, 0),
    );
    return () => {
      live = false;
    };
  }, [loading, failure, report, reader, path, t]);

  if (failure && !loading) {
    return (
      <div className="print-doc" data-testid="print-error">
        <p>{failure}</p>
      </div>
    );
  }
  if (!report || !reader || !parsed) return null;
  return (
    <PrintDocument
      report={report}
      env={{ moneyUnit: reader.moneyUnit, printedOn: todayLocal(), editable: false }}
      watermark={parsed.watermark ? `${t('print.internal')} ${reader.user}` : undefined}
    />
  );
}
