import {
  AimOutlined,
  AppstoreOutlined,
  BankOutlined,
  CarOutlined,
  CommentOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  HistoryOutlined,
  ImportOutlined,
  PrinterOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { zhCN } from '../i18n/zh-CN';

export type AreaKey = keyof typeof zhCN.nav;

/** Every area of the work, in the order the office thinks of it. */
export const AREAS: { key: AreaKey; icon: ReactNode }[] = [
  { key: 'workbench', icon: <AppstoreOutlined /> },
  { key: 'projects', icon: <ProjectOutlined /> },
  { key: 'companies', icon: <BankOutlined /> },
  { key: 'contacts', icon: <ContactsOutlined /> },
  { key: 'interactions', icon: <CommentOutlined /> },
  { key: 'trips', icon: <CarOutlined /> },
  { key: 'receptions', icon: <TeamOutlined /> },
  { key: 'targets', icon: <AimOutlined /> },
  { key: 'serviceIssues', icon: <CustomerServiceOutlined /> },
  { key: 'reports', icon: <PrinterOutlined /> },
  { key: 'import', icon: <ImportOutlined /> },
  { key: 'history', icon: <HistoryOutlined /> },
  { key: 'settings', icon: <SettingOutlined /> },
];
