import type { WorkingCalendar } from './calendar.ts';
import { type DeadlineRule, resolveDeadline } from './deadline.ts';
import {
  dayOfWeek,
  formatShanghaiInstant,
  fromDayNumber,
  type IsoDate,
  isWeekend,
  toDayNumber,
} from './iso-date.ts';

export type SkippedDay = { date: IsoDate; reason: 'WEEKEND' | 'HOLIDAY'; note?: string };
export type MakeupWorkday = { date: IsoDate; note?: string };

/** How a due date was computed, for staff (spec: "show staff how a due date was computed"). */
export type DeadlineExplanation = {
  startDate: IsoDate;
  baseWorkingDays: number;
  extensionDays: number;
  totalWorkingDays: number;
  dueDate: IsoDate;
  /** ISO-8601 with +08:00. */
  dueAt: string;
  dueSoonAt: string;
  /** Non-working days between the start date (exclusive) and the due date. */
  skipped: SkippedDay[];
  /** Saturdays/Sundays that counted because the calendar marks them as 调休 working days. */
  makeupWorkdays: MakeupWorkday[];
  zh: string;
  en: string;
};

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function withNote<T extends { date: IsoDate }>(base: T, note: string | undefined): T & { note?: string } {
  return note === undefined ? base : { ...base, note };
}

function classify(date: IsoDate, cal: WorkingCalendar): SkippedDay {
  const note = cal.noteFor(date);
  // A weekend inside a holiday carries the holiday's note and is reported as part of it (the
  // notices count it in "共8天"); a bare weekend stays a weekend.
  if (isWeekend(date) && note === undefined) return { date, reason: 'WEEKEND' };
  return withNote({ date, reason: 'HOLIDAY' as const }, note);
}

function distinctNotes(days: { note?: string }[]): string[] {
  return [...new Set(days.flatMap((d) => (d.note ? [d.note] : [])))];
}

export function explainDeadline(rule: DeadlineRule, cal: WorkingCalendar): DeadlineExplanation {
  const r = resolveDeadline(rule, cal);
  const skipped: SkippedDay[] = [];
  const makeupWorkdays: MakeupWorkday[] = [];
  for (let day = toDayNumber(r.startDate) + 1; day <= toDayNumber(r.dueDate); day++) {
    const date = fromDayNumber(day);
    if (!cal.isWorkingDay(date)) skipped.push(classify(date, cal));
    else if (isWeekend(date)) makeupWorkdays.push(withNote({ date }, cal.noteFor(date)));
  }
  const explanation = {
    startDate: r.startDate,
    baseWorkingDays: r.baseWorkingDays,
    extensionDays: r.extensionDays,
    totalWorkingDays: r.totalWorkingDays,
    dueDate: r.dueDate,
    dueAt: formatShanghaiInstant(r.dueAt),
    dueSoonAt: formatShanghaiInstant(r.dueSoonAt),
    skipped,
    makeupWorkdays,
  };
  return { ...explanation, zh: zhText(explanation), en: enText(explanation) };
}

type Facts = Omit<DeadlineExplanation, 'zh' | 'en'>;

function zhDay(date: IsoDate, withYear: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日（${ZH_WEEKDAYS[dayOfWeek(date)]}）`;
}

function zhText(f: Facts): string {
  const parts: string[] = [];
  const count =
    f.extensionDays > 0
      ? `${f.baseWorkingDays} 个工作日，另延期 ${f.extensionDays} 个工作日，共 ${f.totalWorkingDays} 个工作日`
      : `${f.totalWorkingDays} 个工作日`;
  parts.push(`自 ${f.startDate} 签发次日起算 ${count}（不含签发当日）`);
  const weekends = f.skipped.filter((s) => s.reason === 'WEEKEND').length;
  const holidays = f.skipped.filter((s) => s.reason === 'HOLIDAY');
  const skips: string[] = [];
  if (weekends > 0) skips.push(`周末 ${weekends} 天`);
  if (holidays.length > 0) {
    const names = distinctNotes(holidays);
    skips.push(`法定节假日 ${holidays.length} 天${names.length > 0 ? `（${names.join('、')}）` : ''}`);
  }
  if (skips.length > 0) parts.push(`跳过${skips.join('、')}`);
  if (f.makeupWorkdays.length > 0) {
    const crossesYear = f.startDate.slice(0, 4) !== f.dueDate.slice(0, 4);
    const days = f.makeupWorkdays.map((m) => zhDay(m.date, crossesYear)).join('、');
    parts.push(`${days}为调休上班日计入`);
  }
  parts.push(`截止 ${f.dueDate}（${ZH_WEEKDAYS[dayOfWeek(f.dueDate)]}）23:59:59`);
  return `${parts.join('；')}。`;
}

function enDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${EN_WEEKDAYS[dayOfWeek(date)]?.slice(0, 3)} ${d} ${EN_MONTHS[(m ?? 1) - 1]} ${y}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function enText(f: Facts): string {
  const parts: string[] = [];
  const count =
    f.extensionDays > 0
      ? `${plural(f.baseWorkingDays, 'working day')} plus an extension of ${f.extensionDays}, ${f.totalWorkingDays} in total`
      : plural(f.totalWorkingDays, 'working day');
  parts.push(`${count} counted from the day after ${f.startDate} (the issue day itself does not count)`);
  const weekends = f.skipped.filter((s) => s.reason === 'WEEKEND').length;
  const holidays = f.skipped.filter((s) => s.reason === 'HOLIDAY');
  const skips: string[] = [];
  if (weekends > 0) skips.push(plural(weekends, 'weekend day'));
  if (holidays.length > 0) {
    const names = distinctNotes(holidays);
    skips.push(
      `${plural(holidays.length, 'public holiday')}${names.length > 0 ? ` (${names.join(', ')})` : ''}`,
    );
  }
  if (skips.length > 0) parts.push(`skipped ${skips.join(' and ')}`);
  if (f.makeupWorkdays.length > 0) {
    const days = f.makeupWorkdays.map((m) => enDay(m.date)).join(', ');
    parts.push(`counted ${days} as make-up working ${f.makeupWorkdays.length === 1 ? 'day' : 'days'} (调休)`);
  }
  parts.push(`due ${f.dueDate} (${EN_WEEKDAYS[dayOfWeek(f.dueDate)]}) 23:59:59 China time (UTC+8)`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
