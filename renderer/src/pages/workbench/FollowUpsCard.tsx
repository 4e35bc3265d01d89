import { Alert, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpItem, OverdueIssue } from '@contract/followUps/schema';
import { ISSUE_CATEGORY_LABELS } from '@contract/serviceIssues/schema';
import { StageTag } from '../../components/StageTag';
import { formatDateZh } from '../../format/date';
import { useQuery } from '../../hooks/useQuery';
import { openRecord } from '../../layout/search/openHit';
import { navigate } from '../../router';
import { EMPTY_TEXT, type FollowUpTab } from './followUpTabs';
import './followUps.css';

const LIMIT = 30;

/** A meeting's next step opens its project, or its company when it has none. */
function openItem(item: FollowUpItem): void {
  if (item.projectId) openRecord('project', item.projectId);
  else if (item.companyId) openRecord('company', item.companyId);
}

function When({ days }: { days: number }) {
  const { t } = useTranslation();
  return days > 0 ? (
    <Tag color="red">{t('followUps.overdueDays', { count: days })}</Tag>
  ) : (
    <Tag color="blue">{t('followUps.today')}</Tag>
  );
}

function FollowUpRow({ item }: { item: FollowUpItem }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="follow-up-row" onClick={() => openItem(item)}>
      <When days={item.daysOverdue} />
      <span className="follow-up-main">
        <span className="follow-up-title">
          {item.projectName ?? item.companyName}
          {item.stage && <StageTag stage={item.stage} />}
        </span>
        <span className="follow-up-note">{item.note || t('followUps.noNote')}</span>
      </span>
      <span className="follow-up-meta">
        <span>{t(`followUps.source.${item.source}`)}</span>
        <span>
          {[item.projectName ? item.companyName : null, item.ownerName].filter(Boolean).join(' · ')}
        </span>
      </span>
    </button>
  );
}

function IssueRow({ issue }: { issue: OverdueIssue }) {
  return (
    <button
      type="button"
      className="follow-up-row"
      onClick={() => navigate('/serviceIssues', { open: String(issue.id) })}
    >
      <When days={issue.daysOverdue} />
      <span className="follow-up-main">
        <span className="follow-up-title">
          {issue.companyName}
          <Tag>{ISSUE_CATEGORY_LABELS[issue.category]}</Tag>
        </span>
        <span className="follow-up-note">{issue.description}</span>
      </span>
      <span className="follow-up-meta">
        <span>{formatDateZh(issue.dueOn)}</span>
        <span>{issue.ownerName}</span>
      </span>
    </button>
  );
}

/** 工作台: follow-ups due today and overdue, and 企业诉求 past their deadline; one click opens each. */
export function FollowUpsCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery('followUps.list', { limit: LIMIT });
  const [tab, setTab] = useState<FollowUpTab>('today');
  const counts = data?.counts;
  const tabs: { key: FollowUpTab; count: number | undefined }[] = [
    { key: 'today', count: counts?.today },
    { key: 'overdue', count: counts?.overdue },
    { key: 'issues', count: counts?.overdueIssues },
  ];
  const rows =
    tab === 'issues'
      ? (data?.overdueIssues ?? []).map((i) => <IssueRow key={i.id} issue={i} />)
      : (tab === 'today' ? data?.dueToday : data?.overdue)?.map((i) => (
          <FollowUpRow key={`${i.source}-${i.id}`} item={i} />
        ));
  const total = tabs.find((x) => x.key === tab)?.count ?? 0;
  return (
    <Card
      size="small"
      title={t('followUps.title')}
      className="follow-ups-card"
      data-testid="follow-ups"
      activeTabKey={tab}
      onTabChange={(k) => setTab(k as FollowUpTab)}
      tabList={tabs.map((x) => ({
        key: x.key,
        label: `${t(`followUps.tabs.${x.key}`)}${x.count === undefined ? '' : ` ${x.count}`}`,
      }))}
    >
      {error && <Alert type="error" showIcon message={error} />}
      {data &&
        (rows?.length ? (
          <div className="follow-up-list">{rows}</div>
        ) : (
          <div className="follow-up-empty">{t(EMPTY_TEXT[tab])}</div>
        ))}
      {data && total > LIMIT && (
        <div className="follow-up-foot">
          <Typography.Text type="secondary">
            {t('followUps.more', { count: total, shown: LIMIT })}
          </Typography.Text>
          <Typography.Link onClick={() => navigate(tab === 'issues' ? '/serviceIssues' : '/projects')}>
            {t(tab === 'issues' ? 'followUps.openIssues' : 'followUps.openProjects')}
          </Typography.Link>
        </div>
      )}
    </Card>
  );
}
