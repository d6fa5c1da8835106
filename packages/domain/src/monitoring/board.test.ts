import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { circularNumber, circularPeriod, circularPeriodName } from '../circulars/circular.ts';
import { monitoringBoard, workingDaysLeft } from './board.ts';

describe('workingDaysLeft', () => {
  const cal = createCalendar([]);
  it('counts the working days after today up to the due day, 0 on it and after', () => {
    // Monday 2 March 2026 10:00 China → due Friday 6 March 23:59:59: Tue–Fri = 4.
    const due = new Date('2026-03-06T15:59:59.000Z');
    expect(workingDaysLeft(due, new Date('2026-03-02T02:00:00.000Z'), cal)).toBe(4);
    // Friday 27 Feb: the weekend does not count → Mon–Fri = 5.
    expect(workingDaysLeft(due, new Date('2026-02-27T02:00:00.000Z'), cal)).toBe(5);
    expect(workingDaysLeft(due, new Date('2026-03-06T02:00:00.000Z'), cal)).toBe(0);
    expect(workingDaysLeft(due, new Date('2026-03-07T02:00:00.000Z'), cal)).toBe(0);
  });
});

describe('monitoringBoard', () => {
  it('groups per unit, counts lights and only system referrals, red (overdue + lateness referrals) units first', () => {
    const card = (unitId: string, status: 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE', dueAt: string) => ({
      caseId: `${unitId}-${dueAt}`,
      number: 'n',
      title: 't',
      state: 'AWAITING_REPLY' as const,
      kind: 'UNIT_REPLY' as const,
      status,
      dueAt,
      workingDaysLeft: 0,
      unitId,
    });
    const b = monitoringBoard({
      units: [
        { id: 'a', name: '甲' },
        { id: 'b', name: '乙' },
      ],
      cards: [
        card('a', 'ON_TRACK', '2026-03-09'),
        card('b', 'ON_TRACK', '2026-03-10'),
        card('b', 'OVERDUE', '2026-03-20'),
      ],
      referrals: [
        { unitId: 'a', referralBy: 'DIRECTOR', count: 3 },
        { unitId: 'a', referralBy: 'SYSTEM', count: 2 },
      ],
    });
    expect(b.units.map((u) => [u.unitId, u.overdue, u.onTrack, u.referredForLateness])).toEqual([
      ['a', 0, 1, 2],
      ['b', 1, 1, 0],
    ]);
    expect(b.units[1]!.cards.map((c) => c.status)).toEqual(['OVERDUE', 'ON_TRACK']);
    expect(b.totals).toEqual({ onTrack: 2, dueSoon: 0, overdue: 1, referredForLateness: 2 });
  });
});

describe('circular periods', () => {
  it('months and quarters, inclusive', () => {
    expect(circularPeriod('MONTH', 2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(circularPeriod('QUARTER', 2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(circularPeriodName('QUARTER', 2026, 2)).toBe('2026年第二季度');
    expect(circularNumber(2026, 3)).toBe('监督通报〔2026〕3号');
  });
});
