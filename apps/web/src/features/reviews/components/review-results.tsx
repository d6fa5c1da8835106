import type { TReviewResults, TUnitReviewResult } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataList } from '../../../components/data-list';

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Results by unit: files, 优秀/合格/不合格, pending, 合格率; and the total. */
export function ReviewResultsTable({ results }: { results: TReviewResults }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`registry.campaign.${key}` as 'registry.campaign.unit');
  const rows: TUnitReviewResult[] = [
    ...results.byUnit,
    { unitId: 'total', unitName: l('totalRow'), ...results.total },
  ];
  const columns: DataColumn<TUnitReviewResult>[] = [
    { key: 'unit', title: l('unit'), render: (r) => r.unitName },
    { key: 'files', title: l('count'), render: (r) => r.files },
    { key: 'excellent', title: l('excellent'), render: (r) => r.excellent },
    { key: 'pass', title: l('passCount'), render: (r) => r.pass },
    { key: 'fail', title: l('fail'), render: (r) => r.fail },
    { key: 'pending', title: l('pending'), render: (r) => r.pending },
    { key: 'passRate', title: l('passRate'), render: (r) => formatRate(r.passRate) },
  ];
  return (
    <DataList
      label={l('results')}
      rows={rows}
      rowKey={(r) => r.unitId}
      columns={columns}
      cardTitle={(r) => r.unitName}
      emptyText={t('common.empty')}
      testId="review-results"
      landmark={false}
    />
  );
}
