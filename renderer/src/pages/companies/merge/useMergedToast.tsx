import type { TFunction } from 'i18next';
import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeResult } from '@contract/companyMerge/schema';
import { useUndo } from '../../../components/history/useUndo';

/** After a merge (one pair or many): a toast saying what happened, with 撤销合并 for a while. */
export function useMergedToast(onChanged: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { busy, undoBatch } = useUndo(onChanged);

  const announce = (batchId: number, text: ReactNode): void => {
    const key = `merge-${batchId}`;
    message.success({
      key,
      duration: 12,
      content: (
        <span>
          {text}
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              void undoBatch(batchId);
            }}
          >
            {t('companyMerge.undo')}
          </Button>
        </span>
      ),
    });
  };
  /** One pair merged through the merge dialog. */
  const announcePair = (r: MergeResult, keep: string, drop: string): void =>
    announce(r.batchId, t('companyMerge.done', { keep, drop }) + foldedNote(t, r.contactsFolded));
  return { busy, announce, announcePair };
}

/** “，N 位同名联系人已合并为一人” when a merge folded twin contacts. */
export const foldedNote = (t: TFunction, count: number): string =>
  count > 0 ? t('companyMerge.contactsFolded', { count }) : '';
