import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  NodeIndexOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Result, Spin, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTripTotals, QuietDayWarning, VisitPlace } from '@contract/trips/planningSchema';
import type { StopView, TripDetail, VisitView } from '@contract/trips/schema';
import { call, errorMessage } from '../../../api';
import { formatDateZh } from '../../../format/date';
import { navigate } from '../../../router';
import { PrintBriefButton } from '../../reports/PrintBriefButton';
import { StatusTag } from '../tripColumns';
import { TripFormModal } from '../TripFormModal';
import { EventModal } from './EventModal';
import { NearbyDrawer } from './NearbyDrawer';
import { OptimiseModal } from './OptimiseModal';
import { StopList } from './StopList';
import { StopModal } from './StopModal';
import { TripMap } from './TripMap';
import { TripSummary } from './TripSummary';
import { VisitDoneModal } from './VisitDoneModal';
import { VisitModal } from './VisitModal';
import type { I18nKeyUnder } from '../../../i18n/keys';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'optimise' }
  | { kind: 'stop'; stop?: StopView }
  | { kind: 'visit' | 'nearby' | 'event'; stop: StopView }
  | { kind: 'done'; visit: VisitView };

interface Loaded {
  trip: TripDetail;
  totals: OneTripTotals;
  warnings: QuietDayWarning[];
  places: VisitPlace[];
}

/** #/trips/<id>: the route on the left, stop by stop; the map on the right. */
export function TripPlannerPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [data, setData] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const p = (k: I18nKeyUnder<'trips.planner'>, o: Record<string, unknown> = {}) => t(`trips.planner.${k}`, o);

  const reload = useCallback(() => {
    Promise.all([
      call('trips.get', { id }),
      call('trips.tripTotals', { id }),
      call('trips.quietDayWarnings', { tripId: id }),
      call('trips.visitPlaces', { id }),
    ])
      .then(([trip, totals, warnings, places]) => setData({ trip, totals, warnings, places }))
      .catch((e: unknown) => setMissing(errorMessage(e)));
  }, [id]);
  useEffect(reload, [reload]);

  /** Runs a change, reports a refusal in Chinese, and shows the result either way. */
  const run = (work: Promise<unknown>, done?: string) => {
    work
      .then(() => {
        if (done) void message.success(done);
      })
      .catch((e: unknown) => message.error(errorMessage(e)))
      .finally(reload);
  };
  const closeAndReload = () => {
    setDialog(null);
    reload();
  };

  if (missing) {
    return (
      <Result
        status="404"
        title={missing}
        extra={<Button onClick={() => navigate('/trips')}>{p('back')}</Button>}
      />
    );
  }
  if (!data) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  const { trip } = data;

  return (
    <div className="planner" data-testid="trip-planner">
      <div className="page-toolbar">
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate('/trips')}
          aria-label={p('back')}
        />
        <h1>{trip.title}</h1>
        <StatusTag status={trip.status} t={t} />
        <Typography.Text type="secondary">
          {formatDateZh(trip.startsOn)} — {formatDateZh(trip.endsOn)}
        </Typography.Text>
        <span className="spacer" />
        <PrintBriefButton kind="trip" id={trip.id} />
        <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
          {p('edit')}
        </Button>
        <Popconfirm
          title={t('trips.deleteConfirm', { name: trip.title })}
          onConfirm={() =>
            call('trips.delete', { id: trip.id })
              .then(() => navigate('/trips'))
              .catch((e: unknown) => message.error(errorMessage(e)))
          }
        >
          <Button danger icon={<DeleteOutlined />}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      </div>
      <div className="planner-body">
        <div className="planner-left">
          <TripSummary trip={trip} totals={data.totals} warnings={data.warnings} t={t} />
          <div className="planner-section">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {p('stops')}
            </Typography.Title>
            <span className="spacer" />
            <Tooltip title={trip.stops.length < 2 ? t('trips.optimiseModal.tooFew') : undefined}>
              <Button
                icon={<NodeIndexOutlined />}
                disabled={trip.stops.length < 2}
                onClick={() => setDialog({ kind: 'optimise' })}
              >
                {p('optimise')}
              </Button>
            </Tooltip>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'stop' })}>
              {p('addStop')}
            </Button>
          </div>
          {trip.stops.length === 0 ? (
            <Empty description={p('noStops')} />
          ) : (
            <StopList
              stops={trip.stops}
              t={t}
              actions={{
                reorder: (stopIds) => run(call('trips.reorderStops', { tripId: trip.id, stopIds })),
                edit: (stop) => setDialog({ kind: 'stop', stop }),
                remove: (stop) => run(call('trips.removeStop', { id: stop.id }), t('common.deleted')),
                addVisit: (stop) => setDialog({ kind: 'visit', stop }),
                nearby: (stop) => setDialog({ kind: 'nearby', stop }),
                addEvent: (stop) => setDialog({ kind: 'event', stop }),
                markDone: (visit) => setDialog({ kind: 'done', visit }),
                cancelVisit: (v) =>
                  run(call('trips.updateVisit', { id: v.id, patch: { status: 'cancelled' } })),
                removeVisit: (v) =>
                  void modal.confirm({
                    title: p('removeVisitConfirm', { name: v.companyName ?? v.projectName ?? '' }),
                    okButtonProps: { danger: true },
                    onOk: () => run(call('trips.removeVisit', { id: v.id }), t('common.deleted')),
                  }),
                removeEvent: (e) =>
                  void modal.confirm({
                    title: p('removeEventConfirm', { name: e.title }),
                    okButtonProps: { danger: true },
                    onOk: () => run(call('trips.removeEvent', { id: e.id }), t('common.deleted')),
                  }),
              }}
            />
          )}
        </div>
        <div className="planner-right">
          <TripMap trip={trip} places={data.places} height="100%" />
        </div>
      </div>
      {dialog?.kind === 'edit' && (
        <TripFormModal open trip={trip} onClose={() => setDialog(null)} onSaved={closeAndReload} />
      )}
      {dialog?.kind === 'optimise' && (
        <OptimiseModal trip={trip} onClose={() => setDialog(null)} onApplied={closeAndReload} />
      )}
      {dialog?.kind === 'stop' && (
        <StopModal trip={trip} stop={dialog.stop} onClose={() => setDialog(null)} onSaved={closeAndReload} />
      )}
      {dialog?.kind === 'visit' && (
        <VisitModal trip={trip} stop={dialog.stop} onClose={() => setDialog(null)} onSaved={closeAndReload} />
      )}
      {dialog?.kind === 'event' && (
        <EventModal trip={trip} stop={dialog.stop} onClose={() => setDialog(null)} onSaved={closeAndReload} />
      )}
      {dialog?.kind === 'nearby' && (
        <NearbyDrawer stop={dialog.stop} onClose={() => setDialog(null)} onAdded={reload} />
      )}
      {dialog?.kind === 'done' && (
        <VisitDoneModal visit={dialog.visit} onClose={() => setDialog(null)} onSaved={closeAndReload} />
      )}
    </div>
  );
}
