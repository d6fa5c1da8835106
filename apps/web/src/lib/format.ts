import { currentLanguage } from '../i18n';

// Dates are shown in the office's time zone, whatever the browser's.
const TIME_ZONE = 'Asia/Shanghai';

function parts(iso: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: string) => fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    hh: get('hour'),
    mm: get('minute'),
    ss: get('second'),
  };
}

/** 2026-03-05 */
export function formatDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  return p ? `${p.y}-${p.m}-${p.d}` : '—';
}

/** 2026-03-05 14:30 */
export function formatDateTime(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  return p ? `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}` : '—';
}

/** 14:30:05 */
export function formatTime(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  return p ? `${p.hh}:${p.mm}:${p.ss}` : '—';
}

/** 2026年3月5日 — the form GB/T 9704-2012 uses for 成文日期 (Arabic numerals, no leading zeros). */
export function formatChineseDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null;
  return p ? `${Number(p.y)}年${Number(p.m)}月${Number(p.d)}日` : '';
}

/** A date for the current language: 2026年3月5日 or 5 Mar 2026. */
export function formatLongDate(iso: string | null | undefined): string {
  if (currentLanguage() === 'zh-CN') return formatChineseDate(iso);
  const p = iso ? parts(iso) : null;
  if (!p) return '';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(p.d)} ${months[Number(p.m) - 1]} ${p.y}`;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string | Date, to: string | Date): number {
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return Math.floor(ms / 86_400_000);
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
