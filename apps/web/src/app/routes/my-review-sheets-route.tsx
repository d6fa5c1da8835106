import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DataColumn, DataList } from '../../components/data-list';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useMySheets } from '../../features/reviews/api/scoring';
import { FileStatusText } from '../../features/reviews/components/grade-tag';
import { formatDateTime } from '../../lib/format';

type Row = NonNullable<ReturnType<typeof useMySheets>['data']>[number];

/** 我的评查任务: the sheets drawn to the signed-in reviewer. */
export default function MyReviewSheetsRoute() {
  const { t } = useTranslation();
  const sheets = useMySheets();
  const l = (key: string) => t(`registry.mySheets.${key}` as 'registry.mySheets.title');
  const columns: DataColumn<Row>[] = [
    {
      key: 'file',
      title: l('file'),
      render: (s) => (
        <Link to={`/reviews/sheets/${s.id}`} data-testid="my-sheet-link">
          {s.caseFileNumber}
        </Link>
      ),
    },
    { key: 'campaign', title: l('campaign'), render: (s) => s.campaignTitle },
    { key: 'unit', title: l('unit'), render: (s) => s.unitName },
    {
      key: 'submitted',
      title: t('registry.sheet.submittedAt'),
      render: (s) => (s.submittedAt ? formatDateTime(s.submittedAt) : t('registry.campaign.sheetTodo')),
    },
    { key: 'state', title: l('state'), render: (s) => <FileStatusText status={s.fileStatus} /> },
  ];
  return (
    <>
      <PageHeader title={l('title')} />
      {sheets.error ? <ErrorState error={sheets.error} onRetry={() => void sheets.refetch()} /> : null}
      <DataList
        label={l('title')}
        rows={sheets.data ?? []}
        rowKey={(s) => s.id}
        columns={columns}
        cardTitle={(s) => columns[0]!.render(s)}
        emptyText={l('empty')}
        loading={sheets.isPending}
        testId="my-sheets"
      />
    </>
  );
}
