import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Board } from '@contract/projects/boardSchema';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { call, errorMessage } from '../../../api';

export interface BoardFilters {
  ownerId?: number | null;
  teamId?: number | null;
  industry?: string | null;
  includeDropped?: boolean;
}

/** Cards per column per request: enough to fill a tall screen, never the whole ledger. */
export const PER_COLUMN = 20;

export function useBoard(filters: BoardFilters) {
  const { message } = App.useApp();
  const [board, setBoard] = useState<Board | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call('projects.board', { ...filters, perColumn: PER_COLUMN })
      .then((b) => live && setBoard(b))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [filters, version, message]);
  /** After a move or an edit: counts, sums and first pages afresh. */
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  /** The next page of one column, appended; totals come back fresh with it. */
  const more = useCallback(
    (stage: ProjectStage) => {
      const shown = board?.columns.find((c) => c.stage === stage)?.cards.length ?? 0;
      call('projects.board', { ...filters, perColumn: PER_COLUMN, stage, offset: shown })
        .then((page) => {
          const next = page.columns[0];
          if (!next) return;
          setBoard(
            (b) =>
              b && {
                ...b,
                columns: b.columns.map((c) =>
                  c.stage === stage ? { ...next, cards: [...c.cards, ...next.cards] } : c,
                ),
              },
          );
        })
        .catch((e: unknown) => message.error(errorMessage(e)));
    },
    [board, filters, message],
  );

  return { board, reload, more };
}
