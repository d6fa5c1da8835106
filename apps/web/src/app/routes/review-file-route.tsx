import type { TReviewFile } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundView } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { DetailList, SectionCard } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { useReviewFile } from '../../features/reviews/api/scoring';
import { CaseFileFacts } from '../../features/reviews/components/case-file-facts';
import { FindingForm } from '../../features/reviews/components/finding-form';
import { FileStatusText, GradeTag } from '../../features/reviews/components/grade-tag';
import { ReconcileForm } from '../../features/reviews/components/reconcile-form';
import { SheetReadOnly } from '../../features/reviews/components/sheet-read-only';
import { isApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';
import '../../features/reviews/components/reviews.css';

/** A drawn file for the center: both sheets, the result or the reconciliation, and the finding. */
export default function ReviewFileRoute() {
  const { id = '' } = useParams();
  const query = useReviewFile(id);
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 403))
    return <NotFoundView />;
  return <QueryView query={query}>{(f) => <ReviewFile file={f} />}</QueryView>;
}

function ReviewFile({ file: f }: { file: TReviewFile }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`registry.reviewFile.${key}` as 'registry.reviewFile.title');
  return (
    <>
      <PageHeader
        title={`${l('title')}　${f.number}`}
        subtitle={<Link to={`/reviews/campaigns/${f.campaignId}`}>{f.campaignTitle}</Link>}
      />
      <div className="sp-review-grid sp-review-grid--two">
        <SectionCard title={t('registry.sheet.caseFile')}>
          <CaseFileFacts file={f.caseFile} />
          <DetailList
            items={[
              { label: t('registry.campaign.fileStatus'), value: <FileStatusText status={f.status} /> },
              { label: t('registry.campaign.total'), value: f.total ?? '—', testId: 'file-total' },
              { label: t('registry.campaign.grade'), value: <GradeTag grade={f.grade} /> },
              ...(f.reconciliation
                ? [
                    {
                      label: l('reconciliation'),
                      value: `${f.reconciliation.note}（${f.reconciliation.byName}，${formatDateTime(f.reconciliation.at)}）`,
                    },
                  ]
                : []),
            ]}
          />
        </SectionCard>
        <SectionCard title={l('finding')} testId="finding-card">
          {f.findingCaseId ? (
            <p>
              {l('findingCase')}：
              <Link to={`/cases/${f.findingCaseId}`} data-testid="finding-case-link">
                {f.findingCaseNumber}
              </Link>
            </p>
          ) : (
            <FindingForm file={f} />
          )}
        </SectionCard>
      </div>
      <h2 className="sp-reg-subheading">{l('sheets')}</h2>
      <div className="sp-review-grid sp-review-grid--two">
        {f.fullSheets.map((s) => (
          <SectionCard
            key={s.id}
            title={`${t('registry.sheet.reviewer')}：${s.reviewer.name}`}
            extra={<Link to={`/reviews/sheets/${s.id}`}>{t('registry.nav.sheet')}</Link>}
          >
            <SheetReadOnly sheet={s} />
          </SectionCard>
        ))}
      </div>
      {f.canReconcile && (
        <div className="sp-gap-top">
          <SectionCard title={l('reconcile')} testId="reconcile-card">
            <ReconcileForm file={f} />
          </SectionCard>
        </div>
      )}
    </>
  );
}
