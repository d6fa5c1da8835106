import { DEFAULT_OFFICE_PROFILE, shanghaiDate } from '@sp/domain';

// 执监通〔2026〕7号 — notice numbers restart each year; case numbers follow the same pattern.
export const shanghaiYear = (now: Date) => Number(shanghaiDate(now).slice(0, 4));
export const noticeCounterKey = (year: number) => `notice:${year}`;
export const caseCounterKey = (year: number) => `case:${year}`;
/** `prefix` is the instrument's numberPrefix in the office profile (issue 9 wires it in). */
export const formatNoticeNumber = (
  year: number,
  seq: number,
  prefix = DEFAULT_OFFICE_PROFILE.instruments.NOTICE.numberPrefix,
) => `${prefix}〔${year}〕${seq}号`;
export const formatCaseNumber = (year: number, seq: number) => `执监案〔${year}〕${seq}号`;
