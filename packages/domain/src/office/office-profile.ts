import { z } from 'zod';
import { requiredText } from '../workflow/text-limits.ts';
import {
  DEADLINE_BASES,
  type DeadlineBasis,
  INSTRUMENTS,
  type Instrument,
  OVERDUE_POLICIES,
} from '../workflow/vocabulary.ts';

// The office profile (product.md "Office profile"): one per installation, edited by the admin.
// The letterhead, the instruments in use with their titles, number prefixes and default
// periods, and what the sweeper does with a silent unit. Nothing printed names an authority
// the profile does not name.

/** Days an office may choose for a default period, per basis. */
export const DEADLINE_DAY_LIMITS: Record<DeadlineBasis, { min: number; max: number }> = {
  WORKING_DAYS: { min: 1, max: 60 },
  CALENDAR_DAYS: { min: 1, max: 90 },
};

export const ZPeriod = z.object({ basis: z.enum(DEADLINE_BASES), days: z.int() }).superRefine((p, ctx) => {
  const { min, max } = DEADLINE_DAY_LIMITS[p.basis];
  if (p.days < min || p.days > max)
    ctx.addIssue({
      code: 'custom',
      path: ['days'],
      message: `须为 ${min}–${max} / must be ${min}–${max}`,
    });
});
export type TPeriod = z.infer<typeof ZPeriod>;

/** 执监通 → 执监通〔2026〕7号: a few characters, no spaces or brackets of the number itself. */
export const ZNumberPrefix = requiredText(12).regex(/^[^\s〔〕[\]()（）]+$/, {
  error: '不能含空格或括号 / no spaces or brackets',
});

export const ZInstrumentSettings = z.object({
  enabled: z.boolean(),
  title: requiredText(40),
  numberPrefix: ZNumberPrefix,
  deadline: ZPeriod,
});
export type TInstrumentSettings = z.infer<typeof ZInstrumentSettings>;

const ZInstruments = z.object(
  Object.fromEntries(INSTRUMENTS.map((i) => [i, ZInstrumentSettings])) as Record<
    Instrument,
    typeof ZInstrumentSettings
  >,
);

/** Instruments a case officer drafts (决定书 is proposed to the government instead). */
export const FIRST_LEVEL_INSTRUMENTS = [
  'NOTICE',
  'URGING_LETTER',
  'OPINION',
] as const satisfies readonly Instrument[];

function checkInstruments(
  instruments: Record<Instrument, Pick<TInstrumentSettings, 'enabled' | 'numberPrefix'>>,
  ctx: z.RefinementCtx,
) {
  if (!FIRST_LEVEL_INSTRUMENTS.some((i) => instruments[i].enabled))
    ctx.addIssue({
      code: 'custom',
      path: ['instruments'],
      message:
        '至少启用通知书、督办函、意见书中的一种 / enable at least one of notice, urging letter, opinion',
    });
  const seen = new Map<string, Instrument>();
  for (const i of INSTRUMENTS) {
    const prefix = instruments[i].numberPrefix;
    if (seen.has(prefix))
      ctx.addIssue({
        code: 'custom',
        path: ['instruments', i, 'numberPrefix'],
        message: `与 ${seen.get(prefix)} 的文号前缀重复 / same prefix as ${seen.get(prefix)}`,
      });
    seen.set(prefix, i);
  }
}

export const ZOfficeProfile = z
  .object({
    /** Letterhead and signature, e.g. 四平市司法局. */
    authorityName: requiredText(60),
    /** e.g. 四平市行政执法监督投诉举报中心. */
    centerName: requiredText(60),
    /** The 本级人民政府 that decides 决定书, e.g. 四平市人民政府. */
    governmentName: requiredText(60),
    instruments: ZInstruments,
    overduePolicy: z.enum(OVERDUE_POLICIES),
    /** How long a unit may object after issue. */
    objectionWindow: ZPeriod,
    /** The supervision body's own period to answer an objection. */
    answerPeriod: ZPeriod,
  })
  .superRefine((p, ctx) => checkInstruments(p.instruments, ctx));
export type TOfficeProfile = z.infer<typeof ZOfficeProfile>;

const instrument = (title: string, numberPrefix: string, deadline: TPeriod): TInstrumentSettings => ({
  enabled: true,
  title,
  numberPrefix,
  deadline,
});

/**
 * An office that has not set its profile yet: the vocabulary of the 2026 条例 (司法局 as the
 * 行政执法监督机构), Siping's local 通知书 with 15 working days, and 30/15/15 calendar days for
 * the 条例's instruments, objections and answers (四川, 河北 local rules).
 */
export const DEFAULT_OFFICE_PROFILE: TOfficeProfile = {
  authorityName: '司法局',
  centerName: '行政执法监督投诉举报中心',
  governmentName: '本级人民政府',
  instruments: {
    NOTICE: instrument('行政执法监督通知书', '执监通', { basis: 'WORKING_DAYS', days: 15 }),
    URGING_LETTER: instrument('行政执法监督督办函', '执监督', { basis: 'CALENDAR_DAYS', days: 30 }),
    OPINION: instrument('行政执法监督意见书', '执监意', { basis: 'CALENDAR_DAYS', days: 30 }),
    DECISION: instrument('行政执法监督决定书', '执监决', { basis: 'CALENDAR_DAYS', days: 30 }),
  },
  overduePolicy: 'REFER_TO_DISCIPLINE',
  objectionWindow: { basis: 'CALENDAR_DAYS', days: 15 },
  answerPeriod: { basis: 'CALENDAR_DAYS', days: 15 },
};

/** What the public pages show of the profile. */
export function publicOfficeProfile(p: TOfficeProfile) {
  return { authorityName: p.authorityName, centerName: p.centerName };
}

/**
 * The default rectification period of today's 通知书 workflow, in working days: the NOTICE
 * instrument's default when it counts working days, else the house default of 15 (the
 * workflow counts working days until the instruments are wired in).
 */
export function noticeDefaultWorkingDays(p: TOfficeProfile): number {
  const d = p.instruments.NOTICE.deadline;
  return d.basis === 'WORKING_DAYS' ? d.days : DEFAULT_OFFICE_PROFILE.instruments.NOTICE.deadline.days;
}

/** The profile with the NOTICE default set to `days` working days (/api/admin/deadline-policy). */
export function withNoticeWorkingDays(p: TOfficeProfile, days: number): TOfficeProfile {
  const notice = { ...p.instruments.NOTICE, deadline: { basis: 'WORKING_DAYS' as const, days } };
  return { ...p, instruments: { ...p.instruments, NOTICE: notice } };
}
