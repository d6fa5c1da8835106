import { describe, expect, it } from 'vitest';
import { certificateValidOn, effectiveOfficerStatus, officerStatusOn } from './officer-status.ts';

const cert = { validFrom: '2024-01-01', validUntil: '2026-12-31' };

describe('执法证 status', () => {
  it('derives EXPIRED from validUntil; a decision wins over the dates', () => {
    expect(effectiveOfficerStatus({ ...cert, status: 'VALID' }, '2026-12-31')).toBe('VALID');
    expect(effectiveOfficerStatus({ ...cert, status: 'VALID' }, '2027-01-01')).toBe('EXPIRED');
    expect(effectiveOfficerStatus({ ...cert, status: 'SUSPENDED' }, '2025-01-01')).toBe('SUSPENDED');
    expect(effectiveOfficerStatus({ ...cert, status: 'REVOKED' }, '2027-01-01')).toBe('REVOKED');
  });

  it('knows the status on a past date from the history of decisions', () => {
    const officer = { ...cert, initialStatus: 'VALID' as const };
    const history = [
      { date: '2025-03-01', toStatus: 'SUSPENDED' as const },
      { date: '2025-06-01', toStatus: 'VALID' as const },
    ];
    expect(officerStatusOn(officer, history, '2023-12-31')).toBe('EXPIRED');
    expect(officerStatusOn(officer, history, '2025-02-28')).toBe('VALID');
    expect(officerStatusOn(officer, history, '2025-03-01')).toBe('SUSPENDED');
    expect(certificateValidOn(officer, history, '2025-06-02')).toBe(true);
    expect(certificateValidOn(officer, history, '2027-01-02')).toBe(false);
  });
});
