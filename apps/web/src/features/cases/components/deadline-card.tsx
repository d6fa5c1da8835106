import { isOverdue, type TCase } from '@sp/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { SectionCard } from '../../../components/section-card';
import { currentLanguage } from '../../../i18n';
import { daysBetween, formatDate, formatDateTime } from '../../../lib/format';

/** The due date, its light, and how it was computed (working days, holidays skipped). */
export function DeadlineCard({ caseData }: { caseData: TCase }) {
  const { t } = useTranslation();
  const deadline = caseData.deadline;
  if (!deadline) {
    return (
      <SectionCard title={t('deadline.dueAt')} testId="deadline-card">
        <p className="sp-muted">{t('deadline.none')}</p>
      </SectionCard>
    );
  }
  const extra = deadline.extensions.reduce((sum, e) => sum + e.days, 0);
  const overdueDays = isOverdue(deadline.status) ? Math.max(1, daysBetween(deadline.dueAt, new Date())) : 0;
  const explanation = currentLanguage() === 'en' ? deadline.explanation.en : deadline.explanation.zh;
  return (
    <SectionCard title={t('deadline.dueAt')} testId="deadline-card">
      <p className="sp-deadline__main">
        {/* A deadline that stopped running (replied, referred, closed) has no light. */}
        {deadline.status ? (
          <DeadlineBadge status={deadline.status} showDate={false} />
        ) : (
          <span className="sp-muted">{t('deadline.inactive')}</span>
        )}{' '}
        <strong data-testid="deadline-due-at">{formatDateTime(deadline.dueAt)}</strong>
        {deadline.provisional && (
          <Tooltip
            title={t('office.deadline.provisionalHint', {
              years: deadline.explanation.provisionalYears.join('、'),
            })}
          >
            <Tag color="gold" data-testid="deadline-provisional" tabIndex={0}>
              {t('office.deadline.provisional')}
            </Tag>
          </Tooltip>
        )}
      </p>
      {deadline.provisional && (
        <p className="sp-muted" data-testid="deadline-provisional-reason">
          {t('office.deadline.provisionalHint', { years: deadline.explanation.provisionalYears.join('、') })}
        </p>
      )}
      {overdueDays > 0 && (
        <p className="sp-deadline__overdue">{t('deadline.overdueBy', { n: overdueDays })}</p>
      )}
      <p className="sp-muted">
        {t(deadline.basis === 'CALENDAR_DAYS' ? 'deadline.ruleCalendar' : 'deadline.rule', {
          start: formatDate(deadline.startAt),
          days: deadline.days,
        })}
        {extra > 0 ? `；${t('deadline.extensions', { n: extra })}` : ''}
      </p>
      <details className="sp-deadline__explain" data-testid="deadline-explanation">
        <summary>{t('deadline.howComputed')}</summary>
        <p className="sp-prose">{explanation}</p>
      </details>
    </SectionCard>
  );
}
