import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { ApiInput, ApiOutput } from '@contract/channels';
import type { PrintDoc } from '@contract/print/routes';
import type { CompanyBrief, TargetReport, TripDossier, WeeklyReport } from '@contract/reports/schema';
import { call, errorMessage } from '../api';
import { ensureChinaMap } from '../charts/chinaMap';
import { officeFigures, type OfficeMeta } from '../office/useFigures';

/** A document's data, tagged with its kind; `office` for the whole office's, from the office server. */
export type Report =
  | { kind: 'company'; data: CompanyBrief }
  | { kind: 'trip'; data: TripDossier }
  | { kind: 'weekly'; data: WeeklyReport; office?: OfficeMeta }
  | { kind: 'targets'; data: TargetReport; office?: OfficeMeta };

/** A report's data from this laptop, or for 全办公室 from the office server (or its kept copy). */
async function figures<K extends 'reports.weekly' | 'reports.targets'>(
  channel: K,
  input: ApiInput<K>,
  office: boolean | undefined,
): Promise<{ data: ApiOutput<K>; office?: OfficeMeta }> {
  if (!office) return { data: await call(channel, input) };
  const { value, ...meta } = await officeFigures(channel, input);
  return { data: value, office: meta };
}

/** One channel call per document; the dossier also needs the provinces map registered first. */
export async function loadReport(doc: PrintDoc): Promise<Report> {
  switch (doc.kind) {
    case 'company':
      return { kind: 'company', data: await call('reports.company', { id: doc.id }) };
    case 'trip': {
      const [data] = await Promise.all([call('reports.trip', { id: doc.id }), ensureChinaMap()]);
      return { kind: 'trip', data };
    }
    case 'weekly':
      return { kind: 'weekly', ...(await figures('reports.weekly', { from: doc.from }, doc.office)) };
    case 'targets':
      return { kind: 'targets', ...(await figures('reports.targets', { year: doc.year }, doc.office)) };
  }
}

export interface ReportState {
  /** The data of the document asked for; kept while it is read again after an edit. */
  report: Report | null;
  error: string | null;
  /** True until the data shown belongs to the document and reload asked for now. */
  loading: boolean;
}

interface Loaded {
  key: string;
  reload: number;
  report: Report | null;
  error: string | null;
}

/**
 * Reads a document's data, again when the document or `reloadKey` changes. What is returned
 * is tagged with what it was read for, so data of the previous document or of an older read
 * is never mistaken for the current one (the print hosts rely on that). A null doc reads nothing.
 */
export function useReport(doc: PrintDoc | null, reloadKey = 0): ReportState {
  const key = doc ? JSON.stringify(doc) : '';
  const [loaded, setLoaded] = useState<Loaded>({ key: '', reload: 0, report: null, error: null });
  useEffect(() => {
    if (!key) return undefined;
    let current = true;
    loadReport(JSON.parse(key) as PrintDoc)
      .then((report) => current && setLoaded({ key, reload: reloadKey, report, error: null }))
      .catch(
        (e: unknown) =>
          current && setLoaded({ key, reload: reloadKey, report: null, error: errorMessage(e) }),
      );
    return () => {
      current = false;
    };
  }, [key, reloadKey]);
  if (!key) return { report: null, error: null, loading: false };
  const same = loaded.key === key;
  return {
    report: same ? loaded.report : null,
    error: same ? loaded.error : null,
    loading: !same || loaded.reload !== reloadKey,
  };
}

/** The document's title: the page's <title>, which the PDF's page header prints. */
export function reportTitle(t: TFunction, r: Report): string {
  switch (r.kind) {
    case 'company':
      return t('print.company.title', { name: r.data.company.name });
    case 'trip':
      return t('print.trip.title', { name: r.data.trip.title });
    case 'weekly':
      return t('print.weekly.title', { year: r.data.weekYear, week: r.data.weekNo });
    case 'targets':
      return t('print.targets.title', { year: r.data.year });
  }
}
