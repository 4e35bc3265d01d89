import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompaniesPage } from '../pages/companies/CompaniesPage';
import { ComingSoon } from '../pages/ComingSoon';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage';
import { navigate, useRoute } from '../router';
import { AREAS, type AreaKey } from './areas';
import { AppHeader } from './AppHeader';

function Page({ area, params }: { area: AreaKey; params: URLSearchParams }) {
  switch (area) {
    case 'workbench':
      return <WorkbenchPage />;
    case 'companies':
      // Keyed by the query so a new header search starts the page afresh.
      return <CompaniesPage key={params.get('q') ?? ''} initialQuery={params.get('q') ?? ''} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <ComingSoon area={area} />;
  }
}

export function AppLayout() {
  const { t } = useTranslation();
  const route = useRoute();
  const key = route.path.split('/')[1] as AreaKey;
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
          items={AREAS.map((a) => ({ key: a.key, icon: a.icon, label: t(`nav.${a.key}`) }))}
          onClick={({ key: k }) => navigate(`/${k}`)}
        />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ padding: 16, overflow: 'auto', minHeight: 0 }}>
          <Page area={area} params={route.params} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
