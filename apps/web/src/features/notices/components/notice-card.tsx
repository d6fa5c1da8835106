import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList, SectionCard } from '../../../components/section-card';
import { formatDateTime } from '../../../lib/format';
import { useOfficeProfile } from '../../office/api/get-office-profile';

/** The issued notice (or, inside the center, the draft awaiting signature) in brief. */
export function NoticeCard({ caseData }: { caseData: TCase }) {
  const { t } = useTranslation();
  const { profile } = useOfficeProfile();
  const notice = caseData.notice;
  const draft = caseData.draftNotice;
  if (!notice && !draft) return null;
  const content = notice ?? draft;
  if (!content) return null;
  return (
    <SectionCard
      title={notice ? profile.instruments[notice.instrument].title : t('caseView.draftNotice')}
      testId="notice-card"
      extra={
        <Link to={`/cases/${caseData.id}/notice`} data-testid="notice-link">
          {t('caseView.viewNotice')}
        </Link>
      }
    >
      {notice && (
        <DetailList
          items={[
            { label: t('columns.noticeNumber'), value: notice.number, testId: 'case-notice-number' },
            { label: t('office.profile.issuer'), value: profile.authorityName, testId: 'case-notice-issuer' },
            { label: t('eventFields.issuedAt'), value: formatDateTime(notice.issuedAt) },
            notice.deadlineCalendarDays !== null
              ? {
                  label: t('fields.deadlineCalendarDays.label'),
                  value: t('common.calendarDays', { n: notice.deadlineCalendarDays }),
                }
              : {
                  label: t('fields.deadlineWorkingDays.label'),
                  value: t('common.workingDays', { n: notice.deadlineWorkingDays }),
                },
          ]}
        />
      )}
      <h3 className="sp-subheading">{t('fields.findings.label')}</h3>
      <p className="sp-prose">{content.findings}</p>
      <h3 className="sp-subheading">{t('fields.legalBasis.label')}</h3>
      <p className="sp-prose">{content.legalBasis}</p>
      <h3 className="sp-subheading">{t('fields.requiredRectification.label')}</h3>
      <p className="sp-prose">{content.requiredRectification}</p>
    </SectionCard>
  );
}
