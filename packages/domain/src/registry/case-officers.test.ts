import { describe, expect, it } from 'vitest';
import { actDateOf, hasUncertifiedOfficer, uncertifiedReasonOn } from './case-officers.ts';

const cert = (history: { at: string; toStatus: 'VALID' | 'SUSPENDED' | 'REVOKED' }[]) => ({
  validFrom: '2024-01-01',
  validUntil: '2026-12-31',
  history,
});
// Registered (imported) in 2026 with a certificate valid since 2024.
const imported = cert([{ at: '2026-02-01T02:00:00Z', toStatus: 'VALID' }]);

describe('执法证 valid on the date of the enforcement act', () => {
  it('is valid within its dates, even before the officer was entered in the registry', () => {
    expect(uncertifiedReasonOn(imported, '2024-01-01')).toBeNull();
    expect(uncertifiedReasonOn(imported, '2025-05-05')).toBeNull();
    expect(uncertifiedReasonOn(imported, '2026-12-31')).toBeNull();
  });

  it('is not yet valid before validFrom, expired after validUntil', () => {
    expect(uncertifiedReasonOn(imported, '2023-12-31')).toBe('NOT_YET_VALID');
    expect(uncertifiedReasonOn(imported, '2027-01-01')).toBe('EXPIRED');
  });

  it('follows the decisions taken on or before the date, never later ones', () => {
    const c = cert([
      { at: '2024-01-01T01:00:00Z', toStatus: 'VALID' },
      { at: '2025-03-01T01:00:00Z', toStatus: 'SUSPENDED' },
      { at: '2025-06-01T01:00:00Z', toStatus: 'VALID' },
      { at: '2026-03-01T01:00:00Z', toStatus: 'REVOKED' },
    ]);
    expect(uncertifiedReasonOn(c, '2025-02-28')).toBeNull();
    expect(uncertifiedReasonOn(c, '2025-03-01')).toBe('SUSPENDED');
    expect(uncertifiedReasonOn(c, '2025-06-01')).toBeNull();
    expect(uncertifiedReasonOn(c, '2026-02-28')).toBeNull();
    expect(uncertifiedReasonOn(c, '2026-03-01')).toBe('REVOKED');
    // A revocation wins over the dates: after validUntil it is still REVOKED.
    expect(uncertifiedReasonOn(c, '2027-05-01')).toBe('REVOKED');
  });

  it('dates decisions in Asia/Shanghai', () => {
    // 2025-02-28T17:00Z is already 1 March in Beijing.
    const c = cert([
      { at: '2024-01-01T01:00:00Z', toStatus: 'VALID' },
      { at: '2025-02-28T17:00:00Z', toStatus: 'SUSPENDED' },
    ]);
    expect(uncertifiedReasonOn(c, '2025-02-28')).toBeNull();
    expect(uncertifiedReasonOn(c, '2025-03-01')).toBe('SUSPENDED');
  });

  it('judges on 发生日期, or on the registration date when there is none', () => {
    expect(actDateOf('2025-04-30T16:30:00Z', '2026-01-01T00:00:00Z')).toEqual({
      date: '2025-05-01',
      basis: 'OCCURRED_AT',
    });
    expect(actDateOf(null, '2026-01-01T00:00:00Z')).toEqual({ date: '2026-01-01', basis: 'REGISTERED_AT' });
  });

  it('flags a case when any cited officer was not valid', () => {
    expect(hasUncertifiedOfficer([])).toBe(false);
    expect(hasUncertifiedOfficer([null, null])).toBe(false);
    expect(hasUncertifiedOfficer([null, 'EXPIRED'])).toBe(true);
  });
});
