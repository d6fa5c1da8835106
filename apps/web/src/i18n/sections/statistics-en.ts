import type { Messages } from '../types';
import type { statisticsZhCN } from './statistics';

// biome-ignore format: a dense table, side by side with statistics.ts
export const statisticsEn: Messages<typeof statisticsZhCN> = {
  period: {
    label: 'Period', month: 'Month', quarter: 'Quarter', year: 'Year', custom: 'Custom', all: 'All',
    from: 'From', to: 'To', year_: 'Year', quarter_: 'Quarter', q: 'Q{{n}}', invalid: 'The end may not be before the start, nor more than 5 years after it.',
    hint: 'By registration date: every number is about the cases registered in the period.',
  },
  tiles: {
    cases: 'Cases registered', onTimeRate: 'On-time replies', referrals: 'Referred to discipline', rateOf: '{{num}} / {{den}}',
  },
  charts: {
    trend: 'Monthly trend', trendRegistered: 'Registered', trendNotices: 'Notices issued', trendImplemented: 'Implemented', trendNotImplemented: 'Referred (not implemented)',
    units: 'Units ranked by implementation rate', unitsRate: 'Implementation rate (%)', sources: 'Case sources', referrals: 'Referral reasons',
    stages: 'Average working days from registration to each stage', stage: 'Stage', days: 'Avg. working days', reached: 'Cases that reached it',
    instruments: 'Instruments issued', count: 'Count', month: 'Month', showTable: 'Data table', chartLabel: '{{title}} (chart; its numbers are in the table below)',
    loading: 'Loading chart…', failed: 'The chart could not load; see the table.',
  },
  byUnit: { cases: 'Cases', notices: 'Notices', implemented: 'Implemented', notImplemented: 'Referred', rate: 'Rate' },
  monitoring: {
    title: 'Deadline monitor', hint: 'Every running deadline, per unit: yellow from 70 % of the time, red once overdue.', asOf: 'As of {{time}}',
    daysLeft: '{{n}} working days left', dueToday: 'Due today', overdue: 'Overdue', dueAt: 'Due {{date}}',
    onTrack: 'On track', dueSoon: 'Due soon', overdueCount: 'Overdue', referredLate: 'Referred for lateness in the period', none: 'No running deadlines',
    kind_UNIT_REPLY: "Unit's reply", kind_BODY_ANSWER: 'Our answer', kind_BODY_DECISION: 'Decision due', openCases: 'Open cases', unitCases: "This unit's cases",
  },
  circulars: {
    title: 'Circulars', generate: 'Draft a circular', part: 'Month or quarter', titleLabel: 'Title', bodyLabel: 'Text', save: 'Save', issue: 'Issue',
    print: 'Print', number: 'Number', status: 'Status', issuedAt: 'Issued on', status_DRAFT: 'Draft', status_ISSUED: 'Issued',
  },
  export: { button: 'Export to Excel', hint: 'Exports what the filter shows (narrow it beyond 200,000 rows)' },
};
