import type { TReviewFileSummary } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DataColumn, DataList } from '../../../components/data-list';
import { SectionCard } from '../../../components/section-card';
import { FileStatusText, GradeTag } from './grade-tag';

/** The drawn files: unit, reviewers (scored or not), progress, score and grade. */
export function ReviewFilesList({ files }: { files: TReviewFileSummary[] }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`registry.campaign.${key}` as 'registry.campaign.file');
  const columns: DataColumn<TReviewFileSummary>[] = [
    {
      key: 'number',
      title: l('file'),
      render: (f) => (
        <Link to={`/reviews/files/${f.id}`} data-testid="review-file-link">
          {f.number}
        </Link>
      ),
    },
    { key: 'unit', title: l('unit'), render: (f) => f.unitName },
    {
      key: 'reviewers',
      title: l('reviewersOfFile'),
      render: (f) => (
        <ul className="sp-plain-list">
          {f.sheets.map((s) => (
            <li key={s.id}>
              <Link to={`/reviews/sheets/${s.id}`}>{s.reviewerName}</Link>（
              {s.submitted ? `${l('sheetDone')} ${s.total}` : l('sheetTodo')}）
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'status', title: l('fileStatus'), render: (f) => <FileStatusText status={f.status} /> },
    { key: 'total', title: l('total'), render: (f) => f.total ?? '—' },
    { key: 'grade', title: l('grade'), render: (f) => <GradeTag grade={f.grade} /> },
  ];
  return (
    <SectionCard title={l('files')} testId="review-files">
      <DataList
        label={l('files')}
        rows={files}
        rowKey={(f) => f.id}
        columns={columns}
        cardTitle={(f) => columns[0]!.render(f)}
        emptyText={t('common.empty')}
        landmark={false}
      />
    </SectionCard>
  );
}
