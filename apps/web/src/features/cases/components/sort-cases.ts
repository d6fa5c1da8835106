import type { TCaseSummary } from '@sp/domain';

const URGENCY = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 } as const;

/** Unacknowledged notices first, then the most urgent deadline, then the earliest due date. */
export function sortForUnitInbox(cases: TCaseSummary[]): TCaseSummary[] {
  const rank = (c: TCaseSummary) => [
    c.acknowledgedAt ? 1 : 0,
    c.deadlineStatus ? URGENCY[c.deadlineStatus] : 3,
    c.dueAt ? Date.parse(c.dueAt) : Number.MAX_SAFE_INTEGER,
  ];
  return [...cases].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const diff = (ra[i] ?? 0) - (rb[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}
