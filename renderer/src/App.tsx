import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './layout/AppLayout';
import { PrefsProvider } from './prefs';
import { theme } from './theme';

export function App() {
  return (
    <PrefsProvider>
      <ConfigProvider locale={zhCN} theme={theme} componentSize="middle">
        <AntApp style={{ height: '100%' }}>
          <AppLayout />
        </AntApp>
      </ConfigProvider>
    </PrefsProvider>
  );
}
