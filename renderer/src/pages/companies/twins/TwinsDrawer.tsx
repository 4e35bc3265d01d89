import { Alert, App, Button, Drawer, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinList, TwinPair, TwinSide } from '@contract/companyMerge/twinSchema';
import { call, errorMessage } from '../../../api';
import { regionLabel } from '../../../components/RegionSelect';
import { MergeCompaniesModal } from '../merge/MergeCompaniesModal';
import { foldedNote, useMergedToast } from '../merge/useMergedToast';
import { keepAndDrop } from './keepSide';
import './twins.css';

interface Props {
  onClose(): void;
  /** Companies were merged, split again or marked: the grid and the count reload. */
  onChanged(): void;
}

const pairId = (p: TwinPair): string => `${p.a.id}-${p.b.id}`;

/** 疑似重复企业: pairs side by side, merged one by one (the merge dialog) or ticked and merged at once. */
export function TwinsDrawer({ onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [list, setList] = useState<TwinList | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [merging, setMerging] = useState<[TwinSide, TwinSide] | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    call('companyMerge.twins', {})
      .then((got) => {
        setList(got);
        setTicked((old) => old.filter((k) => got.pairs.some((p) => pairId(p) === k)));
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);
  useEffect(load, [load]);

  const changed = () => {
    load();
    onChanged();
  };
  const { busy: undoing, announce, announcePair } = useMergedToast(changed);

  const notTwins = async (p: TwinPair) => {
    try {
      await call('companyMerge.notTwins', { aId: p.a.id, bId: p.b.id });
      message.success(t('companyTwins.notTwinsDone', { a: p.a.name, b: p.b.name }));
      changed();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const mergeTicked = () => {
    const pairs = (list?.pairs ?? []).filter((p) => ticked.includes(pairId(p)));
    modal.confirm({
      title: t('companyTwins.bulkTitle', { count: pairs.length }),
      content: t('companyTwins.bulkBody'),
      okText: t('companyMerge.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          const r = await call('companyMerge.applyMany', {
            pairs: pairs.map((p) => {
              const [keep, drop] = keepAndDrop(p);
              return { keepId: keep.id, dropId: drop.id };
            }),
          });
          setTicked([]);
          changed();
          announce(
            r.batchId,
            t('companyTwins.bulkDone', { count: r.merged }) + foldedNote(t, r.contactsFolded),
          );
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  const side = (s: TwinSide) => (
    <div className="twin-side">
      <Typography.Text strong className="twin-name" title={s.name}>
        {s.name}
      </Typography.Text>
      <Typography.Text type="secondary" className="twin-facts">
        {s.creditCode ? `${t('companyTwins.creditCode')} ${s.creditCode}` : t('companyTwins.noCode')}
      </Typography.Text>
      <Typography.Text type="secondary" className="twin-facts">
        {[s.hqAdcode ? regionLabel(s.hqAdcode) : null, s.industry].filter(Boolean).join(' · ') || '—'}
      </Typography.Text>
      <Typography.Text className="twin-facts">
        {t('companyTwins.counts', { projects: s.projects, contacts: s.contacts })}
      </Typography.Text>
    </div>
  );

  const pairs = list?.pairs ?? [];
  return (
    <Drawer
      open
      onClose={onClose}
      width={980}
      title={t('companyTwins.title')}
      rootClassName="twins-drawer"
      extra={
        <Button type="primary" disabled={ticked.length === 0} loading={busy || undoing} onClick={mergeTicked}>
          {t('companyTwins.mergeSelected', { count: ticked.length })}
        </Button>
      }
    >
      <Alert type="info" showIcon className="twins-hint" message={t('companyTwins.hint')} />
      {list && list.total > list.pairs.length && (
        <Alert
          type="warning"
          showIcon
          className="twins-hint"
          message={t('companyTwins.more', { total: list.total, shown: list.pairs.length })}
        />
      )}
      <Table<TwinPair>
        size="small"
        rowKey={pairId}
        loading={!list}
        dataSource={pairs}
        pagination={pairs.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description={t('companyTwins.empty')} /> }}
        rowSelection={{ selectedRowKeys: ticked, onChange: (keys) => setTicked(keys as string[]) }}
        columns={[
          { title: t('companyTwins.pair'), key: 'a', render: (_: unknown, p) => side(p.a) },
          { title: t('companyTwins.other'), key: 'b', render: (_: unknown, p) => side(p.b) },
          {
            title: t('companyTwins.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, p) => (
              <Space direction="vertical" size={4}>
                {p.codesDiffer && (
                  <Tooltip title={t('companyTwins.codesDifferHint')}>
                    <Tag color="warning">{t('companyTwins.codesDiffer')}</Tag>
                  </Tooltip>
                )}
                <Button size="small" type="primary" ghost onClick={() => setMerging(keepAndDrop(p))}>
                  {t('companyTwins.merge')}
                </Button>
                <Button size="small" onClick={() => void notTwins(p)}>
                  {t('companyTwins.notTwins')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {merging && (
        <MergeCompaniesModal
          initial={merging}
          onClose={() => setMerging(null)}
          onMerged={(result, keep, drop) => {
            setMerging(null);
            changed();
            announcePair(result, keep, drop);
          }}
        />
      )}
    </Drawer>
  );
}
