import type { DeadlineStatus } from '../calendar/index.ts';

// The e-monitoring light of a running deadline (银川 电子监察): green, yellow from 70% of the
// time, red once overdue. calendar/deadlineStatus decides which.
export const DEADLINE_STATUSES = [
  'ON_TRACK',
  'DUE_SOON',
  'OVERDUE',
] as const satisfies readonly DeadlineStatus[];
export type TDeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Red: the due date has passed while the unit still owes its reply. */
export const isOverdue = (status: TDeadlineStatus | null | undefined) => status === 'OVERDUE';
