import type { TDeadlineStatus } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import './badges.css';

const CLASS_OF: Record<TDeadlineStatus, string> = {
  ON_TRACK: 'sp-badge sp-badge--on-track',
  DUE_SOON: 'sp-badge sp-badge--due-soon',
  OVERDUE: 'sp-badge sp-badge--overdue',
};

type Props = { status: TDeadlineStatus | null | undefined; dueAt?: string | null; showDate?: boolean };

/** The e-monitoring light: yellow when 70% of the time is gone, red when overdue. */
export function DeadlineBadge({ status, dueAt, showDate = true }: Props) {
  const { t } = useTranslation();
  if (!status) return <span className="sp-muted">{t('deadline.none')}</span>;
  return (
    <span className={CLASS_OF[status]} data-testid="deadline-badge" data-status={status}>
      {t(`deadline.${status}`)}
      {showDate && dueAt ? ` · ${formatDate(dueAt)}` : ''}
    </span>
  );
}
