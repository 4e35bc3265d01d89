import { App, Alert, Checkbox, Col, Modal, Row, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimiseResult } from '@contract/trips/planningSchema';
import type { TripDetail } from '@contract/trips/schema';
import { formatKm } from '@contract/trips/totalsWording';
import { call, errorMessage } from '../../../api';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  trip: TripDetail;
  onClose(): void;
  onApplied(): void;
}

function Order({ title, ids, km, trip }: { title: string; ids: number[]; km: number; trip: TripDetail }) {
  const byId = new Map(trip.stops.map((s) => [s.id, s]));
  return (
    <div className="optimise-order">
      <Typography.Text strong>
        {title}：{formatKm(km)}
      </Typography.Text>
      <ol>
        {ids.map((id) => (
          <li key={id}>
            {byId.get(id)?.placeName}
            {byId.get(id)?.pinned ? <Typography.Text type="secondary">（已固定）</Typography.Text> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Shows the shorter order next to the current one; nothing changes until 应用新顺序. */
export function OptimiseModal({ trip, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [keepLast, setKeepLast] = useState(false);
  const [found, setFound] = useState<{ keepLast: boolean; result: OptimiseResult } | null>(null);
  const result = found?.keepLast === keepLast ? found.result : null;
  const [applying, setApplying] = useState(false);
  const o = (k: I18nKeyUnder<'trips.optimiseModal'>, opts: Record<string, unknown> = {}) =>
    t(`trips.optimiseModal.${k}`, opts);

  useEffect(() => {
    let live = true;
    call('trips.optimise', { tripId: trip.id, keepLastStop: keepLast })
      .then((r) => live && setFound({ keepLast, result: r }))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [trip.id, keepLast, message]);

  const apply = async () => {
    if (!result) return;
    setApplying(true);
    try {
      await call('trips.reorderStops', { tripId: trip.id, stopIds: result.proposed });
      message.success(o('applied'));
      onApplied();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setApplying(false);
    }
  };

  const saved = result ? result.kmBefore - result.kmAfter : 0;
  return (
    <Modal
      open
      title={o('title')}
      onCancel={onClose}
      onOk={() => void apply()}
      okText={o('apply')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !result?.changed }}
      confirmLoading={applying}
      width={640}
      rootClassName="optimise-modal"
    >
      <Typography.Paragraph type="secondary">{o('rules')}</Typography.Paragraph>
      <Checkbox checked={keepLast} onChange={(e) => setKeepLast(e.target.checked)}>
        {o('keepLast')}
      </Checkbox>
      {!result ? (
        <Spin style={{ display: 'block', margin: 24 }} />
      ) : (
        <>
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col span={12}>
              <Order title={o('current')} ids={result.current} km={result.kmBefore} trip={trip} />
            </Col>
            <Col span={12}>
              <Order title={o('proposed')} ids={result.proposed} km={result.kmAfter} trip={trip} />
            </Col>
          </Row>
          {result.changed ? (
            <Alert
              type="success"
              showIcon
              data-testid="optimise-saving"
              message={o('saving', {
                km: saved,
                pct: Math.round((saved / Math.max(1, result.kmBefore)) * 100),
              })}
              description={result.exact ? o('exact') : o('heuristic')}
            />
          ) : (
            <Alert type="info" showIcon message={o('alreadyBest')} />
          )}
        </>
      )}
    </Modal>
  );
}
