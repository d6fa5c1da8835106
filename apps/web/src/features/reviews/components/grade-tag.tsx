import type { Grade, ReviewFileStatus } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import './reviews.css';

/** 优秀 / 合格 / 不合格, in words and colour. */
export function GradeTag({ grade }: { grade: Grade | null }) {
  const { t } = useTranslation();
  if (!grade) return <>—</>;
  return (
    <span className={`sp-grade sp-grade--${grade.toLowerCase()}`} data-testid="grade" data-grade={grade}>
      {t(`registry.terms.grades.${grade}`)}
    </span>
  );
}

export function FileStatusText({ status }: { status: ReviewFileStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`sp-file-status sp-file-status--${status.toLowerCase()}`}
      data-testid="file-status"
      data-status={status}
    >
      {t(`registry.terms.reviewFileStatuses.${status}`)}
    </span>
  );
}
