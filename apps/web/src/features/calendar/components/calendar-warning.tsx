import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalendarStatus } from '../api/calendar-queries';

/**
 * Warns the administrator, on every page, that this year's or (from November on) next year's
 * State Council holiday arrangement has not been entered; deadlines crossing into it are
 * provisional until it is.
 */
export function CalendarWarning() {
  const { t } = useTranslation();
  const status = useCalendarStatus();
  const missing = status.data?.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <Alert
      className="sp-calendar-warning"
      type="warning"
      showIcon
      data-testid="calendar-warning"
      title={t('office.calendar.missing', { years: missing.join('、') })}
      action={<Link to={`/admin/calendar?year=${missing[0]}`}>{t('office.calendar.enterNow')}</Link>}
    />
  );
}
