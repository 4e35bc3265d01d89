import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyStory } from '@contract/companyStory/schema';
import type { ProjectRow } from '@contract/projects/schema';
import { StageTag } from '../../../components/StageTag';
import { formatDateZh } from '../../../format/date';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import { navigate } from '../../../router';
import { projectsDrilldownUrl } from '../../projects/drilldown';
import { SectionHead } from './SectionHead';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** The company's projects, furthest along first; a name opens the project, the link the list. */
export function ProjectsSection({ story }: { story: CompanyStory }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const s = (k: I18nKeyUnder<'companies.story'>, o: Record<string, unknown> = {}) =>
    t(`companies.story.${k}`, o);
  const col = (k: I18nKeyUnder<'companies.story.columns'>) => s(`columns.${k}`);
  const unit = t(`money.${moneyUnit}`);
  const money = (v: number | null) => (v === null ? '' : formatMoney(v, moneyUnit));
  const { company } = story;
  return (
    <>
      <SectionHead
        title={s('tabs.projects')}
        count={story.counts.projects}
        extra={
          story.counts.projects > 0 && (
            <Typography.Link
              data-testid="projects-in-list"
              onClick={() => {
                window.location.hash = projectsDrilldownUrl(s('projectsOf', { name: company.name }), {
                  companyId: company.id,
                });
              }}
            >
              {s('projectList')}
            </Typography.Link>
          )
        }
      />
      <div data-testid="company-projects">
        <Table<ProjectRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={story.projects}
          locale={{ emptyText: s('noProjects') }}
          columns={[
            {
              title: col('project'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <Typography.Link onClick={() => navigate('/projects', { open: String(p.id) })}>
                  {name}
                </Typography.Link>
              ),
            },
            {
              title: col('stage'),
              dataIndex: 'stage',
              width: 80,
              render: (_v, p) => <StageTag stage={p.stage} />,
            },
            {
              title: `${col('planned')}（${unit}）`,
              dataIndex: 'plannedAmount',
              align: 'right',
              width: 130,
              className: 'num',
              render: money,
            },
            {
              title: `${col('contract')}（${unit}）`,
              dataIndex: 'contractAmount',
              align: 'right',
              width: 140,
              className: 'num',
              render: money,
            },
            { title: col('owner'), dataIndex: 'ownerName', width: 90 },
            {
              title: col('followUp'),
              dataIndex: 'nextFollowUpOn',
              width: 120,
              render: (d: string | null, p) => (p.stage === 'dropped' ? '' : formatDateZh(d)),
            },
          ]}
        />
      </div>
    </>
  );
}
