import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyStory } from '@contract/companyStory/schema';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { ISSUE_CATEGORY_LABELS } from '@contract/serviceIssues/schema';
import { formatDateZh } from '../../../format/date';
import { navigate } from '../../../router';
import { SectionHead } from './SectionHead';
import type { I18nKeyUnder } from '../../../i18n/keys';

// An empty part is one quiet line: most companies have nothing open, and the page should say so calmly.
const none = (text: string) => <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>;

/** 近况: the latest meetings, then what is still to be done for the company. */
export function OverviewSection({ story }: { story: CompanyStory }) {
  const { t } = useTranslation();
  const s = (k: I18nKeyUnder<'companies.story'>, o: Record<string, unknown> = {}) =>
    t(`companies.story.${k}`, o);
  const openProject = (id: number | null) => id && navigate('/projects', { open: String(id) });
  const due = (days: number) =>
    days > 0 ? (
      <Typography.Text type="danger">{s('overdue', { days })}</Typography.Text>
    ) : days === 0 ? (
      <Typography.Text type="warning">{s('dueToday')}</Typography.Text>
    ) : null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <section data-testid="company-interactions">
        <SectionHead
          title={s('latest')}
          count={story.counts.interactions}
          extra={
            story.counts.interactions > story.interactions.length && (
              <Typography.Link onClick={() => navigate('/interactions', { q: story.company.name })}>
                {s('allInteractions')}
              </Typography.Link>
            )
          }
        />
        {story.interactions.length === 0 ? (
          none(s('noInteractions'))
        ) : (
          <List
            size="small"
            dataSource={story.interactions}
            renderItem={(i) => (
              <List.Item
                className="story-interaction"
                extra={i.staffNames && <Typography.Text type="secondary">{i.staffNames}</Typography.Text>}
              >
                <Space size={8} align="start">
                  <span className="story-date">{formatDateZh(i.occurredOn)}</span>
                  <Tag>{INTERACTION_KIND_LABELS[i.kind]}</Tag>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {i.projectName && (
                      <Typography.Link onClick={() => openProject(i.projectId)}>
                        【{i.projectName}】
                      </Typography.Link>
                    )}
                    {i.summary}
                  </Typography.Paragraph>
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>
      <section data-testid="company-follow-ups">
        <SectionHead title={s('followUps')} count={story.counts.followUps} />
        {story.followUps.length === 0 ? (
          none(s('noFollowUps'))
        ) : (
          <List
            size="small"
            dataSource={story.followUps}
            renderItem={(f) => (
              <List.Item extra={due(f.daysOverdue)}>
                <Space size={8}>
                  <span className="story-date">{formatDateZh(f.dueOn)}</span>
                  <span>{f.note ?? ''}</span>
                  {f.projectName && (
                    <Typography.Link onClick={() => openProject(f.projectId)}>
                      {f.projectName}
                    </Typography.Link>
                  )}
                  {f.ownerName && <Typography.Text type="secondary">{f.ownerName}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>
      <section data-testid="company-issues">
        <SectionHead title={s('openIssues')} count={story.counts.openIssues} />
        {story.openIssues.length === 0 ? (
          none(s('noIssues'))
        ) : (
          <List
            size="small"
            dataSource={story.openIssues}
            renderItem={(issue) => (
              <List.Item
                extra={
                  issue.overdue ? (
                    <Typography.Text type="danger">{formatDateZh(issue.dueOn)}</Typography.Text>
                  ) : (
                    formatDateZh(issue.dueOn)
                  )
                }
              >
                <Space size={8}>
                  <Tag color="volcano">{ISSUE_CATEGORY_LABELS[issue.category]}</Tag>
                  <Typography.Link onClick={() => navigate('/serviceIssues', { open: String(issue.id) })}>
                    {issue.description}
                  </Typography.Link>
                  <Typography.Text type="secondary">
                    {t(`serviceIssues.status.${issue.status}`)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </section>
    </Space>
  );
}
