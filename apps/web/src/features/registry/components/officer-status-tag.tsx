import type { OfficerStatus } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import './registry.css';

/** 有效 green, 已过期/暂扣 amber, 已注销 red — with the word, never colour alone. */
export function OfficerStatusTag({ status }: { status: OfficerStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`sp-officer-status sp-officer-status--${status.toLowerCase()}`}
      data-testid="officer-status"
      data-status={status}
    >
      {t(`registry.terms.officerStatuses.${status}`)}
    </span>
  );
}
