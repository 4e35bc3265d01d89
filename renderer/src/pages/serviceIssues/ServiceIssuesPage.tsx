import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceIssueRow } from '../../../../main/domain/serviceIssues/schema';
import type { ListQueryInput } from '../../../../main/domain/shared/listQuery';
import { call } from '../../api';
import { DataGrid, type DataGridHandle } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { issueBuiltinViews } from './builtinViews';
import { issueColumns } from './columns';
import { IssueStatsBar } from './IssueStatsBar';
import { ServiceIssueDrawer } from './ServiceIssueDrawer';
import './serviceIssues.css';

/** 企业诉求 (急难愁盼): the ledger of what companies raised, with closure figures on top. */
export function ServiceIssuesPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const open = Number(params.get('open'));
  const [drawer, setDrawer] = useState<number | 'new' | null>(open > 0 ? open : null);
  const [version, setVersion] = useState(0);
  const grid = useRef<DataGridHandle<ServiceIssueRow>>(null);
  const drill = useDrill(params, 'serviceIssues');
  useNewShortcut(() => setDrawer('new'));

  const columns = useMemo(() => issueColumns(t), [t]);
  const views = useMemo(() => issueBuiltinViews(t), [t]);
  const fetchPage = useCallback((q: ListQueryInput) => call('serviceIssues.list', q), []);

  return (
    <div className="issues-page">
      {/* The office's overall figures would contradict a drill-down's period and team: its tag says them instead. */}
      {!drill && <IssueStatsBar reloadKey={version} />}
      <DataGrid<ServiceIssueRow>
        grid="serviceIssues"
        title={t('serviceIssues.title')}
        handle={grid}
        fetchPage={fetchPage}
        columns={columns}
        initialQuery={params.get('q') ?? ''}
        searchPlaceholder={t('serviceIssues.searchPlaceholder')}
        totalLabel={(count) => t('serviceIssues.total', { count })}
        emptyHint={t('serviceIssues.emptyHint')}
        builtinViews={views}
        fixed={drill}
        onOpen={(row) => setDrawer(row.id)}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
            {t('serviceIssues.new')}
          </Button>
        }
      />
      <ServiceIssueDrawer
        key={String(drawer)}
        target={drawer}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          setVersion((v) => v + 1);
          grid.current?.refresh();
        }}
      />
    </div>
  );
}
