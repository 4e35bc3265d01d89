import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './layout/AppLayout';
import { LockGate } from './pages/unlock/LockGate';
import { PrefsProvider } from './prefs';
import { theme } from './theme';

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} componentSize="middle">
      {/* Outside the lock: the unlock screen's form says its refusal the way every form does. */}
      <AntApp style={{ height: '100%' }}>
        <LockGate>
          <PrefsProvider>
            <AppLayout />
          </PrefsProvider>
        </LockGate>
      </AntApp>
    </ConfigProvider>
  );
}
