import { CASE_QUEUES, type CaseQueue, type CaseQueueKey } from '@sp/domain';

// The center's queue tabs are the domain's CASE_QUEUES (GET /api/cases/counts counts the same ones).
export type QueueTabKey = CaseQueueKey;
export type QueueTab = CaseQueue;
export const QUEUE_TABS: readonly QueueTab[] = CASE_QUEUES;

/** The tab a queue opens on when none is asked for: the new cases to triage. */
export const DEFAULT_TAB: QueueTabKey = 'received';

export function queueTab(key: string | null): QueueTab {
  return (
    QUEUE_TABS.find((tab) => tab.key === key) ??
    (QUEUE_TABS.find((tab) => tab.key === DEFAULT_TAB) as QueueTab)
  );
}
