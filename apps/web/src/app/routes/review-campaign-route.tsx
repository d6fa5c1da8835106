import type { TCampaign } from '@sp/domain';
import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundView } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { DetailList, SectionCard } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { useCampaign, useCampaignResults, useCloseCampaign } from '../../features/reviews/api/campaigns';
import { DrawPanel } from '../../features/reviews/components/draw-panel';
import { ReviewFilesList } from '../../features/reviews/components/review-files-list';
import { ReviewResultsTable } from '../../features/reviews/components/review-results';
import { isApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/error-message';
import '../../features/reviews/components/reviews.css';

/** One campaign: scope and pool, the commitment and the draw, the drawn files, results, closing. */
export default function ReviewCampaignRoute() {
  const { id = '' } = useParams();
  const query = useCampaign(id);
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundView />;
  return <QueryView query={query}>{(c) => <Campaign campaign={c} />}</QueryView>;
}

function Campaign({ campaign: c }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const results = useCampaignResults(c.id);
  const close = useCloseCampaign();
  const [closeError, setCloseError] = useState<string | null>(null);
  const l = (key: string) => t(`registry.campaign.${key}` as 'registry.campaign.scope');
  const scope = [
    {
      label: t('registry.reviews.status'),
      value: t(`registry.terms.campaignStatuses.${c.status}`),
      testId: 'campaign-status',
    },
    { label: l('units'), value: c.units.map((u) => u.name).join('、') },
    { label: t('registry.reviews.period'), value: `${c.periodFrom} — ${c.periodTo}` },
    {
      label: l('kinds'),
      value:
        c.fileKinds.length > 0
          ? c.fileKinds.map((k) => t(`registry.terms.caseFileKinds.${k}`)).join('、')
          : l('allKinds'),
    },
    { label: l('filesPerUnit'), value: c.filesPerUnit },
    { label: l('reviewersPerFile'), value: c.reviewersPerFile },
    { label: l('lead'), value: c.leadName },
    {
      label: l('reviewers'),
      value: c.reviewers
        .map(
          (r) => `${r.name}${r.unitName ? `（${r.unitName}）` : r.userId ? '' : `（${l('outsideExpert')}）`}`,
        )
        .join('、'),
    },
    {
      label: l('checklistTitle'),
      value: `${c.checklist.items.map((i) => `${i.label} ${t('registry.campaign.points', { n: i.points })}`).join('；')}。${l('vetoItems')}：${c.checklist.vetoItems.map((v) => v.label).join('、')}`,
    },
  ];
  const doClose = async () => {
    setCloseError(null);
    try {
      await close.mutateAsync(c.id);
    } catch (error) {
      setCloseError(errorMessage(error));
    }
  };
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={t(`registry.terms.campaignStatuses.${c.status}`)}
        extra={
          c.status !== 'OPEN' ? (
            <Link to={`/reviews/campaigns/${c.id}/report`}>{l('report')}</Link>
          ) : undefined
        }
      />
      <div className="sp-review-grid sp-review-grid--two">
        <SectionCard title={l('scope')}>
          <DetailList items={scope} />
        </SectionCard>
        <DrawPanel campaign={c} />
      </div>
      {c.files.length > 0 && (
        <div className="sp-gap-top">
          <ReviewFilesList files={c.files} />
        </div>
      )}
      {c.status !== 'OPEN' && (
        <div className="sp-gap-top">
          <SectionCard
            title={l('results')}
            extra={
              c.status === 'DRAWN' ? (
                <Popconfirm
                  title={l('close')}
                  onConfirm={doClose}
                  okText={l('close')}
                  cancelText={t('common.cancel')}
                >
                  <Button loading={close.isPending} data-testid="campaign-close">
                    {l('close')}
                  </Button>
                </Popconfirm>
              ) : undefined
            }
          >
            {closeError && <Alert type="error" showIcon role="alert" title={closeError} className="sp-gap" />}
            {results.data && <ReviewResultsTable results={results.data} />}
          </SectionCard>
        </div>
      )}
    </>
  );
}
