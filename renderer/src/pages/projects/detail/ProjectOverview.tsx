import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { cycleFigures } from '@contract/projects/cycle';
import { KEY_LEVEL_LABELS, type ProjectRow } from '@contract/projects/schema';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { formatDateZh } from '../../../format/date';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import { CompanyPanel } from './CompanyPanel';
import { StagePath } from './StagePath';
import type { CompanyWithContacts } from './useCompany';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  project: ProjectRow;
  company: CompanyWithContacts;
  onPickStage(to: ProjectStage): void;
}

const MILESTONES = [
  'firstContactOn',
  'signedOn',
  'registeredOn',
  'startedOn',
  'producedOn',
  'fullOn',
] as const;

export function ProjectOverview({ project: p, company, onPickStage }: Props) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const d = (k: I18nKeyUnder<'projects.detail'>, o: Record<string, unknown> = {}) =>
    t(`projects.detail.${k}`, o);
  const f = (k: I18nKeyUnder<'projects.detail.fields'>) => t(`projects.detail.fields.${k}`);
  const unit = t(`money.${moneyUnit}`);
  const today = dayjs().format('YYYY-MM-DD');
  const figures = cycleFigures(p, today);
  const overdue = !!p.nextFollowUpOn && p.nextFollowUpOn < today;

  const span = (days: number | null, testId: string) => (
    <Statistic
      data-testid={testId}
      value={days === null ? d('noFigure') : days}
      suffix={days === null ? undefined : '天'}
      styles={{ content: { fontSize: 22, color: days !== null && days < 0 ? '#cf1322' : undefined } }}
    />
  );
  const money = (yuan: number | null) =>
    yuan === null ? d('noFigure') : `${formatMoney(yuan, moneyUnit)} ${unit}`;
  const rate = p.contractAmount ? Math.round((p.arrivedAmount / p.contractAmount) * 100) : null;
  const swapped = [figures.contactToSigning, figures.signingToStart, figures.signingToProduction].some(
    (x) => x !== null && x < 0,
  );

  return (
    <div className="project-overview">
      <Card
        size="small"
        title={d('stagePath')}
        extra={<Typography.Text type="secondary">{d('stageHint')}</Typography.Text>}
      >
        <StagePath stage={p.stage} onPick={onPickStage} />
        {p.stage === 'dropped' && p.dropReason && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {f('dropReason')}：{p.dropReason}（{formatDateZh(p.droppedOn)}）
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        size="small"
        title={d('figures')}
        extra={
          swapped && (
            <Tag icon={<WarningOutlined />} color="error">
              {d('swappedDates')}
            </Tag>
          )
        }
      >
        <Row gutter={16}>
          <Col span={5}>
            <Typography.Text type="secondary">{d('daysInStage')}</Typography.Text>
            <Statistic
              data-testid="days-in-stage"
              value={figures.daysInStage}
              suffix="天"
              styles={{ content: { fontSize: 22 } }}
            />
            <Typography.Text type="secondary">
              {d('since', { date: formatDateZh(p.stageSince) })}
            </Typography.Text>
          </Col>
          <Col span={5}>
            <Typography.Text type="secondary">{d('contactToSigning')}</Typography.Text>
            {span(figures.contactToSigning, 'contact-to-signing')}
          </Col>
          <Col span={5}>
            <Typography.Text type="secondary">{d('signingToStart')}</Typography.Text>
            {span(figures.signingToStart, 'signing-to-start')}
          </Col>
          <Col span={4}>
            <Typography.Text type="secondary">{d('signingToProduction')}</Typography.Text>
            {span(figures.signingToProduction, 'signing-to-production')}
          </Col>
          <Col span={5}>
            <Typography.Text type="secondary">{d('sameYear')}</Typography.Text>
            <Statistic
              data-testid="same-year"
              value={d(`sameYearValue.${figures.sameYear}`)}
              styles={{
                content: {
                  fontSize: 16,
                  lineHeight: '33px',
                  color: figures.sameYear === 'yes' ? '#2f8f3a' : undefined,
                },
              }}
            />
          </Col>
        </Row>
      </Card>
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" title={d('money')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'planned', label: f('plannedAmount'), children: money(p.plannedAmount) },
                { key: 'contract', label: f('contractAmount'), children: money(p.contractAmount) },
                {
                  key: 'arrived',
                  label: f('arrivedAmount'),
                  children: (
                    <>
                      {money(p.arrivedAmount)}
                      {rate !== null && (
                        <Typography.Text type="secondary">（{d('arrivedRate', { rate })}）</Typography.Text>
                      )}
                    </>
                  ),
                },
                {
                  key: 'key',
                  label: f('keyLevel'),
                  children: p.keyLevel ? (
                    <Tag color="volcano">{KEY_LEVEL_LABELS[p.keyLevel]}</Tag>
                  ) : (
                    d('noFigure')
                  ),
                },
                { key: 'site', label: f('site'), children: p.site ?? d('noFigure') },
              ]}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={d('milestones')} style={{ height: '100%' }}>
            <Descriptions
              column={2}
              size="small"
              items={MILESTONES.map((m) => ({
                key: m,
                label: f(m),
                children: p[m] ? (
                  formatDateZh(p[m])
                ) : (
                  <Typography.Text type="secondary">{d('notReached')}</Typography.Text>
                ),
              }))}
            />
            <Typography.Text type="secondary">{d('followUp')}：</Typography.Text>
            <span data-testid="overview-follow-up">
              {p.nextFollowUpOn ? (
                <Typography.Text type={overdue ? 'danger' : undefined} strong>
                  {formatDateZh(p.nextFollowUpOn)} {p.nextFollowUpNote ?? ''}{' '}
                  {overdue && `（${d('overdue')}）`}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{d('noFollowUp')}</Typography.Text>
              )}
            </span>
          </Card>
        </Col>
      </Row>
      <CompanyPanel {...company} />
    </div>
  );
}
