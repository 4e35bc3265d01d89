import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Segmented, Space, Spin, Timeline } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '@contract/contacts/schema';
import type { InteractionDetail } from '@contract/interactions/schema';
import type { ProjectRow } from '@contract/projects/schema';
import {
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineKind,
  type TimelinePage,
} from '@contract/projects/timelineSchema';
import { call, errorMessage } from '../../../api';
import { usePrefs } from '../../../prefs';
import type { People } from '../usePeople';
import { InteractionQuickForm } from './InteractionQuickForm';
import { timelineItem } from './timelineItem';
import type { I18nKeyUnder } from '../../../i18n/keys';

const PAGE = 30;
type Filter = 'all' | TimelineKind;

interface Props {
  project: ProjectRow;
  contacts: ContactRow[];
  people: People;
  /** Start with the meeting form open (the drawer's "记一笔洽谈" shortcut). */
  formOpen: boolean;
  setFormOpen(open: boolean): void;
  onInteractionSaved(i: InteractionDetail): void;
}

/** Newest first, a page at a time: meetings, stage moves, money, issues and edits together. */
export function ProjectTimeline({
  project,
  contacts,
  people,
  formOpen,
  setFormOpen,
  onInteractionSaved,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [filter, setFilter] = useState<Filter>('all');
  const [rows, setRows] = useState<TimelineEntry[]>([]);
  const [page, setPage] = useState<Omit<TimelinePage, 'rows'> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const tl = (k: I18nKeyUnder<'projects.timeline'>, o: Record<string, unknown> = {}) =>
    t(`projects.timeline.${k}`, o);

  const fetchFrom = useCallback(
    (offset: number) =>
      call('projects.timeline', {
        id: project.id,
        kinds: filter === 'all' ? undefined : [filter],
        offset,
        limit: PAGE,
      }),
    // The project object changes after every save, stage move or meeting: read from the top.
    [project, filter],
  );

  useEffect(() => {
    let live = true;
    fetchFrom(0)
      .then(({ rows: got, ...rest }) => {
        if (!live) return;
        setRows(got);
        setPage(rest);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [fetchFrom, message]);

  const loadMore = () => {
    setLoadingMore(true);
    fetchFrom(rows.length)
      .then(({ rows: got, ...rest }) => {
        setRows((old) => [...old, ...got]);
        setPage(rest);
      })
      .catch((e: unknown) => message.error(errorMessage(e)))
      .finally(() => setLoadingMore(false));
  };

  const ctx = useMemo(
    () => ({
      t,
      unit: moneyUnit,
      staffName: people.staffName,
      teamName: people.teamName,
      company: { id: project.companyId, name: project.companyName },
    }),
    [t, moneyUnit, people, project.companyId, project.companyName],
  );
  const all = page ? TIMELINE_KINDS.reduce((n, k) => n + page.counts[k], 0) : 0;
  const left = page ? page.total - rows.length : 0;

  return (
    <div className="project-timeline">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${tl('all')} ${all}` },
            ...TIMELINE_KINDS.map((k) => ({
              value: k,
              label: `${tl(`kinds.${k}`)} ${page?.counts[k] ?? 0}`,
            })),
          ]}
        />
        {!formOpen && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)}>
            {t('projects.detail.interaction.add')}
          </Button>
        )}
      </Space>
      {formOpen && (
        <InteractionQuickForm
          project={project}
          contacts={contacts}
          people={people}
          onCancel={() => setFormOpen(false)}
          onSaved={(i) => {
            setFormOpen(false);
            onInteractionSaved(i);
          }}
        />
      )}
      <Spin spinning={page === null}>
        {rows.length === 0 && page !== null ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tl('empty')} />
        ) : (
          <Timeline className="project-timeline-list" items={rows.map((e) => timelineItem(e, ctx))} />
        )}
      </Spin>
      {left > 0 && (
        <Button block onClick={loadMore} loading={loadingMore}>
          {tl('more', { count: left })}
        </Button>
      )}
    </div>
  );
}
