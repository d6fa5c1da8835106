import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { DetailList, SectionCard } from '../../../components/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';

type Referral = NonNullable<TCase['referral']>;

/** A referral reason is a code when the system referred, free text when the director did. */
export function useReferralReason() {
  const { t, i18n } = useTranslation();
  return (reason: string | null | undefined) => {
    if (!reason) return t('common.none');
    return i18n.exists(`overdueReasons.${reason}`)
      ? t(`overdueReasons.${reason}` as 'overdueReasons.NO_REPLY')
      : reason;
  };
}

export function ReferralCard({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const reasonText = useReferralReason();
  return (
    <SectionCard title={t('caseView.referral')} testId="referral-card">
      <DetailList
        items={[
          {
            label: t('caseView.referredBy'),
            value: t(`caseView.referralBy.${referral.by}`),
            testId: 'referral-by',
          },
          { label: t('caseView.reason'), value: reasonText(referral.reason), testId: 'referral-reason' },
          { label: t('caseView.referralAt'), value: formatDateTime(referral.at) },
        ]}
      />
      <p
        className={referral.acceptedAt ? 'sp-ack sp-ack--done' : 'sp-ack sp-ack--pending'}
        data-testid="referral-accepted"
      >
        {referral.acceptedAt
          ? t('caseView.referralAccepted', { date: formatDateTime(referral.acceptedAt) })
          : t('caseView.referralNotAccepted')}
      </p>
    </SectionCard>
  );
}

export function ExtensionCard({ request }: { request: NonNullable<TCase['extensionRequest']> }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      title={t('caseView.extension')}
      testId="extension-card"
      extra={<span className="sp-state">{t(`caseView.extensionDecision.${request.decision}`)}</span>}
    >
      <p className="sp-prose">
        {t('caseView.extensionText', {
          n: request.extraWorkingDays,
          date: formatDate(request.requestedAt),
          reason: request.reason,
        })}
      </p>
    </SectionCard>
  );
}
