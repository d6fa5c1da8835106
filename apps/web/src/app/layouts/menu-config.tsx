import {
  AlertOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  IdcardOutlined,
  InboxOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@sp/domain';
import type { ReactNode } from 'react';
import type { officeZhCN } from '../../i18n/sections/office';
import type { Translation } from '../../i18n/zh-CN';

/** An i18n key: the shared `nav.*` words, or a feature section's own `nav`. */
export type NavLabel =
  | `nav.${keyof Translation['nav']}`
  | `administration.nav.${keyof Translation['administration']['nav']}`
  | `office.nav.${keyof typeof officeZhCN.nav}`
  | `registry.nav.${keyof Translation['registry']['nav']}`;
export type MenuEntry = { path: string; label: NavLabel; icon: ReactNode };

const dashboard: MenuEntry = { path: '/dashboard', label: 'nav.dashboard', icon: <DashboardOutlined /> };
const monitoring: MenuEntry = { path: '/monitoring', label: 'nav.monitoring', icon: <AlertOutlined /> };
const circulars: MenuEntry = { path: '/circulars', label: 'nav.circulars', icon: <ProfileOutlined /> };
const queue: MenuEntry = { path: '/cases', label: 'nav.queue', icon: <UnorderedListOutlined /> };
const intake: MenuEntry = { path: '/cases/new', label: 'nav.intake', icon: <FileAddOutlined /> };
const reviews: MenuEntry = { path: '/reviews', label: 'registry.nav.reviews', icon: <FileSearchOutlined /> };
const mySheets: MenuEntry = {
  path: '/reviews/mine',
  label: 'registry.nav.mySheets',
  icon: <CheckSquareOutlined />,
};
/** 待办通知: every role has it, with the unread count beside it. */
export const NOTIFICATIONS_PATH = '/notifications';
const inbox: MenuEntry = { path: NOTIFICATIONS_PATH, label: 'nav.notifications', icon: <BellOutlined /> };
const unitInbox: MenuEntry = { path: '/unit/notices', label: 'nav.unitInbox', icon: <InboxOutlined /> };

/** The side menu of each role: its own work, nothing else. */
export const MENU: Record<Role, MenuEntry[]> = {
  CENTER_STAFF: [dashboard, monitoring, circulars, inbox, queue, intake, reviews, mySheets],
  CENTER_DIRECTOR: [
    dashboard,
    monitoring,
    circulars,
    inbox,
    { path: '/director/approvals', label: 'nav.approvals', icon: <AuditOutlined /> },
    { path: '/director/extensions', label: 'nav.extensions', icon: <FieldTimeOutlined /> },
    { path: '/director/objections', label: 'nav.objections', icon: <WarningOutlined /> },
    { path: '/director/referral', label: 'nav.referral', icon: <SendOutlined /> },
    queue,
    intake,
    reviews,
  ],
  UNIT_HANDLER: [unitInbox, inbox, mySheets],
  UNIT_LEADER: [unitInbox, inbox, mySheets],
  SUPERVISOR: [
    { path: '/supervisor/report', label: 'nav.supervisorReport', icon: <FileAddOutlined /> },
    { path: '/supervisor/reports', label: 'nav.myReports', icon: <FileTextOutlined /> },
    inbox,
  ],
  DISCIPLINE: [
    { path: '/discipline/referrals', label: 'nav.referrals', icon: <InboxOutlined /> },
    { path: '/discipline/transfer-in', label: 'nav.transferIn', icon: <SendOutlined /> },
    inbox,
  ],
  GOVERNMENT: [{ path: '/government/decisions', label: 'nav.decisions', icon: <AuditOutlined /> }],
  ADMIN: [
    { path: '/admin/users', label: 'administration.nav.users', icon: <TeamOutlined /> },
    { path: '/admin/units', label: 'administration.nav.units', icon: <BankOutlined /> },
    { path: '/admin/import', label: 'administration.nav.import', icon: <CloudUploadOutlined /> },
    { path: '/admin/profile', label: 'office.nav.profile', icon: <SettingOutlined /> },
    { path: '/admin/calendar', label: 'office.nav.calendar', icon: <CalendarOutlined /> },
    { path: '/admin/audit', label: 'office.nav.audit', icon: <SafetyCertificateOutlined /> },
    { path: '/admin/registry/officers', label: 'registry.nav.officers', icon: <IdcardOutlined /> },
    { path: '/admin/registry/bodies', label: 'registry.nav.bodies', icon: <ProfileOutlined /> },
    { path: '/admin/registry/benchmarks', label: 'registry.nav.benchmarks', icon: <FileTextOutlined /> },
  ],
};

/** The menu entry a path belongs to: the longest path that prefixes it. */
export function selectedMenuPath(entries: MenuEntry[], pathname: string): string | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
