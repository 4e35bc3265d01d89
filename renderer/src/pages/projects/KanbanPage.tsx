import { PlusOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Empty, Select, Spin, Switch, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '@contract/projects/boardSchema';
import { STAGE_LABELS, type ProjectStage } from '@contract/projects/pipelineStages';
import { StaffSelect, TeamSelect } from '../../components/StaffSelect';
import { formatMoney } from '../../format/money';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { usePrefs } from '../../prefs';
import { navigate } from '../../router';
import { KanbanColumn } from './kanban/KanbanColumn';
import { useBoard, type BoardFilters } from './kanban/useBoard';
import { ProjectDrawer } from './ProjectDrawer';
import { useStageChange } from './useStageChange';
import type { I18nKeyUnder } from '../../i18n/keys';
import './projects.css';

/**
 * #/projects/kanban: one column per stage with SQL-computed counts and sums, a page of cards
 * each. Dropping a card on another column moves the project there through the same dialog
 * (date, reason) as the drawer, so the stage history is the same whichever way it moved.
 */
export function KanbanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [filters, setFilters] = useState<BoardFilters>({});
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [drawer, setDrawer] = useState<number | 'new' | null>(null);
  const { board, reload, more } = useBoard(filters);
  const stageChange = useStageChange();
  const k = (key: I18nKeyUnder<'projects.kanban'>, o: Record<string, unknown> = {}) =>
    t(`projects.kanban.${key}`, o);
  useNewShortcut(() => setDrawer('new'));

  const set = (patch: BoardFilters) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = filters.ownerId != null || filters.teamId != null || !!filters.industry;
  const totals = useMemo(
    () =>
      (board?.columns ?? [])
        .filter((c) => c.stage !== 'dropped')
        .reduce((s, c) => ({ count: s.count + c.count, amount: s.amount + c.amount }), {
          count: 0,
          amount: 0,
        }),
    [board],
  );

  const move = async (card: BoardCard, to: ProjectStage) => {
    setDragging(null);
    const row = await stageChange.ask(card, to);
    if (!row) return;
    message.success(t('projects.detail.stageChange.done', { stage: STAGE_LABELS[row.stage] }));
    reload();
  };

  const empty = board !== null && board.columns.every((c) => c.count === 0);

  return (
    <div className="page kanban-page">
      <div className="page-toolbar">
        <h1>{k('title')}</h1>
        <Button icon={<UnorderedListOutlined />} onClick={() => navigate('/projects')}>
          {k('list')}
        </Button>
        <div style={{ width: 160 }}>
          <StaffSelect
            value={filters.ownerId ?? null}
            onChange={(ownerId) => set({ ownerId })}
            placeholder={k('owner')}
          />
        </div>
        <div style={{ width: 160 }}>
          <TeamSelect
            value={filters.teamId ?? null}
            onChange={(teamId) => set({ teamId })}
            placeholder={k('team')}
          />
        </div>
        <Select
          allowClear
          showSearch
          style={{ width: 140 }}
          placeholder={k('industry')}
          value={filters.industry ?? undefined}
          onChange={(industry?: string) => set({ industry: industry ?? null })}
          options={(board?.industries ?? []).map((i) => ({ value: i, label: i }))}
        />
        <label className="kanban-toggle">
          <Switch
            size="small"
            checked={!!filters.includeDropped}
            onChange={(includeDropped) => set({ includeDropped })}
          />
          {k('showDropped')}
        </label>
        <span className="spacer" />
        {board && (
          <Tooltip title={k('amountNote')}>
            <Typography.Text type="secondary" data-testid="board-summary">
              {k('summary', {
                count: totals.count,
                amount: formatMoney(totals.amount, moneyUnit),
                unit: t(`money.${moneyUnit}`),
              })}
            </Typography.Text>
          </Tooltip>
        )}
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
          {k('new')}
        </Button>
      </div>
      <Spin spinning={board === null} wrapperClassName="kanban-spin">
        {empty ? (
          <Empty className="kanban-empty" description={filtered ? k('noMatch') : k('empty')}>
            {filtered ? (
              <Button onClick={() => setFilters({ includeDropped: filters.includeDropped })}>
                {k('clearFilters')}
              </Button>
            ) : (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
                {k('new')}
              </Button>
            )}
          </Empty>
        ) : (
          <div className="kanban-board" data-testid="kanban-board">
            {board?.columns.map((column) => (
              <KanbanColumn
                key={column.stage}
                column={column}
                dragging={dragging}
                setDragging={setDragging}
                onDrop={(card) => void move(card, column.stage)}
                onOpen={(card) => setDrawer(card.id)}
                onMore={() => more(column.stage)}
              />
            ))}
          </div>
        )}
      </Spin>
      <ProjectDrawer
        key={String(drawer)}
        projectId={drawer}
        onClose={() => setDrawer(null)}
        onChanged={reload}
      />
      {stageChange.modal}
    </div>
  );
}
