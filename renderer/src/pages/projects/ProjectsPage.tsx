import { AppstoreOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '@contract/projects/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { moneyScale } from '../../format/money';
import type { DataGridHandle } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { ExportButton } from '../../grid/ExportButton';
import { RecordGridPage } from '../../grid/RecordGridPage';
import { usePrefs } from '../../prefs';
import { navigate } from '../../router';
import { BulkEdit } from './BulkEdit';
import { CollisionsButton } from './collisions/CollisionsButton';
import { projectBuiltinViews } from './builtinViews';
import { PROJECT_MONEY_FIELDS, projectColumns } from './columns';
import { ProjectDrawer } from './ProjectDrawer';

interface Props {
  params: URLSearchParams;
  /** Conditions from a drill-down link, shown as a closable tag. */
  fixed?: { label: string; filters: NonNullable<ListQueryInput['filters']> };
}

export function ProjectsPage({ params, fixed }: Props) {
  const { t } = useTranslation();
  const { moneyUnit, currentUser } = usePrefs();
  const [selected, setSelected] = useState<ProjectRow[]>([]);
  const grid = useRef<DataGridHandle<ProjectRow>>(null);

  const columns = useMemo(() => projectColumns(t, moneyUnit), [t, moneyUnit]);
  const scales = useMemo(
    () => Object.fromEntries(PROJECT_MONEY_FIELDS.map((f) => [f, moneyScale(moneyUnit)])),
    [moneyUnit],
  );
  const views = useMemo(() => projectBuiltinViews(t, moneyUnit, currentUser), [t, moneyUnit, currentUser]);
  const fetchPage = useCallback((q: ListQueryInput) => call('projects.list', q), []);
  const drill = useDrill(params, 'projects');
  const fixedFilters = useMemo(
    () =>
      drill ??
      (fixed && {
        label: fixed.label,
        filters: fixed.filters as Record<string, never>,
        onClear: () => navigate('/projects'),
      }),
    [fixed, drill],
  );

  return (
    <RecordGridPage<ProjectRow>
      grid="projects"
      title={t('projectsGrid.title')}
      handle={grid}
      fetchPage={fetchPage}
      columns={columns}
      scales={scales}
      initialQuery={params.get('q') ?? ''}
      searchPlaceholder={t('projectsGrid.searchPlaceholder')}
      totalLabel={(count) => t('projectsGrid.total', { count })}
      emptyHint={t('projectsGrid.emptyHint')}
      noMatchHint={t('projectsGrid.noMatch')}
      builtinViews={views}
      fixed={fixedFilters}
      selectable
      onSelectionChange={setSelected}
      onCellEdit={async (row, field, value) => {
        await call('projects.update', { id: row.id, patch: { [field]: value === '' ? null : value } });
      }}
      openId={Number(params.get('open'))}
      newLabel={t('projectsGrid.new')}
      toolbar={
        <>
          <ExportButton channel="projects.list" grid={grid} title={t('projectsGrid.title')} />
          <BulkEdit
            ids={selected.map((r) => r.id)}
            onDone={() => {
              grid.current?.api()?.deselectAll();
              grid.current?.refresh();
            }}
          />
          <CollisionsButton />
          <Button icon={<AppstoreOutlined />} onClick={() => navigate('/projects/kanban')}>
            {t('projectsGrid.kanban')}
          </Button>
        </>
      }
      drawer={ProjectDrawer}
    />
  );
}
