import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundView } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { DetailList, SectionCard } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { useSheet } from '../../features/reviews/api/scoring';
import { CaseFileFacts } from '../../features/reviews/components/case-file-facts';
import { FileStatusText } from '../../features/reviews/components/grade-tag';
import { SheetForm } from '../../features/reviews/components/sheet-form';
import { SheetReadOnly } from '../../features/reviews/components/sheet-read-only';
import { isApiError } from '../../lib/api-error';
import '../../features/reviews/components/reviews.css';

/** 案卷评查表: the file's facts and the reviewer's scores (a form while it may still be scored). */
export default function ReviewSheetRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useSheet(id);
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundView />;
  return (
    <QueryView query={query}>
      {(s) => (
        <>
          <PageHeader
            title={`${t('registry.sheet.title')}　${s.caseFile.number}`}
            subtitle={s.campaignTitle}
          />
          <div className="sp-review-grid sp-review-grid--two">
            <SectionCard title={t('registry.sheet.caseFile')}>
              <CaseFileFacts file={s.caseFile} />
              <DetailList
                items={[
                  {
                    label: t('registry.sheet.reviewer'),
                    value: `${s.reviewer.name}${s.reviewer.unitName ? `（${s.reviewer.unitName}）` : ''}`,
                  },
                  {
                    label: t('registry.campaign.fileStatus'),
                    value: <FileStatusText status={s.fileStatus} />,
                  },
                ]}
              />
            </SectionCard>
            <SectionCard title={t('registry.sheet.items')} testId="sheet-card">
              {s.canScore ? <SheetForm key={s.id} sheet={s} /> : <SheetReadOnly sheet={s} />}
            </SectionCard>
          </div>
        </>
      )}
    </QueryView>
  );
}
