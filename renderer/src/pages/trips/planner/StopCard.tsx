import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  EnvironmentOutlined,
  HolderOutlined,
  MoreOutlined,
  PlusOutlined,
  PushpinFilled,
} from '@ant-design/icons';
import { Button, Dropdown, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { regionPath } from '@contract/shared/regions';
import type { StopEvent, StopView, VisitStatus, VisitView } from '@contract/trips/schema';
import { VISIT_STATUS_LABELS } from '@contract/trips/schema';
import { formatDateZh } from '../../../format/date';
import type { I18nKeyUnder } from '../../../i18n/keys';

const VISIT_COLORS: Record<VisitStatus, string> = { planned: 'gold', done: 'green', cancelled: 'default' };

export interface StopActions {
  move(delta: -1 | 1): void;
  edit(): void;
  remove(): void;
  addVisit(): void;
  nearby(): void;
  addEvent(): void;
  markDone(v: VisitView): void;
  cancelVisit(v: VisitView): void;
  removeVisit(v: VisitView): void;
  removeEvent(e: StopEvent): void;
}

interface Props {
  stop: StopView;
  index: number;
  count: number;
  t: TFunction;
  actions: StopActions;
}

const stopDates = (s: StopView): string =>
  s.arriveOn && s.departOn && s.arriveOn !== s.departOn
    ? `${formatDateZh(s.arriveOn)} — ${formatDateZh(s.departOn)}`
    : formatDateZh(s.arriveOn ?? s.departOn);

/** One stop of the route: where and when, the companies to see there, the events held. */
export function StopCard({ stop, index, count, t, actions }: Props) {
  const p = (k: I18nKeyUnder<'trips.planner'>, o: Record<string, unknown> = {}) => t(`trips.planner.${k}`, o);
  return (
    <div className="stop-card" data-testid="stop-card">
      <div className="stop-head">
        <Tooltip title={p('dragHint')}>
          <HolderOutlined className="stop-grip" />
        </Tooltip>
        <span className="stop-no">{index + 1}</span>
        <div className="stop-title">
          <Typography.Text strong>{stop.placeName}</Typography.Text>
          {stop.pinned && (
            <Tag icon={<PushpinFilled />} color="blue" style={{ marginInlineStart: 6 }}>
              {p('pinnedTag')}
            </Tag>
          )}
          <div className="stop-sub">
            <EnvironmentOutlined /> {regionPath(stop.adcode)}
            {stopDates(stop) && <span className="stop-dates">{stopDates(stop)}</span>}
          </div>
        </div>
        <Space size={2}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => actions.move(-1)}
            aria-label={p('moveUp')}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            onClick={() => actions.move(1)}
            aria-label={p('moveDown')}
          />
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            onClick={actions.edit}
            aria-label={p('editStop')}
          />
          <Popconfirm title={p('removeStopConfirm', { name: stop.placeName })} onConfirm={actions.remove}>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
            />
          </Popconfirm>
        </Space>
      </div>
      <div className="stop-body">
        {stop.visits.length === 0 ? (
          <Typography.Text type="secondary" className="stop-empty">
            {p('noVisits')}
          </Typography.Text>
        ) : (
          <ul className="visit-list">
            {stop.visits.map((v) => (
              <li key={v.id} className={`visit visit-${v.status}`} data-testid="visit-row">
                <div className="visit-name">
                  <span>{v.companyName ?? v.projectName}</span>
                  {v.projectName && v.companyName && (
                    <Typography.Text type="secondary"> · {v.projectName}</Typography.Text>
                  )}
                  {v.elsewhere && (
                    <Tooltip title={v.elsewhere}>
                      <Tag color="warning" className="visit-elsewhere" data-testid="visit-elsewhere">
                        {p('elsewhere')}
                      </Tag>
                    </Tooltip>
                  )}
                </div>
                <span className="visit-date">{formatDateZh(v.plannedOn)}</span>
                <Tag color={VISIT_COLORS[v.status]}>{VISIT_STATUS_LABELS[v.status]}</Tag>
                <Space size={0} className="visit-actions">
                  {v.status === 'planned' && (
                    <Button
                      size="small"
                      type="link"
                      icon={<CheckOutlined />}
                      onClick={() => actions.markDone(v)}
                    >
                      {p('markDone')}
                    </Button>
                  )}
                  {v.status !== 'done' && (
                    // Rarer actions behind one button: company names need the room.
                    <Dropdown
                      trigger={['click']}
                      menu={{
                        items: [
                          ...(v.status === 'planned' ? [{ key: 'cancel', label: p('cancelVisit') }] : []),
                          { key: 'remove', label: p('removeVisit'), danger: true },
                        ],
                        onClick: ({ key }) =>
                          key === 'cancel' ? actions.cancelVisit(v) : actions.removeVisit(v),
                      }}
                    >
                      <Button size="small" type="text" icon={<MoreOutlined />} aria-label={p('moreVisit')} />
                    </Dropdown>
                  )}
                </Space>
              </li>
            ))}
          </ul>
        )}
        {stop.events.length > 0 && (
          <div className="stop-events">
            {stop.events.map((e) => (
              <Tag
                key={e.id}
                color="purple"
                closable
                onClose={(ev) => {
                  // The tag goes when the event is deleted, after the confirmation, not on click.
                  ev.preventDefault();
                  actions.removeEvent(e);
                }}
              >
                {t(`trips.eventKinds.${e.kind}`)}：{e.title}
                {e.heldOn ? `（${formatDateZh(e.heldOn)}）` : ''}
              </Tag>
            ))}
          </div>
        )}
        <Space size={4} className="stop-foot">
          <Button size="small" icon={<PlusOutlined />} onClick={actions.addVisit}>
            {p('addVisit')}
          </Button>
          <Button size="small" icon={<EnvironmentOutlined />} onClick={actions.nearby}>
            {p('nearby')}
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={actions.addEvent}>
            {p('addEvent')}
          </Button>
        </Space>
      </div>
    </div>
  );
}
