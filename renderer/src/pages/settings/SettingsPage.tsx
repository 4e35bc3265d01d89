import { Card, Form, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePrefs } from '../../prefs';
import { BackupsCard } from './BackupsCard';
import { CurrentUserField } from './CurrentUserField';
import { RetentionField } from './RetentionField';
import { EncryptionCard } from './EncryptionCard';
import { TeamSyncCard } from './sync/TeamSyncCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const { moneyUnit, setMoneyUnit } = usePrefs();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('nav.settings')} style={{ maxWidth: 640 }}>
        <Form layout="horizontal" labelCol={{ span: 6 }}>
          <Form.Item
            label={t('settings.currentUser')}
            extra={t('settings.currentUserHelp')}
            htmlFor="current-user"
          >
            <CurrentUserField id="current-user" />
          </Form.Item>
          <Form.Item label={t('settings.moneyUnit')} extra={t('settings.moneyUnitHint')}>
            <Radio.Group value={moneyUnit} onChange={(e) => setMoneyUnit(e.target.value as typeof moneyUnit)}>
              <Radio.Button value="wan">{t('money.wan')}</Radio.Button>
              <Radio.Button value="yi">{t('money.yi')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            label={t('settings.retention')}
            extra={t('settings.retentionHelp')}
            htmlFor="audit-retention"
          >
            <RetentionField id="audit-retention" />
          </Form.Item>
        </Form>
        <EncryptionCard />
        <BackupsCard />
      </Card>
      {/* Its own card, wider: the trusted laptops and the conflicts are tables of several columns. */}
      <TeamSyncCard />
    </Space>
  );
}
