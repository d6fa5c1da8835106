import type { Messages } from '../types';

// 待办通知：每个角色的通知收件箱（issue 11）。
// biome-ignore format: a dense table keeps each language in one short file, side by side
export const notificationsZhCN = {
  title: '待办通知', subtitle: '与您有关的案件动态：需要您办理或知悉的事项。',
  filterLabel: '筛选通知', all: '全部', unread: '未读', unreadCount: '未读 {{n}} 条',
  empty: '暂无通知。', emptyUnread: '没有未读通知。', markRead: '标为已读', read: '已读', isUnread: '未读',
  by: '{{who}}办理', bySystem: '系统自动办理', now: '办理后状态：{{state}}', recompute: '期限因工作日历调整而重新计算',
  openCase: '查看案件 {{number}}', badge: '{{n}} 条未读通知', live: '页面会随案件变化自动更新。',
};

export const notificationsEn: Messages<typeof notificationsZhCN> = {
  title: 'Notifications',
  subtitle: 'What happened on your cases: what needs your action or your attention.',
  filterLabel: 'Filter notifications',
  all: 'All',
  unread: 'Unread',
  unreadCount: '{{n}} unread',
  empty: 'No notifications yet.',
  emptyUnread: 'No unread notifications.',
  markRead: 'Mark as read',
  read: 'Read',
  isUnread: 'Unread',
  by: 'by {{who}}',
  bySystem: 'by the system',
  now: 'State after: {{state}}',
  recompute: 'Deadline recomputed after a calendar change',
  openCase: 'Open case {{number}}',
  badge: '{{n}} unread notifications',
  live: 'This page updates itself when a case changes.',
};
