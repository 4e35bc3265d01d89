import { App, Card, Steps } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, type ImportTarget } from '@contract/importers/fields';
import { UNDO_PHASE } from '@contract/importers/phases';
import type {
  ColumnMapping,
  ImportResult,
  InspectResult,
  PreviewResult,
  StagedFile,
} from '@contract/importers/schema';
import { ApiCallError, call, errorMessage } from '../../api';
import { saveDownload } from '../../grid/download';
import { navigate } from '../../router';
import { FileStep } from './FileStep';
import { HeaderStep } from './HeaderStep';
import { MappingStep, missingRequired } from './MappingStep';
import { PreviewStep, type ImportOptions } from './PreviewStep';
import { ResultStep, RunningStep } from './ResultStep';
import { WizardActions } from './WizardActions';
import { TemplatesCard } from './TemplatesCard';
import { WorkbookCard } from './WorkbookCard';
import './import.css';

const LIST_ROUTES: Record<ImportTarget, string> = {
  companies: '/companies',
  contacts: '/contacts',
  projects: '/projects',
  interactions: '/interactions',
  serviceIssues: '/serviceIssues',
};

/** The year of dates without one is the file's (else the setting's) until the person picks one. */
const FRESH_OPTIONS: ImportOptions = { onDuplicate: 'skip', onError: 'block', owners: [] };

const mappingOf = (inspect: InspectResult): ColumnMapping[] =>
  inspect.suggestions.map(({ confidence: _c, ...m }) => m);

/**
 * 从Excel导入: file and sheet → header row → columns → preview with problems → import with
 * progress and cancel → result with undo and the rows left out. Each step asks the main side;
 * nothing is written before "开始导入", and the import is one transaction.
 */
export function ImportPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const initial = params.get('target') as ImportTarget | null;
  const [target, setTarget] = useState<ImportTarget>(
    initial && IMPORT_TARGETS.includes(initial) ? initial : 'projects',
  );
  const [step, setStep] = useState(0);
  const [staged, setStaged] = useState<StagedFile | null>(null);
  const [sheet, setSheet] = useState(0);
  const [inspect, setInspect] = useState<InspectResult | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [options, setOptions] = useState<ImportOptions>(FRESH_OPTIONS);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; label?: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undone, setUndone] = useState(false);
  const [undoing, setUndoing] = useState<string | null>(null);
  const previewSeq = useRef(0);

  const look = useCallback(
    async (file: StagedFile, sheetIndex: number, kind: ImportTarget, headerRow?: number): Promise<void> => {
      try {
        const found = await call('import.inspect', {
          fileId: file.fileId,
          sheet: sheetIndex,
          target: kind,
          ...(headerRow === undefined ? {} : { headerRow }),
        });
        setInspect(found);
        setMapping(mappingOf(found));
      } catch (e) {
        message.error(errorMessage(e));
      }
    },
    [message],
  );

  const spec = (o: ImportOptions = options) => ({
    fileId: staged?.fileId ?? '',
    sheet,
    target,
    headerRow: inspect?.headerRow ?? 0,
    mapping,
    ...o,
  });

  const runPreview = async (o: ImportOptions = options): Promise<void> => {
    const seq = ++previewSeq.current;
    setLoading(true);
    try {
      const next = await call('import.preview', spec(o));
      if (seq === previewSeq.current) setPreview(next);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      if (seq === previewSeq.current) setLoading(false);
    }
  };

  const start = async (): Promise<void> => {
    setStep(4);
    setProgress({ done: 0, total: preview?.total ?? 0 });
    const off = window.api.on(
      'progress',
      (p) => p.task === 'import' && setProgress({ done: p.done, total: p.total, label: p.label }),
    );
    try {
      setResult(await call('import.run', spec()));
      setUndone(false);
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') message.info(t('dataFiles.cancelled'));
      else message.error(errorMessage(e));
      setStep(3);
    } finally {
      off();
      setProgress(null);
    }
  };

  // 撤销导入 takes a backup and then deletes up to every row of the import: its button says which step runs.
  const undo = async (batchId: number): Promise<void> => {
    setUndoing(UNDO_PHASE);
    const off = window.api.on('progress', (p) => p.task === 'undo' && setUndoing(p.label ?? UNDO_PHASE));
    try {
      await call('import.undo', { batchId });
      setUndone(true);
      message.success(t('dataFiles.undone'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      off();
      setUndoing(null);
    }
  };

  const downloadErrors = (): void =>
    void call('import.errorReport', spec())
      .then(saveDownload)
      .catch((e: unknown) => message.error(errorMessage(e)));

  const restart = (): void => {
    setStep(0);
    setStaged(null);
    setInspect(null);
    setPreview(null);
    setResult(null);
    setOptions(FRESH_OPTIONS);
  };

  const next = async (): Promise<void> => {
    if (step === 2) {
      setPreview(null);
      setStep(3);
      await runPreview();
    } else setStep(step + 1);
  };

  const missing = inspect ? missingRequired(inspect, mapping) : [];
  const canNext = (step === 0 && inspect !== null) || step === 1 || (step === 2 && missing.length === 0);
  const canStart =
    step === 3 &&
    preview !== null &&
    !loading &&
    !preview.blocked &&
    preview.counts.create + preview.counts.update > 0;

  return (
    <div className="page import-page">
      <div className="page-toolbar">
        <h1>{t('dataFiles.title')}</h1>
      </div>
      <Card>
        <Steps
          size="small"
          current={step}
          style={{ marginBottom: 20 }}
          items={(['file', 'header', 'mapping', 'preview', 'run'] as const).map((k) => ({
            title: t(`dataFiles.steps.${k}`),
          }))}
        />
        {step === 0 && (
          <FileStep
            target={target}
            onTarget={(k) => {
              setTarget(k);
              if (staged) void look(staged, sheet, k);
            }}
            staged={staged}
            sheet={sheet}
            onSheet={(s) => {
              setSheet(s);
              if (staged) void look(staged, s, target);
            }}
            onStaged={(file) => {
              setStaged(file);
              setSheet(0);
              void look(file, 0, target);
            }}
          />
        )}
        {step === 1 && inspect && staged && (
          <HeaderStep inspect={inspect} onHeaderRow={(row) => void look(staged, sheet, target, row)} />
        )}
        {step === 2 && inspect && <MappingStep inspect={inspect} mapping={mapping} onMapping={setMapping} />}
        {step === 3 && (
          <PreviewStep
            preview={preview}
            loading={loading}
            options={options}
            onOptions={(o) => {
              setOptions(o);
              void runPreview(o);
            }}
          />
        )}
        {step === 4 && progress && (
          <RunningStep {...progress} onCancel={() => void call('import.cancel', {})} />
        )}
        {step === 4 && !progress && result && (
          <ResultStep
            result={result}
            undone={undone}
            undoing={undoing}
            onUndo={() => void undo(result.batchId as number)}
            onErrors={downloadErrors}
            onOpen={() => navigate(LIST_ROUTES[target])}
            onAnother={restart}
          />
        )}
        {step < 4 && (
          <WizardActions
            step={step}
            canNext={canNext}
            canStart={canStart}
            hasErrors={(preview?.counts.error ?? 0) > 0}
            onBack={() => setStep(step - 1)}
            onRestart={restart}
            onErrors={downloadErrors}
            onNext={() => void next()}
            onStart={() => void start()}
          />
        )}
      </Card>
      {step === 0 && (
        <div className="import-cards">
          <TemplatesCard />
          <WorkbookCard />
        </div>
      )}
    </div>
  );
}
