import type { TCaseFile } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataList } from '../../components/data-list';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { ErrorState } from '../../components/status-views';
import { XlsxImportCard } from '../../components/xlsx-import-card';
import {
  CASE_FILE_TEMPLATE_URL,
  useCaseFiles,
  useImportCaseFiles,
} from '../../features/reviews/api/case-files';
import { CaseFileForm } from '../../features/reviews/components/case-file-form';
import { useUnits } from '../../features/units/api/get-units';

/** 案卷登记: the case files campaigns draw from, entered or imported from .xlsx. */
export default function ReviewCaseFilesRoute() {
  const { t } = useTranslation();
  const units = useUnits();
  const [page, setPage] = useState(1);
  const files = useCaseFiles({ page });
  const importer = useImportCaseFiles();
  const l = (key: string) => t(`registry.caseFiles.${key}` as 'registry.caseFiles.number');
  const columns: DataColumn<TCaseFile>[] = [
    { key: 'number', title: l('number'), render: (f) => f.number },
    { key: 'unit', title: l('unit'), render: (f) => f.unitName },
    { key: 'kind', title: l('kind'), render: (f) => t(`registry.terms.caseFileKinds.${f.kind}`) },
    { key: 'decisionDate', title: l('decisionDate'), render: (f) => f.decisionDate },
    { key: 'attachments', title: l('attachments'), render: (f) => f.attachments.join('、') || '—' },
  ];
  return (
    <>
      <PageHeader title={l('title')} subtitle={l('intro')} />
      {files.error ? <ErrorState error={files.error} onRetry={() => void files.refetch()} /> : null}
      <DataList
        label={l('title')}
        rows={files.data?.items ?? []}
        rowKey={(f) => f.id}
        columns={columns}
        cardTitle={(f) => f.number}
        emptyText={l('empty')}
        loading={files.isPending}
        paging={
          files.data
            ? { page, pageSize: files.data.pageSize, total: files.data.total, onChange: setPage }
            : undefined
        }
        testId="case-files-list"
      />
      <div className="sp-gap-top">
        <SectionCard title={l('add')}>
          <CaseFileForm units={units.data ?? []} />
        </SectionCard>
      </div>
      <div className="sp-gap-top">
        <XlsxImportCard
          templateUrl={CASE_FILE_TEMPLATE_URL}
          importFile={(f) => importer.mutateAsync(f)}
          pending={importer.isPending}
          testId="case-files-import"
        />
      </div>
    </>
  );
}
