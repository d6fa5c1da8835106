import type { TCase } from '@sp/domain';
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList, SectionCard } from '../../../components/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useOfficeProfile } from '../../office/api/get-office-profile';
import { useCaseDocuments } from '../api/get-case-documents';

/**
 * The running deadline as the unit owes it now: the rule (10 个工作日 / 30 日), the extensions
 * granted since, the due date and 剩余 N 个工作日 — never the issued rule alone.
 */
function useDeadlineItems(caseData: TCase) {
  const { t } = useTranslation();
  const notice = caseData.notice;
  const d = caseData.deadline;
  if (!notice) return [];
  const rule = d
    ? { basis: d.basis, days: d.days }
    : notice.deadlineCalendarDays !== null
      ? { basis: 'CALENDAR_DAYS' as const, days: notice.deadlineCalendarDays }
      : { basis: 'WORKING_DAYS' as const, days: notice.deadlineWorkingDays ?? 0 };
  const calendar = rule.basis === 'CALENDAR_DAYS';
  const items = [
    {
      label: t('caseView.deadlineRule'),
      value: t(calendar ? 'common.calendarDays' : 'common.workingDays', { n: rule.days }),
      testId: 'notice-rule',
    },
    {
      label: t('caseView.extensionsGranted'),
      value:
        d && d.extensions.length > 0
          ? d.extensions
              .map((e) => t('caseView.extensionItem', { n: e.days, date: formatDate(e.grantedAt) }))
              .join('；')
          : t('caseView.noExtensions'),
      testId: 'notice-extensions',
    },
  ];
  if (d) items.push({ label: t('caseView.dueAt'), value: formatDateTime(d.dueAt), testId: 'notice-due-at' });
  if (d?.daysLeft !== null && d?.daysLeft !== undefined)
    items.push({
      label: t('caseView.daysLeft'),
      value: t(calendar ? 'caseView.daysLeftCalendar' : 'caseView.daysLeftWorking', { n: d.daysLeft }),
      testId: 'notice-days-left',
    });
  return items;
}

/** The issued notice (or, inside the center, the draft awaiting signature or returned) in brief. */
export function NoticeCard({ caseData }: { caseData: TCase }) {
  const { t } = useTranslation();
  const { profile } = useOfficeProfile();
  const deadlineItems = useDeadlineItems(caseData);
  const documents = useCaseDocuments(caseData.id, { enabled: caseData.notice !== null });
  const superseded = (documents.data ?? []).filter((d) => d.standing === 'SUPERSEDED');
  const notice = caseData.notice;
  const draft = caseData.draftNotice;
  const content = notice ?? draft;
  if (!content) return null;
  const returned = !notice && caseData.draftReturn;
  const standing = notice?.standing ?? 'IN_FORCE';
  const draftTitle = returned ? t('caseView.draftNoticeReturned') : t('caseView.draftNotice');
  return (
    <SectionCard
      title={
        <span className="sp-inline-tags">
          {notice ? profile.instruments[notice.instrument].title : draftTitle}
          {standing !== 'IN_FORCE' && (
            <Tag color={standing === 'CONCLUDED' ? 'default' : 'red'} data-testid="notice-standing">
              {t(`notice.standing.${standing}`)}
            </Tag>
          )}
        </span>
      }
      testId="notice-card"
      extra={
        <Link to={`/cases/${caseData.id}/notice`} data-testid="notice-link">
          {t('caseView.viewNotice')}
        </Link>
      }
    >
      {standing !== 'IN_FORCE' && (
        <Alert
          type={standing === 'CONCLUDED' ? 'info' : 'warning'}
          showIcon
          className="sp-gap"
          data-testid="notice-standing-note"
          title={t(`notice.standingNote.${standing}`)}
          description={
            <a href="#case-history">
              {t(standing === 'WITHDRAWN' ? 'caseView.withdrawnLink' : 'caseView.conclusion')}
            </a>
          }
        />
      )}
      {returned && (
        <Alert
          type="warning"
          showIcon
          className="sp-gap"
          data-testid="notice-return-comment"
          title={t('caseView.draftReturnComment', { date: formatDateTime(returned.at) })}
          description={returned.comment}
        />
      )}
      {superseded.length > 0 && (
        <ul className="sp-plain-list sp-gap" data-testid="superseded-documents">
          {superseded.map((d) => (
            <li key={d.number}>
              <Tag>{t('notice.standing.SUPERSEDED')}</Tag>
              <Link to={`/cases/${caseData.id}/notice?number=${encodeURIComponent(d.number)}`}>
                {profile.instruments[d.instrument].title} {d.number}
              </Link>
              {d.replacedBy && (
                <span className="sp-muted">
                  （{t('caseView.replacedBy')}：{d.replacedBy.number}）
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <DetailList
          items={[
            { label: t('columns.noticeNumber'), value: notice.number, testId: 'case-notice-number' },
            { label: t('office.profile.issuer'), value: profile.authorityName, testId: 'case-notice-issuer' },
            { label: t('eventFields.issuedAt'), value: formatDateTime(notice.issuedAt) },
            ...deadlineItems,
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
