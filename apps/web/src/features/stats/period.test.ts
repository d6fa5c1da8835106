import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

const base = { year: 2026, part: 1, from: '', to: '' };

describe('the statistics period', () => {
  it('turns a month, a quarter and a year into inclusive dates', () => {
    expect(periodOf({ ...base, kind: 'month', part: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOf({ ...base, kind: 'month', year: 2028, part: 2 })).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(periodOf({ ...base, kind: 'quarter', part: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf({ ...base, kind: 'year' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses custom dates that are reversed, missing or over five years', () => {
    expect(periodOf({ ...base, kind: 'custom', from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(periodOf({ ...base, kind: 'custom', from: '2026-03-31', to: '2026-03-01' })).toBeNull();
    expect(periodOf({ ...base, kind: 'custom', from: '', to: '2026-03-01' })).toBeNull();
    expect(periodOf({ ...base, kind: 'custom', from: '2020-01-01', to: '2026-01-01' })).toBeNull();
  });
});
