import { describe, expect, it } from 'vitest';
import {
  arrangementToOverrides,
  type HolidayArrangement,
  ZHolidayArrangement,
} from './holiday-arrangement.ts';

const valid: HolidayArrangement = {
  year: 2030,
  source: {
    title: '示例通知',
    documentNumber: '国办发明电〔2029〕1号',
    published: '2029-11-01',
    url: 'https://www.gov.cn/x',
  },
  verified: false,
  verificationNote: 'fixture',
  holidays: [
    { name: '甲节', from: '2030-10-01', to: '2030-10-03' },
    { name: '乙节', from: '2030-10-07', to: '2030-10-07' },
  ],
  makeupWorkdays: [{ date: '2030-09-29', for: '甲节' }],
};

const issuesOf = (data: unknown): string[] => {
  const r = ZHolidayArrangement.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('ZHolidayArrangement', () => {
  it('accepts a consistent arrangement', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it.each([
    [
      'an impossible date',
      { holidays: [{ name: '甲节', from: '2030-02-30', to: '2030-03-01' }] },
      'YYYY-MM-DD',
    ],
    ['a reversed range', { holidays: [{ name: '甲节', from: '2030-10-03', to: '2030-10-01' }] }, 'must span'],
    [
      'overlapping ranges',
      {
        holidays: [
          { name: '甲节', from: '2030-10-01', to: '2030-10-03' },
          { name: '乙节', from: '2030-10-03', to: '2030-10-04' },
        ],
      },
      'in two holiday ranges',
    ],
    [
      'a make-up day on a weekday',
      { makeupWorkdays: [{ date: '2030-09-30', for: '甲节' }] },
      'not a Saturday',
    ],
    [
      'a make-up day inside a holiday',
      {
        holidays: [{ name: '甲节', from: '2030-10-01', to: '2030-10-06' }],
        makeupWorkdays: [{ date: '2030-10-05', for: '甲节' }],
      },
      'inside a holiday',
    ],
    [
      'a make-up day for an unknown holiday',
      { makeupWorkdays: [{ date: '2030-09-29', for: '丙节' }] },
      'no holiday',
    ],
    [
      'a duplicated make-up day',
      {
        makeupWorkdays: [
          { date: '2030-09-29', for: '甲节' },
          { date: '2030-09-29', for: '甲节' },
        ],
      },
      'listed twice',
    ],
  ])('rejects %s', (_label, patch, message) => {
    expect(issuesOf({ ...valid, ...patch }).join('\n')).toContain(message);
  });

  it('requires the source fields', () => {
    expect(issuesOf({ ...valid, source: { ...valid.source, url: 'not a url' } })).not.toEqual([]);
    expect(issuesOf({ ...valid, verificationNote: '' })).not.toEqual([]);
  });
});

describe('arrangementToOverrides', () => {
  it('marks every day of a range off and every make-up day on, sorted by date', () => {
    expect(arrangementToOverrides(valid)).toEqual([
      { date: '2030-09-29', working: true, note: '调休上班（甲节）' },
      { date: '2030-10-01', working: false, note: '甲节' },
      { date: '2030-10-02', working: false, note: '甲节' },
      { date: '2030-10-03', working: false, note: '甲节' },
      { date: '2030-10-07', working: false, note: '乙节' },
    ]);
  });
});
