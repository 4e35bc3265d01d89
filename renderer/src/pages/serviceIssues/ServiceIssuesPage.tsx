import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceIssueRow } from '@contract/serviceIssues/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { useDrill } from '../../grid/useDrill';
import { RecordGridPage } from '../../grid/RecordGridPage';
import { issueBuiltinViews } from './builtinViews';
import { issueColumns } from './columns';
import { IssueStatsBar } from './IssueStatsBar';
import { ServiceIssueDrawer } from './ServiceIssueDrawer';
import './serviceIssues.css';

/** 企业诉求 (急难愁盼): the ledger of what companies raised, with closure figures on top. */
export function ServiceIssuesPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const drill = useDrill(params, 'serviceIssues');

  const columns = useMemo(() => issueColumns(t), [t]);
  const views = useMemo(() => issueBuiltinViews(t), [t]);
  const fetchPage = useCallback((q: ListQueryInput) => call('serviceIssues.list', q), []);

  return (
    <div className="issues-page">
      {/* The office's overall figures would contradict a drill-down's period and team: its tag says them instead. */}
      {!drill && <IssueStatsBar reloadKey={version} />}
      <RecordGridPage<ServiceIssueRow>
        grid="serviceIssues"
        title={t('serviceIssues.title')}
        fetchPage={fetchPage}
        columns={columns}
        initialQuery={params.get('q') ?? ''}
        searchPlaceholder={t('serviceIssues.searchPlaceholder')}
        totalLabel={(count) => t('serviceIssues.total', { count })}
        emptyHint={t('serviceIssues.emptyHint')}
        builtinViews={views}
        fixed={drill}
        openId={Number(params.get('open'))}
        newLabel={t('serviceIssues.new')}
        drawer={ServiceIssueDrawer}
        onSaved={() => setVersion((v) => v + 1)}
      />
    </div>
  );
}
