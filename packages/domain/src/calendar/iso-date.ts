// Civil dates ('YYYY-MM-DD') and Asia/Shanghai instants, done with plain arithmetic so the
// results never depend on the host time zone or on Intl data.

/** A civil date in China, 'YYYY-MM-DD'. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
// Asia/Shanghai has been UTC+8 without DST since 1991; deadlines never reach further back.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_DAY = daysFromCivil(0, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True for a real calendar date written 'YYYY-MM-DD' (so '2025-02-29' is false). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Days since 1970-01-01; throws RangeError for anything that is not a real ISO date. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function fromDayNumber(day: number): IsoDate {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new RangeError(`Date out of range 0000-01-01..9999-12-31 (day ${day})`);
  }
  const [y, m, d] = civilFromDays(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs an integer, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

function assertValidInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** The civil date in China at the given instant. */
export function shanghaiDate(instant: Date): IsoDate {
  return fromDayNumber(Math.floor((assertValidInstant(instant) + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00:00.000+08:00 of the date. */
export function startOfShanghaiDay(date: IsoDate): Date {
  return new Date(toDayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.000+08:00 of the date: deadlines are stated to the second, as on paper notices. */
export function endOfShanghaiDay(date: IsoDate): Date {
  return new Date((toDayNumber(date) + 1) * DAY_MS - 1000 - SHANGHAI_OFFSET_MS);
}

/** ISO-8601 in Shanghai local time with '+08:00'; milliseconds only when not zero. */
export function formatShanghaiInstant(instant: Date): string {
  const local = assertValidInstant(instant) + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  const msOfDay = local - day * DAY_MS;
  const h = Math.floor(msOfDay / 3_600_000);
  const min = Math.floor(msOfDay / 60_000) % 60;
  const s = Math.floor(msOfDay / 1000) % 60;
  const ms = msOfDay % 1000;
  const frac = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${fromDayNumber(day)}T${pad(h)}:${pad(min)}:${pad(s)}${frac}+08:00`;
}

// An instant must carry its offset: a bare local time would be read in the host's zone.
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO-8601 instant with 'Z' or an explicit offset; throws RangeError otherwise. */
export function parseInstant(s: string): Date {
  const ms = typeof s === 'string' && ISO_INSTANT_RE.test(s) ? Date.parse(s) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with offset: ${JSON.stringify(s)}`);
  return new Date(ms);
}
