import { Layout, Menu, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isPrintPath } from '@contract/print/routes';
import { ComingSoon } from '../pages/ComingSoon';
import { navigate, useRoute } from '../router';
import { AREAS, type AreaKey } from './areas';
import { AppHeader } from './AppHeader';
import { WorkbenchNavLabel } from './FollowUpBadge';
import { IntegrityNotice } from './IntegrityNotice';
import { PAGES } from './pages';

// Print routes (the PDF hosts' hidden pages) load their documents and charts apart from the app.
const PrintLayout = lazy(() => import('../print/PrintLayout').then((m) => ({ default: m.PrintLayout })));

const loadingPage = (
  <div style={{ textAlign: 'center', paddingTop: 80 }}>
    <Spin />
  </div>
);

export function AppLayout() {
  const { t } = useTranslation();
  const route = useRoute();
  // Printed documents render alone, without sidebar and header (see print/PrintLayout.tsx).
  if (isPrintPath(route.path)) {
    return (
      <Suspense fallback={null}>
        <PrintLayout route={route} />
      </Suspense>
    );
  }
  const [, key, ...subpath] = route.path.split('/') as [string, AreaKey, ...string[]];
  const area: AreaKey = AREAS.some((a) => a.key === key) ? key : 'workbench';
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={188} breakpoint="lg" collapsedWidth={56}>
        <div
          className="brand"
          style={{ color: '#fff', padding: '14px 18px', fontSize: 17, fontWeight: 600, letterSpacing: 1 }}
        >
          {t('app.name')}
          <div style={{ fontSize: 11, fontWeight: 400, opacity: 0.65, letterSpacing: 0 }}>
            {t('app.subtitle')}
          </div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[area]}
          items={AREAS.map((a) => ({
            key: a.key,
            icon: a.icon,
            label:
              a.key === 'workbench' ? <WorkbenchNavLabel label={t('nav.workbench')} /> : t(`nav.${a.key}`),
          }))}
          onClick={({ key: k }) => navigate(`/${k}`)}
        />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <IntegrityNotice />
        <Layout.Content style={{ padding: 16, overflow: 'auto', minHeight: 0 }}>
          <Suspense fallback={loadingPage}>
            {PAGES[area]?.(route.params, subpath) ?? <ComingSoon area={area} />}
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
