import { canRunReviews, type TUser } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/section-card';
import { useCaseReviewLink } from '../api/scoring';

/** On a case opened from a 案卷评查 finding: the way back to the reviewed file (center only). */
export function ReviewOriginCard({ caseId, user }: { caseId: string; user: TUser }) {
  const { t } = useTranslation();
  const center = canRunReviews({ kind: 'user', id: user.id, role: user.role, unitId: user.unitId });
  const link = useCaseReviewLink(caseId, center)?.data?.link;
  if (!link) return null;
  return (
    <SectionCard title={t('registry.reviewFile.fromReview')} testId="review-origin">
      <Link to={`/reviews/files/${link.reviewFileId}`}>
        {t('registry.reviewFile.reviewOrigin', { campaign: link.campaignTitle, number: link.caseFileNumber })}
      </Link>
    </SectionCard>
  );
}
