import {
  CommentOutlined,
  CustomerServiceOutlined,
  EditOutlined,
  FlagOutlined,
  MoneyCollectOutlined,
} from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import type { TimelineItemType } from 'antd/es/timeline/Timeline';
import type { ReactNode } from 'react';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import type { TimelineEntry } from '@contract/projects/timelineSchema';
import { ISSUE_CATEGORY_LABELS, ISSUE_STATUS_LABELS } from '@contract/serviceIssues/schema';
import { AttachmentsButton } from '../../../components/attachments/AttachmentsButton';
import { StageTag } from '../../../components/StageTag';
import { formatDateZh } from '../../../format/date';
import { formatMoney } from '../../../format/money';
import { STAGE_COLORS } from '../../../format/stages';
import { describeEdit, type EditContext } from './describeEdit';
import type { I18nKeyUnder } from '../../../i18n/keys';

const { Text, Paragraph } = Typography;

const line = (text: string | null, render: (x: string) => string): ReactNode =>
  text ? <div className="timeline-line">{render(text)}</div> : null;

function body(
  e: TimelineEntry,
  ctx: EditContext,
): { color: string; icon: ReactNode; head: ReactNode; content: ReactNode } {
  const { t } = ctx;
  const tl = (k: I18nKeyUnder<'projects.timeline'>, o: Record<string, unknown> = {}) =>
    t(`projects.timeline.${k}`, o);
  switch (e.kind) {
    case 'interaction':
      return {
        color: '#1f5fa8',
        icon: <CommentOutlined />,
        head: (
          <Space size={6}>
            <Tag color="blue">{INTERACTION_KIND_LABELS[e.interactionKind]}</Tag>
            {e.place && <Text type="secondary">{e.place}</Text>}
          </Space>
        ),
        content: (
          <>
            <Paragraph style={{ margin: '4px 0' }}>{e.summary}</Paragraph>
            {line(e.staffNames, (names) => tl('ours', { names }))}
            {line(e.contactNames ?? e.theirAttendeesText, (names) => tl('theirs', { names }))}
            {line(e.stickingPoints, (text) => tl('stickingPoints', { text }))}
            {line(e.promises, (text) => tl('promises', { text }))}
            {line(e.nextStep, (text) =>
              tl('nextStep', { text: e.nextStepOn ? `${text}（${formatDateZh(e.nextStepOn)}）` : text }),
            )}
            <Text type="secondary">{tl('by', { name: e.createdBy })}</Text>
            <AttachmentsButton
              owner={{ kind: 'interaction', id: e.id }}
              title={`${formatDateZh(e.on)} ${INTERACTION_KIND_LABELS[e.interactionKind]}`}
            />
          </>
        ),
      };
    case 'stage':
      return {
        color: STAGE_COLORS[e.toStage],
        icon: <FlagOutlined />,
        head: e.fromStage ? (
          <Space size={6}>
            {tl('stageMoved')} <StageTag stage={e.fromStage} /> → <StageTag stage={e.toStage} />
          </Space>
        ) : (
          <Space size={6}>
            {tl('entered')} <StageTag stage={e.toStage} />
          </Space>
        ),
        content: (
          <>
            {line(e.reason, (reason) => tl('reason', { reason }))}
            <Text type="secondary">{tl('by', { name: e.actor })}</Text>
          </>
        ),
      };
    case 'arrival':
      return {
        color: '#2f8f3a',
        icon: <MoneyCollectOutlined />,
        head: tl('arrival', { amount: formatMoney(e.amount, ctx.unit), unit: t(`money.${ctx.unit}`) }),
        content: line(e.note, (x) => x),
      };
    case 'issue':
      return {
        color: '#d46b08',
        icon: <CustomerServiceOutlined />,
        head: (
          <Space size={6}>
            {tl('issue', { category: ISSUE_CATEGORY_LABELS[e.category] })}
            <Tag color={e.status === 'closed' ? 'green' : 'orange'}>{ISSUE_STATUS_LABELS[e.status]}</Tag>
          </Space>
        ),
        content: (
          <>
            <Paragraph style={{ margin: '4px 0' }}>{e.description}</Paragraph>
            {line(e.resolution, (text) => tl('resolved', { date: formatDateZh(e.closedOn), text }))}
            {line(e.ownerName, (name) => tl('issueOwner', { name }))}
          </>
        ),
      };
    case 'edit':
      return {
        color: '#8c8c8c',
        icon: <EditOutlined />,
        head: tl('edited', { name: e.actor }),
        content: describeEdit(e.before, e.after, ctx).map((c) => (
          <div key={c.field} className="timeline-line">
            {c.label}：
            <Text delete={c.before !== t('history.blank')} type="secondary">
              {c.before}
            </Text>{' '}
            → <Text>{c.after}</Text>
          </div>
        )),
      };
  }
}

/** One entry of the project's timeline as an antd Timeline item: date on top, then what happened. */
export function timelineItem(e: TimelineEntry, ctx: EditContext): TimelineItemType {
  const b = body(e, ctx);
  return {
    key: `${e.kind}:${e.id}`,
    color: b.color,
    icon: b.icon,
    content: (
      <div className={`timeline-entry timeline-${e.kind}`} data-kind={e.kind}>
        <div className="timeline-head">
          <Text strong className="num">
            {formatDateZh(e.on)}
          </Text>
          {b.head}
        </div>
        {b.content}
      </div>
    ),
  };
}
