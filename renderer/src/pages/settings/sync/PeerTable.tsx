import { Button, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeerRow } from '@contract/sync/schema';
import { formatDateTimeZh } from '../../../format/date';

interface Props {
  /** null while loading. */
  peers: PeerRow[] | null;
  onUntrust(peer: PeerRow): Promise<void>;
  /** The device whose removal is under way. */
  busy: string | null;
}

/** 受信任的设备: whose 同步包 this laptop accepts, when it last imported one, what they still lack. */
export function PeerTable({ peers, onUntrust, busy }: Props) {
  const { t } = useTranslation();
  return (
    <Table<PeerRow>
      size="small"
      rowKey="device"
      data-testid="sync-peers"
      dataSource={peers ?? []}
      loading={peers === null}
      pagination={false}
      locale={{ emptyText: t('teamSync.peersEmpty') }}
      columns={[
        { title: t('teamSync.peerName'), dataIndex: 'name' },
        {
          title: t('teamSync.peerFingerprint'),
          dataIndex: 'fingerprint',
          render: (f: string) => (
            <Typography.Text code style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
              {f}
            </Typography.Text>
          ),
        },
        {
          title: t('teamSync.peerLastImport'),
          dataIndex: 'lastImportAt',
          width: 170,
          render: (at: string | null) => (at ? formatDateTimeZh(at) : t('teamSync.peerNeverImported')),
        },
        {
          title: t('teamSync.peerUnseen'),
          dataIndex: 'unseenByIt',
          width: 110,
          align: 'right',
          render: (n: number) => t('teamSync.pendingCount', { count: n }),
        },
        {
          title: '',
          width: 90,
          render: (_, p) => (
            <Popconfirm
              title={t('teamSync.untrustConfirm', { name: p.name })}
              okButtonProps={{ danger: true }}
              onConfirm={() => onUntrust(p)}
            >
              <Button size="small" danger loading={busy === p.device}>
                {t('teamSync.untrust')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
