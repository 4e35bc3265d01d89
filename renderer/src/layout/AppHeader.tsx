import { UserOutlined } from '@ant-design/icons';
import { Layout, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { usePrefs } from '../prefs';
import { GlobalSearch } from './search/GlobalSearch';

export function AppHeader() {
  const [user, setUser] = useState('');
  const { currentUser } = usePrefs();

  // Who the changes are signed by: the 当前用户 of 设置, else the login; asked again when it changes.
  useEffect(() => {
    call('app.info', {})
      .then((info) => setUser(info.user))
      .catch(() => setUser(''));
  }, [currentUser]);

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #e3e6eb' }}
    >
      <GlobalSearch />
      <span style={{ flex: 1 }} />
      <Space>
        <UserOutlined />
        <Typography.Text data-testid="header-user">{currentUser || user}</Typography.Text>
      </Space>
    </Layout.Header>
  );
}
