import type { ExplanationFacts } from './explain.ts';
import { dayOfWeek, type IsoDate } from './iso-date.ts';

// The "how it was computed" sentences (zh first, en second) for explainDeadline.

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function distinctNotes(days: { note?: string }[]): string[] {
  return [...new Set(days.flatMap((d) => (d.note ? [d.note] : [])))];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function zhDay(date: IsoDate, withYear: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日（${ZH_WEEKDAYS[dayOfWeek(date)]}）`;
}

function enDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${EN_WEEKDAYS[dayOfWeek(date)]?.slice(0, 3)} ${d} ${EN_MONTHS[(m ?? 1) - 1]} ${y}`;
}

function zhCount(f: ExplanationFacts): string {
  const unit = f.basis === 'WORKING_DAYS' ? '个工作日' : '日';
  const count =
    f.extensionDays > 0
      ? `${f.baseDays} ${unit}，另延期 ${f.extensionDays} ${unit}，共 ${f.totalDays} ${unit}`
      : `${f.totalDays} ${unit}`;
  const kind = f.basis === 'WORKING_DAYS' ? '不含签发当日' : '按自然日计算，不含签发当日';
  return `自 ${f.startDate} 签发次日起算 ${count}（${kind}）`;
}

function zhSkips(f: ExplanationFacts): string | null {
  const weekends = f.skipped.filter((s) => s.reason === 'WEEKEND');
  const holidays = f.skipped.filter((s) => s.reason === 'HOLIDAY');
  if (f.basis === 'CALENDAR_DAYS') {
    const last = f.skipped[0];
    if (!last) return null;
    const what = last.reason === 'WEEKEND' ? '周末' : `法定节假日${last.note ? `（${last.note}）` : ''}`;
    return `期满日 ${zhDay(f.nominalEndDate, true)}为${what}，依《民法典》第二百零三条顺延至其后第一个工作日`;
  }
  const skips: string[] = [];
  if (weekends.length > 0) skips.push(`周末 ${weekends.length} 天`);
  if (holidays.length > 0) {
    const names = distinctNotes(holidays);
    skips.push(`法定节假日 ${holidays.length} 天${names.length > 0 ? `（${names.join('、')}）` : ''}`);
  }
  return skips.length > 0 ? `跳过${skips.join('、')}` : null;
}

function zhText(f: ExplanationFacts): string {
  const parts = [zhCount(f)];
  const skips = zhSkips(f);
  if (skips) parts.push(skips);
  if (f.makeupWorkdays.length > 0) {
    const crossesYear = f.startDate.slice(0, 4) !== f.dueDate.slice(0, 4);
    const days = f.makeupWorkdays.map((m) => zhDay(m.date, crossesYear)).join('、');
    parts.push(`${days}为调休上班日计入`);
  }
  if (f.provisional) {
    const years = f.provisionalYears.map((y) => `${y}年`).join('、');
    parts.push(
      `${years}国务院节假日安排尚未录入，暂按《全国年节及纪念日放假办法》规定的法定节假日计算（未含调休），为暂定期限，录入安排后自动重新计算`,
    );
  }
  parts.push(`截止 ${f.dueDate}（${ZH_WEEKDAYS[dayOfWeek(f.dueDate)]}）23:59:59`);
  return `${parts.join('；')}。`;
}

function enCount(f: ExplanationFacts): string {
  const word = f.basis === 'WORKING_DAYS' ? 'working day' : 'calendar day';
  const count =
    f.extensionDays > 0
      ? `${plural(f.baseDays, word)} plus an extension of ${f.extensionDays}, ${f.totalDays} in total`
      : plural(f.totalDays, word);
  return `${count} counted from the day after ${f.startDate} (the issue day itself does not count)`;
}

function enSkips(f: ExplanationFacts): string | null {
  const weekends = f.skipped.filter((s) => s.reason === 'WEEKEND').length;
  const holidays = f.skipped.filter((s) => s.reason === 'HOLIDAY');
  if (f.basis === 'CALENDAR_DAYS') {
    const last = f.skipped[0];
    if (!last) return null;
    const what =
      last.reason === 'WEEKEND' ? 'a weekend day' : `a public holiday${last.note ? ` (${last.note})` : ''}`;
    return `the last day, ${enDay(f.nominalEndDate)}, is ${what}, so the period ends on the next working day (Civil Code art. 203)`;
  }
  const skips: string[] = [];
  if (weekends > 0) skips.push(plural(weekends, 'weekend day'));
  if (holidays.length > 0) {
    const names = distinctNotes(holidays);
    const list = names.length > 0 ? ` (${names.join(', ')})` : '';
    skips.push(`${plural(holidays.length, 'public holiday')}${list}`);
  }
  return skips.length > 0 ? `skipped ${skips.join(' and ')}` : null;
}

function enText(f: ExplanationFacts): string {
  const parts = [enCount(f)];
  const skips = enSkips(f);
  if (skips) parts.push(skips);
  if (f.makeupWorkdays.length > 0) {
    const days = f.makeupWorkdays.map((m) => enDay(m.date)).join(', ');
    parts.push(`counted ${days} as make-up working ${f.makeupWorkdays.length === 1 ? 'day' : 'days'} (调休)`);
  }
  if (f.provisional) {
    parts.push(
      `PROVISIONAL: the State Council holiday arrangement for ${f.provisionalYears.join(', ')} has not been entered, so only the statutory holidays (national holidays regulation, no make-up days) were used; the date is recomputed once the arrangement is entered`,
    );
  }
  parts.push(`due ${f.dueDate} (${EN_WEEKDAYS[dayOfWeek(f.dueDate)]}) 23:59:59 China time (UTC+8)`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function explanationText(f: ExplanationFacts): { zh: string; en: string } {
  return { zh: zhText(f), en: enText(f) };
}
