import {
  type ProblemCode,
  type RefusalReason,
  type TAttachment,
  type TCase,
  type TCaseSummary,
  type TProblem,
  ZAttachment,
  ZCase,
  ZCaseSummary,
  ZProblem,
} from '@sp/domain';

// What the API really sends, built through the domain's response schemas (a fixture that drifts
// from the contract fails to parse) with values in the formats production uses: UUIDs, case
// numbers 执监案〔2026〕12号, notice numbers 执监通〔2026〕7号, ISO instants with offset.

/** A fixed, well-formed UUID (v4 layout) for fixture number `n`. */
export const uuid = (n: number) => `3f2a9c4e-8b1d-4e6f-9a7c-${n.toString(16).padStart(12, '0')}`;

export const UNIT = { id: '7d3c1b9e-2f4a-4c1d-9b8e-1a2b3c4d5e6f', name: '市城市管理综合行政执法局' };
export const UNIT_ID = UNIT.id;

/** A case as GET /api/cases lists it; `seq` picks its id and number (执监案〔2026〕<seq>号). */
export function caseSummary(overrides: Partial<TCaseSummary> = {}, seq = 12): TCaseSummary {
  return ZCaseSummary.parse({
    id: uuid(seq),
    number: `执监案〔2026〕${seq}号`,
    title: '城管执法人员暴力没收摊贩物品',
    source: 'HOTLINE',
    state: 'RECEIVED',
    outcome: null,
    unitId: UNIT.id,
    unitName: UNIT.name,
    reportedUnitName: null,
    version: 1,
    dueAt: null,
    deadlineStatus: null,
    noticeNumber: null,
    acknowledgedAt: null,
    referralReason: null,
    referralBy: null,
    referralAcceptedAt: null,
    referralAt: null,
    extensionPending: false,
    assigneeId: null,
    assigneeName: null,
    referralOverdueWorkingDays: null,
    createdAt: '2026-03-02T09:00:00.000+08:00',
    updatedAt: '2026-03-02T09:00:00.000+08:00',
    ...overrides,
  });
}

/** A case as GET /api/cases/:id returns it. */
export function caseDetail(overrides: Partial<TCase> = {}, seq = 12): TCase {
  return ZCase.parse({
    ...caseSummary({}, seq),
    description: '2026年3月1日在人民路，执法人员没收摊贩物品未出具清单。',
    occurredAt: null,
    notice: null,
    draftNotice: null,
    deadline: null,
    decisionQueuedAt: null,
    bodyDeadline: null,
    extensionRequest: null,
    referral: null,
    allowedActions: [],
    canUploadAttachments: false,
    ...overrides,
  });
}

export function attachment(overrides: Partial<TAttachment> = {}): TAttachment {
  return ZAttachment.parse({
    id: uuid(900),
    fileName: '现场照片.jpg',
    size: 2048,
    mime: 'image/jpeg',
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    uploadedAt: '2026-03-03T10:00:00.000+08:00',
    ...overrides,
  });
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
};

/** A problem+json body as the API's error handler writes it. */
export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  extra: { reason?: RefusalReason; errors?: TProblem['errors'] } = {},
): TProblem {
  return ZProblem.parse({
    type: `https://supervision-plus.example/problems/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...extra,
  });
}
