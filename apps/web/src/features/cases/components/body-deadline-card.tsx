import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { SectionCard } from '../../../components/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';

/**
 * The supervision body's own running deadline (本机关答复期限 / 决定期限), yellow/red like the
 * units' (product.md "Deadline basis": the supervisor is supervised).
 */
export function BodyDeadlineCard({ deadline }: { deadline: NonNullable<TCase['bodyDeadline']> }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t(`deadline.body_${deadline.kind}`)} testId="body-deadline-card">
      <p className="sp-deadline__main">
        <DeadlineBadge status={deadline.status} showDate={false} />{' '}
        <strong data-testid="body-deadline-due-at">{formatDateTime(deadline.dueAt)}</strong>
      </p>
      <p className="sp-muted">
        {t(deadline.basis === 'CALENDAR_DAYS' ? 'deadline.ruleCalendar' : 'deadline.rule', {
          start: formatDate(deadline.startAt),
          days: deadline.days,
        })}
      </p>
      <p className="sp-muted">{t(`deadline.bodyHint_${deadline.kind}`)}</p>
    </SectionCard>
  );
}
