import type { zhCN } from '../../../i18n/zh-CN';
import type { CaseListParams } from '../api/query-keys';

export type QueueTabKey = keyof typeof zhCN.queue.tabs;
export type QueueTab = { key: QueueTabKey; filter: CaseListParams; tone?: 'warning' | 'danger' };

/** The staff triage queue: one tab per stage of the loop, plus the deadline alerts. */
export const QUEUE_TABS: QueueTab[] = [
  { key: 'received', filter: { state: 'RECEIVED' } },
  { key: 'assessing', filter: { state: 'ASSESSING' } },
  { key: 'investigating', filter: { state: 'INVESTIGATING' } },
  { key: 'pendingApproval', filter: { state: 'NOTICE_PENDING_APPROVAL' } },
  { key: 'awaitingReply', filter: { state: 'AWAITING_REPLY' } },
  { key: 'replyReview', filter: { state: 'REPLY_UNDER_REVIEW' } },
  { key: 'rechecking', filter: { state: 'RECHECKING' } },
  { key: 'dueSoon', filter: { dueSoon: true }, tone: 'warning' },
  { key: 'overdue', filter: { overdue: true }, tone: 'danger' },
  { key: 'referred', filter: { state: 'REFERRED' } },
  { key: 'closed', filter: { state: 'CLOSED' } },
];

export const DEFAULT_TAB: QueueTabKey = 'received';

export function queueTab(key: string | null): QueueTab {
  return QUEUE_TABS.find((tab) => tab.key === key) ?? (QUEUE_TABS[0] as QueueTab);
}
