import { App, Button, Drawer, Empty, Segmented, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_TIERS, type CompanyTier } from '@contract/companies/schema';
import type { NearbyLead } from '@contract/trips/planningSchema';
import type { StopView } from '@contract/trips/schema';
import { call, errorMessage } from '../../../api';
import { StageTag } from '../../../components/StageTag';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import type { I18nKeyUnder } from '../../../i18n/keys';

const RADII = [20, 50, 100, 200];

interface Props {
  stop: StopView;
  onClose(): void;
  /** A visit was added: the planner reloads, the drawer stays open for the next one. */
  onAdded(): void;
}

/** Companies around a stop, best prospects first; one click puts one on the visit list. */
export function NearbyDrawer({ stop, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [radius, setRadius] = useState(50);
  const [chain, setChain] = useState<string | null>(null);
  const [tiers, setTiers] = useState<CompanyTier[]>([]);
  const asked = JSON.stringify([radius, chain, tiers]);
  const [found, setFound] = useState<{ asked: string; leads: NearbyLead[] } | null>(null);
  // The chains to choose from: those of the companies in range, kept while one is chosen.
  const [chains, setChains] = useState<string[]>([]);
  const leads = found?.asked === asked ? found.leads : null;
  const n = (k: I18nKeyUnder<'trips.nearbyPanel'>, o: Record<string, unknown> = {}) =>
    t(`trips.nearbyPanel.${k}`, o);

  useEffect(() => {
    let live = true;
    const [radiusKm, onChain, ofTiers] = JSON.parse(asked) as [number, string | null, CompanyTier[]];
    call('trips.nearby', {
      stopId: stop.id,
      radiusKm,
      limit: 100,
      ...(onChain ? { chain: onChain } : {}),
      ...(ofTiers.length ? { tiers: ofTiers } : {}),
    })
      .then((got) => {
        if (!live) return;
        setFound({ asked, leads: got });
        if (!onChain) setChains([...new Set(got.flatMap((l) => (l.chain ? [l.chain] : [])))].sort());
      })
      .catch((e: unknown) => {
        message.error(errorMessage(e));
        if (live) setFound({ asked, leads: [] });
      });
    return () => {
      live = false;
    };
  }, [stop.id, asked, message]);

  const add = async (lead: NearbyLead) => {
    try {
      await call('trips.addVisit', {
        stopId: stop.id,
        companyId: lead.companyId,
        projectId: lead.projectId,
        plannedOn: stop.arriveOn,
      });
      message.success(t('trips.visit.added', { name: lead.companyName }));
      setFound(
        (old) =>
          old && {
            ...old,
            leads: old.leads.map((l) => (l.companyId === lead.companyId ? { ...l, onTrip: true } : l)),
          },
      );
      onAdded();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      width={760}
      title={n('title', { place: stop.placeName })}
      rootClassName="nearby-drawer"
    >
      <div className="nearby-radius">
        <Typography.Text>{n('radius')}</Typography.Text>
        <Segmented<number>
          value={radius}
          onChange={setRadius}
          options={RADII.map((r) => ({ value: r, label: `${r}公里` }))}
        />
        <Select<string>
          allowClear
          aria-label={n('chain')}
          data-testid="nearby-chain"
          placeholder={n('allChains')}
          value={chain ?? undefined}
          onChange={(v) => setChain(v ?? null)}
          options={chains.map((c) => ({ value: c, label: c }))}
          style={{ width: 160 }}
        />
        <Select<CompanyTier[]>
          mode="multiple"
          allowClear
          aria-label={n('tiers')}
          data-testid="nearby-tiers"
          placeholder={n('anyTier')}
          value={tiers}
          onChange={setTiers}
          options={COMPANY_TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
          maxTagCount="responsive"
          style={{ minWidth: 200 }}
        />
      </div>
      <Table<NearbyLead>
        size="small"
        rowKey="companyId"
        loading={leads === null}
        dataSource={leads ?? []}
        pagination={false}
        locale={{
          emptyText: <Empty description={n(chain || tiers.length ? 'noMatch' : 'empty', { km: radius })} />,
        }}
        columns={[
          {
            title: n('company'),
            key: 'company',
            render: (_, l) => (
              <div>
                <div>
                  {l.companyName}
                  {l.tier && l.tier !== 'other' && (
                    <Tag className="nearby-tier" bordered={false} color="gold">
                      {t(`tier.${l.tier}`)}
                    </Tag>
                  )}
                </div>
                {l.projectName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.projectName}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: n('chain'),
            dataIndex: 'chain',
            width: 96,
            render: (c: string | null) => c ?? '',
          },
          {
            title: n('stage'),
            dataIndex: 'stage',
            width: 80,
            render: (s: NearbyLead['stage']) => (s ? <StageTag stage={s} /> : ''),
          },
          {
            title: n('amount', { unit: t(`money.${moneyUnit}`) }),
            dataIndex: 'amount',
            width: 120,
            align: 'right',
            render: (v: number | null) => <span className="num">{formatMoney(v, moneyUnit)}</span>,
          },
          {
            title: n('distance'),
            dataIndex: 'distanceKm',
            width: 90,
            align: 'right',
            render: (km: number, l) =>
              l.located === 'region' ? (
                <Tooltip title={n('approx')}>
                  <span className="num">≈{Math.round(km)}公里</span>
                </Tooltip>
              ) : (
                <span className="num">{Math.round(km)}公里</span>
              ),
          },
          {
            title: n('lastContact'),
            dataIndex: 'daysSinceContact',
            width: 100,
            render: (d: number | null, l) =>
              d === null ? (
                <Typography.Text type="secondary">{n('never')}</Typography.Text>
              ) : (
                <Tooltip title={l.lastContactOn}>{n('daysAgo', { days: d })}</Tooltip>
              ),
          },
          {
            key: 'add',
            width: 100,
            render: (_, l) => (
              <Button
                size="small"
                type={l.onTrip ? 'default' : 'primary'}
                disabled={l.onTrip}
                onClick={() => void add(l)}
              >
                {l.onTrip ? n('onTrip') : n('add')}
              </Button>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
