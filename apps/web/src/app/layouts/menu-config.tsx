import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileTextOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@sp/domain';
import type { ReactNode } from 'react';
import type { officeZhCN } from '../../i18n/sections/office';
import type { zhCN } from '../../i18n/zh-CN';

/** A label is a key of `nav`, or a full key of a feature section (`office.nav.calendar`). */
export type MenuEntry = {
  path: string;
  label: keyof typeof zhCN.nav | `office.nav.${keyof typeof officeZhCN.nav}`;
  icon: ReactNode;
};

const dashboard: MenuEntry = { path: '/dashboard', label: 'dashboard', icon: <DashboardOutlined /> };
const queue: MenuEntry = { path: '/cases', label: 'queue', icon: <UnorderedListOutlined /> };
const intake: MenuEntry = { path: '/cases/new', label: 'intake', icon: <FileAddOutlined /> };

/** The side menu of each role: its own work, nothing else. */
export const MENU: Record<Role, MenuEntry[]> = {
  CENTER_STAFF: [dashboard, queue, intake],
  CENTER_DIRECTOR: [
    dashboard,
    { path: '/director/approvals', label: 'approvals', icon: <AuditOutlined /> },
    { path: '/director/extensions', label: 'extensions', icon: <FieldTimeOutlined /> },
    { path: '/director/objections', label: 'objections', icon: <WarningOutlined /> },
    { path: '/director/referral', label: 'referral', icon: <SendOutlined /> },
    queue,
    intake,
  ],
  UNIT_HANDLER: [{ path: '/unit/notices', label: 'unitInbox', icon: <InboxOutlined /> }],
  UNIT_LEADER: [{ path: '/unit/notices', label: 'unitInbox', icon: <InboxOutlined /> }],
  SUPERVISOR: [
    { path: '/supervisor/report', label: 'supervisorReport', icon: <FileAddOutlined /> },
    { path: '/supervisor/reports', label: 'myReports', icon: <FileTextOutlined /> },
  ],
  DISCIPLINE: [
    { path: '/discipline/referrals', label: 'referrals', icon: <InboxOutlined /> },
    { path: '/discipline/transfer-in', label: 'transferIn', icon: <SendOutlined /> },
  ],
  ADMIN: [
    { path: '/admin', label: 'admin', icon: <SettingOutlined /> },
    { path: '/admin/profile', label: 'office.nav.profile', icon: <BankOutlined /> },
    { path: '/admin/calendar', label: 'office.nav.calendar', icon: <CalendarOutlined /> },
    { path: '/admin/audit', label: 'office.nav.audit', icon: <SafetyCertificateOutlined /> },
  ],
};

/** The menu entry a path belongs to: the longest path that prefixes it. */
export function selectedMenuPath(entries: MenuEntry[], pathname: string): string | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
