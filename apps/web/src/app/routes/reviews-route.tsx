import type { TCampaignSummary } from '@sp/domain';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type DataColumn, DataList } from '../../components/data-list';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCampaigns } from '../../features/reviews/api/campaigns';
import { CampaignForm } from '../../features/reviews/components/campaign-form';
import { useUnits } from '../../features/units/api/get-units';
import { formatDateTime } from '../../lib/format';

/** 案卷评查: the campaigns, and opening a new one (its seed commitment is published at once). */
export default function ReviewsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useUnits();
  const [page, setPage] = useState(1);
  const campaigns = useCampaigns(page);
  const [creating, setCreating] = useState(false);
  const l = (key: string) => t(`registry.reviews.${key}` as 'registry.reviews.title');
  const columns: DataColumn<TCampaignSummary>[] = [
    {
      key: 'title',
      title: t('registry.campaignForm.title'),
      render: (c) => (
        <Link to={`/reviews/campaigns/${c.id}`} data-testid="campaign-link">
          {c.title}
        </Link>
      ),
    },
    { key: 'status', title: l('status'), render: (c) => t(`registry.terms.campaignStatuses.${c.status}`) },
    { key: 'period', title: l('period'), render: (c) => `${c.periodFrom} — ${c.periodTo}` },
    { key: 'files', title: t('registry.campaign.filesPerUnit'), render: (c) => c.filesPerUnit },
    { key: 'createdAt', title: l('createdAt'), render: (c) => formatDateTime(c.createdAt) },
  ];
  return (
    <>
      <PageHeader
        title={l('title')}
        subtitle={l('intro')}
        extra={
          <span className="sp-reg-actions">
            <Link to="/reviews/case-files">{l('caseFilesLink')}</Link>
            <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-new">
              {l('newCampaign')}
            </Button>
          </span>
        }
      />
      {campaigns.error ? (
        <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : null}
      <DataList
        label={l('campaigns')}
        rows={campaigns.data?.items ?? []}
        rowKey={(c) => c.id}
        columns={columns}
        cardTitle={(c) => columns[0]!.render(c)}
        emptyText={l('empty')}
        loading={campaigns.isPending}
        paging={
          campaigns.data
            ? { page, pageSize: campaigns.data.pageSize, total: campaigns.data.total, onChange: setPage }
            : undefined
        }
        testId="campaigns-list"
      />
      <Modal
        open={creating}
        onCancel={() => setCreating(false)}
        footer={null}
        title={l('newCampaign')}
        destroyOnHidden
        width={820}
      >
        <CampaignForm units={units.data ?? []} onCreated={(c) => navigate(`/reviews/campaigns/${c.id}`)} />
      </Modal>
    </>
  );
}
