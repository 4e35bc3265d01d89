import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Form, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@contract/sync/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { PassphraseDialog, type Passphrase } from '../PassphraseDialog';

/**
 * 团队同步口令: whether one is set (never the text), set or change it (typed twice), clear it;
 * and what that means for the next 同步包 — encrypted, plain, or not allowed out of an encrypted
 * ledger until one is set.
 */
export function TeamPassphrase({
  status,
  onChanged,
}: {
  status: SyncStatus;
  onChanged(s: SyncStatus): void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<Passphrase>();
  const save = useSubmit(form, (typed: Passphrase) => call('sync.setTeamPassphrase', typed), {
    success: t('teamSync.passphraseSaved'),
    onSaved: (s) => {
      onChanged(s);
      setAsking(false);
    },
  });
  const clear = useSubmit(null, () => call('sync.clearTeamPassphrase', {}), {
    success: t('teamSync.passphraseCleared'),
    onSaved: onChanged,
  });
  const set = status.teamPassphrase;
  const blocked = !set && status.databaseEncrypted;

  return (
    <Space direction="vertical" size={4} data-testid="team-passphrase">
      <Space wrap>
        {set ? (
          <Tag icon={<LockOutlined />} color="green">
            {t('teamSync.passphraseOn')}
          </Tag>
        ) : (
          <Tag icon={<UnlockOutlined />}>{t('teamSync.passphraseOff')}</Tag>
        )}
        <Button onClick={() => setAsking(true)}>
          {t(set ? 'teamSync.passphraseChange' : 'teamSync.passphraseSet')}
        </Button>
        {set && (
          <Popconfirm title={t('teamSync.passphraseClearConfirm')} onConfirm={() => void clear.submit()}>
            <Button loading={clear.saving}>{t('teamSync.passphraseClear')}</Button>
          </Popconfirm>
        )}
      </Space>
      <Typography.Text type={blocked ? 'warning' : 'secondary'}>
        {t(
          set
            ? 'teamSync.passphraseSealing'
            : blocked
              ? 'teamSync.passphraseNeeded'
              : 'teamSync.passphrasePlain',
        )}
      </Typography.Text>
      <PassphraseDialog
        area="teamSync"
        open={asking}
        title={t(set ? 'teamSync.passphraseChangeTitle' : 'teamSync.passphraseSetTitle')}
        help={t('teamSync.passphraseHelp')}
        saving={save.saving}
        form={form}
        onOk={() => void save.submit()}
        onCancel={() => setAsking(false)}
      />
    </Space>
  );
}
