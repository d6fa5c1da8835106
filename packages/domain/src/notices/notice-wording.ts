import type { WorkingCalendar } from '../calendar/calendar.ts';
import { computeDueAt } from '../calendar/deadline.ts';
import { shanghaiDate } from '../calendar/iso-date.ts';
import { type CaseSnapshot, deadlineRuleOf, periodOf } from '../workflow/snapshot.ts';
import { type Instrument, isTerminalState } from '../workflow/vocabulary.ts';

// The words of an instrument as printed, in one place: the preview the director signs, the issued
// notice and its print view all take the deadline sentence from `noticeDeadlineSentence`, so what
// is signed is what is issued (请于 YYYY年M月D日 前…, the due date counted as of the signing).

/**
 * The wording of each instrument (条例 arts. 26–29): the article it rests on, its opening, its
 * headings and what follows if it is ignored. NOTICE keeps the local 通知书 wording.
 */
export const NOTICE_WORDING: Record<
  Instrument,
  { opening: string; facts: string; demand: string; consequence: string; objection: string }
> = {
  NOTICE: {
    opening: '根据《行政执法监督条例》的规定，现将有关事项通知如下：',
    facts: '调查认定的事实',
    demand: '整改要求',
    consequence: '逾期未报告或者未落实整改的，本机关将依规移送纪检监察机关处理。',
    objection: '对本通知书有异议的，可在上述期限内经你单位主要领导签发后书面提出。',
  },
  URGING_LETTER: {
    opening:
      '经查，你单位存在不履行或者拖延履行法定职责的情形。根据《行政执法监督条例》第二十七条的规定，现督促你单位依法履行职责：',
    facts: '未履行职责的事实',
    demand: '督办要求',
    consequence:
      '逾期不履行的，本机关将依照《行政执法监督条例》第二十九条提请本级人民政府作出行政执法监督决定书，或者依规移送有关机关处理。',
    objection: '对本督办函有异议的，可在规定期限内经你单位主要领导签发后书面提出。',
  },
  OPINION: {
    opening:
      '经查，你单位的行政执法行为存在违法或者明显不当的情形。根据《行政执法监督条例》第二十八条的规定，提出如下监督意见：',
    facts: '违法或者明显不当的事实',
    demand: '纠正意见',
    consequence:
      '逾期不纠正的，本机关将依照《行政执法监督条例》第二十九条提请本级人民政府作出行政执法监督决定书，或者依规移送有关机关处理。',
    objection: '对本意见书有异议的，可在规定期限内经你单位主要领导签发后书面提出。',
  },
  DECISION: {
    opening:
      '你单位收到监督文书后拒不纠正。根据《行政执法监督条例》第二十九条的规定，经本级人民政府决定如下：',
    facts: '认定的事实和理由',
    demand: '决定事项',
    consequence: '逾期不执行本决定的，将依规移送纪检监察机关追究责任。',
    objection: '',
  },
};

type Period = { deadlineWorkingDays: number | null; deadlineCalendarDays: number | null };

/** 10个工作日 / 30日: a period as the document states it. */
export function periodWording(p: Period): string {
  const { basis, days } = periodOf(p);
  return basis === 'CALENDAR_DAYS' ? `${days}日` : `${days}个工作日`;
}

/** 2026年3月5日: the civil date in China of an instant, as official documents write it. */
export function chineseDateOf(iso: string): string {
  const [y, m, d] = shanghaiDate(new Date(iso)).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/**
 * 四、整改期限: the sentence of the document. With its due date (issued, or the preview counted as of
 * the signing): 请于 YYYY年M月D日 前（N个工作日内）…; only a draft not yet counted has none.
 */
export function noticeDeadlineSentence(p: Period & { dueAt: string | null }): string {
  const days = periodWording(p);
  const tail = '将整改落实情况书面报告本机关，整改报告须经你单位主要领导签发。';
  return p.dueAt ? `请于${chineseDateOf(p.dueAt)}前（${days}内）${tail}` : `请自收到之日起${days}内${tail}`;
}

/**
 * The due date a draft would carry if it were signed at `now` (approve_notice counts from the
 * signing, the same arithmetic): what the director's preview states.
 */
export function draftDueAtIfSignedAt(draft: Period, now: Date, calendar: WorkingCalendar): string {
  const rule = deadlineRuleOf({ startAt: now.toISOString(), ...periodOf(draft), extensions: [] });
  return computeDueAt(rule, calendar).toISOString();
}

/**
 * Whether the case's current instrument still stands: WITHDRAWN after an upheld objection
 * (已撤销), CONCLUDED once the loop closed otherwise (已办结), IN_FORCE while it runs. An earlier
 * instrument that a 决定书 replaced is SUPERSEDED (已被替代).
 */
export const NOTICE_STANDINGS = ['IN_FORCE', 'WITHDRAWN', 'SUPERSEDED', 'CONCLUDED'] as const;
export type NoticeStanding = (typeof NOTICE_STANDINGS)[number];

export function noticeStanding(snap: Pick<CaseSnapshot, 'state' | 'outcome'>): NoticeStanding {
  if (snap.outcome === 'NOTICE_WITHDRAWN') return 'WITHDRAWN';
  return isTerminalState(snap.state) ? 'CONCLUDED' : 'IN_FORCE';
}

export type DocumentStanding = {
  standing: NoticeStanding;
  /** The instrument that replaced this one (a 决定书 after an ignored 意见书), or null. */
  replacedBy: { number: string; instrument: Instrument } | null;
};

/**
 * The standing of each instrument issued on a case, by number: each replaced by the next one
 * issued (SUPERSEDED, 已被替代); the latest — the case's current notice — as `noticeStanding`.
 */
export function documentStandings(
  issued: { number: string; instrument: Instrument; issuedAt: string }[],
  snap: Pick<CaseSnapshot, 'state' | 'outcome'>,
): Map<string, DocumentStanding> {
  const ordered = [...issued].sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt));
  return new Map(
    ordered.map((doc, i) => {
      const next = ordered[i + 1];
      return [
        doc.number,
        next
          ? { standing: 'SUPERSEDED', replacedBy: { number: next.number, instrument: next.instrument } }
          : { standing: noticeStanding(snap), replacedBy: null },
      ];
    }),
  );
}
