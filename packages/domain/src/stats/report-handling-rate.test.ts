import { describe, expect, it } from 'vitest';
import { isCitizenReport, reportHandlingRate } from './report-handling-rate.ts';

describe('举报案件查处率', () => {
  it('is concluded with a finding ÷ concluded; a transfer out is left out', () => {
    expect(
      reportHandlingRate([
        { outcome: 'RECTIFIED', count: 3 },
        { outcome: 'DISCIPLINE_CONCLUDED', count: 1 },
        { outcome: 'NO_VIOLATION', count: 2 },
        { outcome: 'DISMISSED', count: 1 },
        { outcome: 'NOTICE_WITHDRAWN', count: 1 },
        { outcome: 'TRANSFERRED_OUT', count: 5 },
      ]),
    ).toEqual({ concluded: 8, withFinding: 4, rate: 0.5 });
  });

  it('is null before any report is concluded', () => {
    expect(reportHandlingRate([{ outcome: 'TRANSFERRED_OUT', count: 2 }])).toEqual({
      concluded: 0,
      withFinding: 0,
      rate: null,
    });
  });

  it('counts citizens’ reports only: the public form and the hotline', () => {
    expect(isCitizenReport('PUBLIC_COMPLAINT')).toBe(true);
    expect(isCitizenReport('HOTLINE')).toBe(true);
    expect(isCitizenReport('SUPERVISOR')).toBe(false);
    expect(isCitizenReport('CASE_FILE_REVIEW')).toBe(false);
  });
});
