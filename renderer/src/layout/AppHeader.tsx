import { SearchOutlined, UserOutlined } from '@ant-design/icons';
import { Input, Layout, Space, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { navigate } from '../router';

export function AppHeader() {
  const { t } = useTranslation();
  const searchRef = useRef<InputRef>(null);
  const [user, setUser] = useState('');

  useEffect(() => {
    call('app.info', {})
      .then((info) => setUser(info.user))
      .catch(() => setUser(''));
    // Ctrl+K reaches the search box from anywhere, as people expect from desktop tools.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #e3e6eb' }}
    >
      <Input
        ref={searchRef}
        prefix={<SearchOutlined />}
        placeholder={t('header.search')}
        allowClear
        style={{ maxWidth: 420 }}
        onPressEnter={(e) => {
          const q = e.currentTarget.value.trim();
          if (q) navigate('/companies', { q });
        }}
        aria-label={t('common.search')}
      />
      <span style={{ flex: 1 }} />
      <Space>
        <UserOutlined />
        <Typography.Text>{user}</Typography.Text>
      </Space>
    </Layout.Header>
  );
}
