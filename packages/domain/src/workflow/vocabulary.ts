// The words of the closed loop. Everything else (types, schemas, the diagram, the UI labels)
// is derived from these lists, so a state or role exists in exactly one place.

export const ROLES = [
  'CENTER_STAFF',
  'CENTER_DIRECTOR',
  'UNIT_HANDLER',
  'UNIT_LEADER',
  'SUPERVISOR',
  'DISCIPLINE',
  'ADMIN',
  /** The 本级人民政府's office that decides a proposed 决定书 (条例 art. 29). */
  'GOVERNMENT',
] as const;
export type Role = (typeof ROLES)[number];

export const STATES = [
  'RECEIVED',
  'ASSESSING',
  'INVESTIGATING',
  'NOTICE_PENDING_APPROVAL',
  'AWAITING_REPLY',
  'REPLY_UNDER_REVIEW',
  'DECISION_PENDING',
  'RECHECKING',
  'REFERRED',
  'CLOSED',
] as const;
export type CaseState = (typeof STATES)[number];

export const INITIAL_STATE: CaseState = 'RECEIVED';
export const TERMINAL_STATE: CaseState = 'CLOSED';

/** A closed case: it carries its outcome, and nothing can happen to it any more. */
export const isTerminalState = (state: CaseState) => state === TERMINAL_STATE;

export const OUTCOMES = [
  'DISMISSED',
  'TRANSFERRED_OUT',
  'NO_VIOLATION',
  'RECTIFIED',
  'NOTICE_WITHDRAWN',
  'DISCIPLINE_CONCLUDED',
  'CORRECTED_ON_SPOT',
  /** 合并办理: a duplicate closed into another open case of the same unit (case_links MERGED_INTO). */
  'MERGED',
] as const;
export type CaseOutcome = (typeof OUTCOMES)[number];

/** A stored link between two cases: this one merged into the other, or merely related (关联). */
export const CASE_LINK_KINDS = ['MERGED_INTO', 'RELATED'] as const;
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number];
/** A link as seen from one case: merged into the other, the other merged into it, or related. */
export const CASE_RELATIONS = ['MERGED_INTO', 'MERGED_FROM', 'RELATED'] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

export const SOURCES = [
  'PUBLIC_COMPLAINT',
  'HOTLINE',
  'SUPERVISOR',
  'MEDIA',
  'TRANSFER_IN',
  'CASE_FILE_REVIEW',
  'PLAN_REVIEW',
  'LEADER_INSTRUCTION',
] as const;
export type CaseSource = (typeof SOURCES)[number];

export const OVERDUE_REFERRAL_REASONS = ['NO_REPLY', 'NOT_IMPLEMENTED'] as const;
export type OverdueReferralReason = (typeof OVERDUE_REFERRAL_REASONS)[number];

/** 对执法人员的处理建议 (条例 art. 32): 批评教育、离岗教育、调离执法岗位、取消执法资格. */
export const OFFICER_MEASURES = [
  'CRITICISM',
  'OFF_DUTY_TRAINING',
  'REASSIGNMENT',
  'REVOKE_QUALIFICATION',
] as const;
export type OfficerMeasure = (typeof OFFICER_MEASURES)[number];

/** 通报 (条例 art. 31): within the administration, or public (the 曝光台). */
export const CIRCULAR_SCOPES = ['INTERNAL', 'PUBLIC'] as const;
export type CircularScope = (typeof CIRCULAR_SCOPES)[number];

/** Why a case is not taken up (不予受理): 不重复监督 while in 复议/诉讼, 引导复议、诉讼, … */
export const DISMISS_REASON_CODES = [
  'NOT_ENFORCEMENT',
  'IN_REVIEW_OR_LITIGATION',
  'REVIEW_OR_LITIGATION_AVAILABLE',
  'DUPLICATE',
  'INSUFFICIENT_INFO',
  'OTHER',
] as const;
export type DismissReasonCode = (typeof DISMISS_REASON_CODES)[number];

/** Roles that belong to an enforcement unit (执法单位) and are scoped to it. */
export const UNIT_ROLES = ['UNIT_HANDLER', 'UNIT_LEADER'] as const satisfies readonly Role[];
/** The supervision body itself: the complaint center's staff and its director. */
export const CENTER_ROLES = ['CENTER_STAFF', 'CENTER_DIRECTOR'] as const satisfies readonly Role[];
/** Roles allowed to see who reported a case (保护举报人). */
export const REPORTER_VIEWER_ROLES = ['CENTER_STAFF', 'CENTER_DIRECTOR'] as const satisfies readonly Role[];

export function isUnitRole(role: Role): boolean {
  return (UNIT_ROLES as readonly Role[]).includes(role);
}

export function isCenterRole(role: Role): boolean {
  return (CENTER_ROLES as readonly Role[]).includes(role);
}
/**
 * 监督文书 (条例 art. 26): the local 《行政执法监督通知书》 (Siping, 四川, 河北…), 督办函 (art. 27),
 * 意见书 (art. 28) and 决定书 (art. 29, issued by the 本级人民政府). The office profile names them.
 */
export const INSTRUMENTS = ['NOTICE', 'URGING_LETTER', 'OPINION', 'DECISION'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** How a period is counted: working days, or calendar days (民法典 arts. 201, 203). */
export const DEADLINE_BASES = ['WORKING_DAYS', 'CALENDAR_DAYS'] as const;
export type DeadlineBasis = (typeof DEADLINE_BASES)[number];

/** What the sweeper does with a silent unit: refer it to 纪检监察, or queue a 决定书 proposal. */
export const OVERDUE_POLICIES = ['REFER_TO_DISCIPLINE', 'PROPOSE_DECISION'] as const;
export type OverduePolicy = (typeof OVERDUE_POLICIES)[number];
