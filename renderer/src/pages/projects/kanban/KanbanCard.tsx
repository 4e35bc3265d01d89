import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '@contract/projects/boardSchema';
import { KEY_LEVEL_LABELS } from '@contract/projects/schema';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import type { I18nKeyUnder } from '../../../i18n/keys';

// A quarter without moving is what a weekly review (周调度) asks about.
const STALLED_DAYS = 90;

interface Props {
  card: BoardCard;
  onOpen(): void;
  onDragStart(): void;
  onDragEnd(): void;
}

export function KanbanCard({ card, onOpen, onDragStart, onDragEnd }: Props) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const k = (key: I18nKeyUnder<'projects.kanban'>, o: Record<string, unknown> = {}) =>
    t(`projects.kanban.${key}`, o);
  const overdue = !!card.nextFollowUpOn && card.nextFollowUpOn < dayjs().format('YYYY-MM-DD');
  return (
    <div
      className="kanban-card"
      data-project-id={card.id}
      draggable
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => e.key === 'Enter' && onOpen()}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(card.id));
        onDragStart();
      }}
      onDragEnd={onDragEnd}
    >
      <div className="kanban-card-title">
        <span className="kanban-card-name">{card.name}</span>
        {card.keyLevel && (
          <Tag color="volcano" className="kanban-card-key">
            {KEY_LEVEL_LABELS[card.keyLevel]}
          </Tag>
        )}
      </div>
      {card.companyName && <div className="kanban-card-company">{card.companyName}</div>}
      <div className="kanban-card-foot">
        <span className="kanban-card-amount num">
          {card.amount !== null ? `${formatMoney(card.amount, moneyUnit)} ${t(`money.${moneyUnit}`)}` : ''}
        </span>
        <span className="kanban-card-meta">
          {card.ownerName && <span>{card.ownerName}</span>}
          <span className={card.daysInStage >= STALLED_DAYS ? 'kanban-card-stalled' : undefined}>
            {k('daysInStage', { count: card.daysInStage })}
          </span>
          {overdue && (
            <Tooltip title={k('followUpOverdue')}>
              <ClockCircleOutlined className="kanban-card-overdue" aria-label={k('followUpOverdue')} />
            </Tooltip>
          )}
        </span>
      </div>
    </div>
  );
}
