import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { DetailList, SectionCard } from '../../../components/section-card';
import { StateTag } from '../../../components/state-tag';
import { formatDate, formatDateTime } from '../../../lib/format';
import { unitLabel } from './unit-label';

export function CaseSummaryCard({ caseData }: { caseData: TCase }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('caseView.summary')} testId="case-summary">
      <DetailList
        items={[
          { label: t('caseView.number'), value: caseData.number, testId: 'case-number' },
          {
            label: t('caseView.state'),
            value: <StateTag state={caseData.state} outcome={caseData.outcome} />,
          },
          { label: t('caseView.unit'), value: unitLabel(t, caseData), testId: 'case-unit' },
          {
            label: t('fields.assigneeId.label'),
            value: caseData.assigneeName ?? t('common.none'),
            testId: 'case-assignee',
          },
          { label: t('caseView.source'), value: t(`sources.${caseData.source}`) },
          { label: t('caseView.createdAt'), value: formatDateTime(caseData.createdAt) },
          { label: t('caseView.occurredAt'), value: formatDate(caseData.occurredAt) },
        ]}
      />
      <h3 className="sp-subheading">{t('caseView.description')}</h3>
      <p className="sp-prose">{caseData.description}</p>
    </SectionCard>
  );
}
