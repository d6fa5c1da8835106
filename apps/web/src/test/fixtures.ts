import type { TCase, TCaseSummary } from '@sp/domain';

export const UNIT_ID = '7d3c1b9e-2f4a-4c1d-9b8e-1a2b3c4d5e6f';

export function caseSummary(overrides: Partial<TCaseSummary> = {}): TCaseSummary {
  return {
    id: 'case-1',
    number: 'JD-2026-0001',
    title: '城管执法人员暴力没收摊贩物品',
    source: 'HOTLINE',
    state: 'RECEIVED',
    outcome: null,
    unitId: UNIT_ID,
    unitName: '市城市管理综合执法局',
    version: 1,
    dueAt: null,
    deadlineStatus: null,
    noticeNumber: null,
    acknowledgedAt: null,
    referralReason: null,
    referralBy: null,
    referralAcceptedAt: null,
    extensionPending: false,
    createdAt: '2026-03-02T09:00:00+08:00',
    updatedAt: '2026-03-02T09:00:00+08:00',
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<TCase> = {}): TCase {
  return {
    ...caseSummary(),
    description: '2026年3月1日在人民路，执法人员没收摊贩物品未出具清单。',
    occurredAt: null,
    notice: null,
    draftNotice: null,
    deadline: null,
    extensionRequest: null,
    referral: null,
    allowedActions: [],
    ...overrides,
  };
}
