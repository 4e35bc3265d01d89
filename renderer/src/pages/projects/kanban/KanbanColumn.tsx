import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard, BoardColumn } from '@contract/projects/boardSchema';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { formatMoney } from '../../../format/money';
import { STAGE_COLORS } from '../../../format/stages';
import { usePrefs } from '../../../prefs';
import { KanbanCard } from './KanbanCard';
import { PER_COLUMN } from './useBoard';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  column: BoardColumn;
  /** The card being dragged, if any: a column accepts it unless it is already there. */
  dragging: BoardCard | null;
  setDragging(card: BoardCard | null): void;
  onDrop(card: BoardCard): void;
  onOpen(card: BoardCard): void;
  onMore(): void;
}

export function KanbanColumn({ column, dragging, setDragging, onDrop, onOpen, onMore }: Props) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const [over, setOver] = useState(false);
  const k = (key: I18nKeyUnder<'projects.kanban'>, o: Record<string, unknown> = {}) =>
    t(`projects.kanban.${key}`, o);
  const accepts = dragging !== null && dragging.stage !== column.stage;
  const left = column.count - column.cards.length;
  const label = STAGE_LABELS[column.stage];

  return (
    <section
      className={`kanban-column${accepts ? ' kanban-column-accepts' : ''}${over && accepts ? ' kanban-column-over' : ''}`}
      data-stage={column.stage}
      aria-label={label}
      style={{ borderTopColor: STAGE_COLORS[column.stage] }}
      onDragOver={(e) => {
        if (!accepts) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      // Leaving for one of its own cards is not leaving the column.
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (dragging && accepts) onDrop(dragging);
      }}
    >
      <header className="kanban-column-head">
        <div className="kanban-column-title">
          <span style={{ color: STAGE_COLORS[column.stage] }}>{label}</span>
          <span className="kanban-column-count" data-testid={`count-${column.stage}`}>
            {column.count}
          </span>
        </div>
        <div className="kanban-column-sum num" data-testid={`sum-${column.stage}`}>
          {formatMoney(column.amount, moneyUnit)} {t(`money.${moneyUnit}`)}
        </div>
      </header>
      <div className="kanban-column-body">
        {over && accepts && <div className="kanban-drop-hint">{k('dropHere', { stage: label })}</div>}
        {column.cards.map((card) => (
          <KanbanCard
            key={card.id}
            card={card}
            onOpen={() => onOpen(card)}
            onDragStart={() => setDragging(card)}
            onDragEnd={() => setDragging(null)}
          />
        ))}
        {column.count === 0 && !over && <div className="kanban-column-empty">{k('emptyColumn')}</div>}
        {left > 0 && (
          <Button type="link" block onClick={onMore}>
            {k('more', { count: Math.min(left, PER_COLUMN), left })}
          </Button>
        )}
      </div>
    </section>
  );
}
