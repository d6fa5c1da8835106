import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  endOfShanghaiDay,
  formatShanghaiInstant,
  fromDayNumber,
  isIsoDate,
  parseInstant,
  shanghaiDate,
  startOfShanghaiDay,
  toDayNumber,
} from './iso-date.ts';

const DAY_MS = 86_400_000;

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2025-09-26')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-9-26',
      '20250926',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate(' 2025-09-26')).toBe(false);
    expect(isIsoDate('2025-09-26T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250926)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-09-26', 0)).toBe('2025-09-26');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2025-09-26')).toBe(5);
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(dayOfWeek('2026-02-14')).toBe(6);
  });

  it('rejects invalid input with RangeError', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
    expect(() => dayOfWeek('nope')).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('agrees with Date.UTC over four centuries (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 150_000 }), (day) => {
        const viaDate = new Date(day * DAY_MS);
        const iso = viaDate.toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
        expect(dayOfWeek(iso)).toBe(viaDate.getUTCDay());
      }),
    );
  });
});

describe('Asia/Shanghai instants', () => {
  it('maps instants to the civil date in China (UTC+8)', () => {
    expect(shanghaiDate(new Date('2025-09-25T15:59:59.999Z'))).toBe('2025-09-25');
    expect(shanghaiDate(new Date('2025-09-25T16:00:00.000Z'))).toBe('2025-09-26');
    expect(shanghaiDate(new Date('2025-09-26T10:00:00+08:00'))).toBe('2025-09-26');
    expect(shanghaiDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(() => shanghaiDate(new Date('garbage'))).toThrow(RangeError);
  });

  it('gives the start and end of a Shanghai day', () => {
    expect(startOfShanghaiDay('2025-10-23').toISOString()).toBe('2025-10-22T16:00:00.000Z');
    expect(endOfShanghaiDay('2025-10-23').toISOString()).toBe('2025-10-23T15:59:59.000Z');
    expect(endOfShanghaiDay('2025-10-23').getTime()).toBe(Date.parse('2025-10-23T23:59:59+08:00'));
  });

  it('formats with +08:00, milliseconds only when present', () => {
    expect(formatShanghaiInstant(new Date('2025-10-23T15:59:59Z'))).toBe('2025-10-23T23:59:59+08:00');
    expect(formatShanghaiInstant(new Date('2025-12-31T16:00:00.042Z'))).toBe('2026-01-01T00:00:00.042+08:00');
  });

  it('round-trips and matches toISOString shifted by 8 hours (property)', () => {
    const instants = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instants, (d) => {
        const date = shanghaiDate(d);
        expect(date).toBe(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
        expect(startOfShanghaiDay(date).getTime()).toBeLessThanOrEqual(d.getTime());
        expect(d.getTime()).toBeLessThan(startOfShanghaiDay(addDays(date, 1)).getTime());
        expect(parseInstant(formatShanghaiInstant(d)).getTime()).toBe(d.getTime());
      }),
    );
  });

  it('parses only instants with an explicit offset', () => {
    expect(parseInstant('2025-09-26T10:00:00+08:00').toISOString()).toBe('2025-09-26T02:00:00.000Z');
    expect(parseInstant('2025-09-26T02:00:00.5Z').toISOString()).toBe('2025-09-26T02:00:00.500Z');
    // A bare local time would depend on the server's time zone.
    expect(() => parseInstant('2025-09-26T10:00:00')).toThrow(RangeError);
    expect(() => parseInstant('2025-09-26')).toThrow(RangeError);
    expect(() => parseInstant('2025-09-26T25:00:00Z')).toThrow(RangeError);
  });
});
