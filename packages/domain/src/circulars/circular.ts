import { canSeeStatistics } from '../access/scoping.ts';
import type { TStats } from '../api/stats.ts';
import type { Actor } from '../workflow/actor.ts';

// The periodic 通报 (monthly or quarterly circular): drafted from the period's statistics under
// the office profile's authority name, edited while a draft, numbered and frozen when the
// director issues it.

export const CIRCULAR_KINDS = ['MONTH', 'QUARTER'] as const;
export type CircularKind = (typeof CIRCULAR_KINDS)[number];
export const CIRCULAR_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type CircularStatus = (typeof CIRCULAR_STATUSES)[number];

/** Center staff and the director draft and edit 通报 (the ones who see statistics). */
export const canDraftCircular = (actor: Actor) => canSeeStatistics(actor);
/** Only the director issues a 通报. */
export const canIssueCircular = (actor: Actor) => actor.kind === 'user' && actor.role === 'CENTER_DIRECTOR';
/** An issued 通报 is frozen: only drafts change. */
export const isCircularEditable = (status: CircularStatus) => status === 'DRAFT';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates (inclusive) of a month (part 1–12) or a quarter (part 1–4). */
export function circularPeriod(kind: CircularKind, year: number, part: number): { from: string; to: string } {
  const first = kind === 'MONTH' ? part : (part - 1) * 3 + 1;
  const last = kind === 'MONTH' ? part : first + 2;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** 2026年3月 / 2026年第一季度. */
export function circularPeriodName(kind: CircularKind, year: number, part: number): string {
  return kind === 'MONTH' ? `${year}年${part}月` : `${year}年第${'一二三四'[part - 1]}季度`;
}

/** 监督通报〔2026〕1号: numbered per year when issued. */
export const circularNumber = (year: number, seq: number) => `监督通报〔${year}〕${seq}号`;
/** The gap-free counter a year's 通报 numbers come from. */
export const circularCounterKey = (year: number) => `circular:${year}`;

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The draft's title and body (zh-CN, the document's language) from the period's statistics. */
export function draftCircular(input: {
  kind: CircularKind;
  year: number;
  part: number;
  authorityName: string;
  stats: TStats;
}): { title: string; body: string } {
  const { stats } = input;
  const period = circularPeriodName(input.kind, input.year, input.part);
  const lateUnits = stats.byUnit
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue)
    .map((u) => `${u.unitName}（${u.overdue}件）`);
  const ranked = stats.byUnit
    .filter((u) => u.implementationRate !== null)
    .sort((a, b) => (b.implementationRate ?? 0) - (a.implementationRate ?? 0))
    .map(
      (u, i) =>
        `${i + 1}. ${u.unitName}：整改落实率 ${pct(u.implementationRate)}（下发文书 ${u.noticesIssued} 件）`,
    );
  const paragraphs = [
    '各行政执法单位：',
    `现将${period}全市行政执法监督工作情况通报如下：`,
    `一、总体情况。${period}共登记投诉举报及监督线索 ${stats.cases} 件，下发监督文书 ${stats.noticesIssued} 件；整改落实 ${stats.implemented} 件，未落实移送 ${stats.notImplemented} 件，整改落实率 ${pct(stats.implementationRate)}；应答复 ${stats.repliesDue} 件，按期答复 ${stats.repliesOnTime} 件，按期答复率 ${pct(stats.onTimeRate)}；移送纪检监察机关 ${stats.referrals.total} 件。`,
    `二、各单位整改落实情况。${ranked.length > 0 ? `\n${ranked.join('\n')}` : '本期无办结的监督文书。'}`,
    `三、逾期情况。${lateUnits.length > 0 ? `以下单位存在逾期未答复或因逾期被移送的情形：${lateUnits.join('、')}。` : '本期各单位均按期答复。'}`,
    '四、工作要求。各单位要高度重视行政执法监督工作，对监督文书指出的问题按期整改、按期答复；对逾期的事项，要查明原因、落实责任，切实做到问题整改到位。',
    '特此通报。',
  ];
  return { title: `关于${period}行政执法监督工作情况的通报`, body: paragraphs.join('\n\n') };
}
