import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './layout/AppLayout';
import { LockGate } from './pages/unlock/LockGate';
import { PrefsProvider, usePrefs } from './prefs';
import { theme } from './theme';

function Themed() {
  const { language } = usePrefs();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} componentSize="middle">
      <AntApp style={{ height: '100%' }}>
        <AppLayout />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} componentSize="middle">
      <LockGate>
        <PrefsProvider>
          <Themed />
        </PrefsProvider>
      </LockGate>
    </ConfigProvider>
  );
}
