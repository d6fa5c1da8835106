import {
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  IdcardOutlined,
  InboxOutlined,
  ProfileOutlined,
  SendOutlined,
  SettingOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@sp/domain';
import type { ReactNode } from 'react';
import type { zhCN } from '../../i18n/zh-CN';

/** A key of `nav`, or a full key of a feature section (e.g. `registry.nav.officers`). */
export type MenuLabel = keyof typeof zhCN.nav | `registry.nav.${keyof typeof zhCN.registry.nav}`;
export type MenuEntry = { path: string; label: MenuLabel; icon: ReactNode };

/** The translation key of a menu entry's label. */
export const menuLabelKey = (label: MenuLabel) =>
  (label.includes('.') ? label : `nav.${label}`) as 'nav.admin';

const dashboard: MenuEntry = { path: '/dashboard', label: 'dashboard', icon: <DashboardOutlined /> };
const queue: MenuEntry = { path: '/cases', label: 'queue', icon: <UnorderedListOutlined /> };
const intake: MenuEntry = { path: '/cases/new', label: 'intake', icon: <FileAddOutlined /> };
const reviews: MenuEntry = { path: '/reviews', label: 'registry.nav.reviews', icon: <FileSearchOutlined /> };
const mySheets: MenuEntry = {
  path: '/reviews/mine',
  label: 'registry.nav.mySheets',
  icon: <CheckSquareOutlined />,
};

/** The side menu of each role: its own work, nothing else. */
export const MENU: Record<Role, MenuEntry[]> = {
  CENTER_STAFF: [dashboard, queue, intake, reviews, mySheets],
  CENTER_DIRECTOR: [
    dashboard,
    { path: '/director/approvals', label: 'approvals', icon: <AuditOutlined /> },
    { path: '/director/extensions', label: 'extensions', icon: <FieldTimeOutlined /> },
    { path: '/director/objections', label: 'objections', icon: <WarningOutlined /> },
    { path: '/director/referral', label: 'referral', icon: <SendOutlined /> },
    queue,
    intake,
    reviews,
  ],
  UNIT_HANDLER: [{ path: '/unit/notices', label: 'unitInbox', icon: <InboxOutlined /> }, mySheets],
  UNIT_LEADER: [{ path: '/unit/notices', label: 'unitInbox', icon: <InboxOutlined /> }, mySheets],
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
    { path: '/admin/registry/officers', label: 'registry.nav.officers', icon: <IdcardOutlined /> },
    { path: '/admin/registry/bodies', label: 'registry.nav.bodies', icon: <BankOutlined /> },
    { path: '/admin/registry/benchmarks', label: 'registry.nav.benchmarks', icon: <ProfileOutlined /> },
  ],
};

/** The menu entry a path belongs to: the longest path that prefixes it. */
export function selectedMenuPath(entries: MenuEntry[], pathname: string): string | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
