import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { DetailList, SectionCard } from '../../../components/section-card';

/** 保护举报人: only the center receives `reporter`; this card shows only when it is there. */
export function ReporterCard({ reporter }: { reporter: NonNullable<TCase['reporter']> }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('caseView.reporter')} testId="reporter-card" className="sp-card--protected">
      <p className="sp-protected-note">{t('caseView.reporterProtected')}</p>
      <DetailList
        items={[
          {
            label: t('caseView.name'),
            value: reporter.anonymous ? t('caseView.anonymous') : (reporter.name ?? t('common.none')),
            testId: 'reporter-name',
          },
          { label: t('caseView.phone'), value: reporter.phone ?? t('common.none'), testId: 'reporter-phone' },
        ]}
      />
    </SectionCard>
  );
}
