import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoOutcome } from '@contract/audit/schema';
import { call, errorMessage } from '../../api';

/**
 * 撤销 of one change or one batch. A refusal (a later change depends on it) is shown in a dialog
 * rather than a passing toast: the person has to read why and what to do first.
 */
export function useUndo(onDone: () => void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<UndoOutcome>): Promise<void> => {
    setBusy(true);
    try {
      const result = await work();
      message.success(t('history.undoDone', { count: result.reverted }));
      onDone();
    } catch (e) {
      modal.warning({ title: t('history.refusedTitle'), content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    undoEntry: (id: number) => run(() => call('audit.undoEntry', { id })),
    undoBatch: (batchId: number) => run(() => call('audit.undoBatch', { batchId })),
  };
}
