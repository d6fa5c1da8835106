import { en, zhCN } from '@sp/domain';
import i18next from 'i18next';
import { currentLanguage } from '../../../i18n';

// A recorded change as a clerk reads it: 'instruments.NOTICE.title' → 行政执法监督通知书 · 文书标题,
// 'WORKING_DAYS' → 工作日, true → 是.

const terms = () => (currentLanguage() === 'en' ? en : zhCN);
const FIELD_KEYS: Record<string, string> = {
  authorityName: 'office.profile.authorityName',
  centerName: 'office.profile.centerName',
  governmentName: 'office.profile.governmentName',
  overduePolicy: 'office.profile.overduePolicy',
  objectionWindow: 'office.profile.objectionWindow',
  answerPeriod: 'office.profile.answerPeriod',
  enabled: 'office.profile.enabled',
  title: 'office.profile.instrumentTitle',
  numberPrefix: 'office.profile.numberPrefix',
  deadline: 'office.profile.deadline',
  basis: 'office.profile.basis',
  days: 'office.profile.days',
};

export function changePathLabel(path: string): string {
  return path
    .split('.')
    .filter((part) => part !== 'instruments')
    .map((part) => {
      const instrument = (terms().instruments as Record<string, string>)[part];
      if (instrument) return instrument;
      const key = FIELD_KEYS[part];
      return key ? i18next.t(key as 'office.profile.days') : part;
    })
    .join(' · ');
}

export function changeValueLabel(value: unknown): string {
  if (typeof value === 'boolean') return i18next.t(value ? 'common.yes' : 'common.no');
  if (typeof value !== 'string') return JSON.stringify(value);
  const t = terms();
  return (
    (t.deadlineBases as Record<string, string>)[value] ??
    (t.overduePolicies as Record<string, string>)[value] ??
    value
  );
}
