import { UserOutlined } from '@ant-design/icons';
import { Layout, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { GlobalSearch } from './search/GlobalSearch';

export function AppHeader() {
  const [user, setUser] = useState('');

  useEffect(() => {
    call('app.info', {})
      .then((info) => setUser(info.user))
      .catch(() => setUser(''));
  }, []);

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #e3e6eb' }}
    >
      <GlobalSearch />
      <span style={{ flex: 1 }} />
      <Space>
        <UserOutlined />
        <Typography.Text>{user}</Typography.Text>
      </Space>
    </Layout.Header>
  );
}
