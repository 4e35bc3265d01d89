import type { ThemeConfig } from 'antd';

/** One restrained primary colour and compact density: a tool for whole working days. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    colorInfo: '#1f5fa8',
    borderRadius: 6,
    fontSize: 13,
    fontFamily:
      '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", -apple-system, "Segoe UI", sans-serif',
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { siderBg: '#16263d', headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px' },
    Menu: { darkItemBg: '#16263d', darkSubMenuItemBg: '#16263d', darkItemSelectedBg: '#1f5fa8' },
  },
};
