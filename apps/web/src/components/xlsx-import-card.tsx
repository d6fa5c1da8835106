import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';
import { errorMessage } from '../lib/error-message';
import { SectionCard } from './section-card';
import './ui-utils.css';

type Props = {
  templateUrl: string;
  importFile: (file: File) => Promise<{ imported: number }>;
  pending: boolean;
  testId?: string;
};

/** Template download, file upload, and the answer: how many rows, or every row's error. */
export function XlsxImportCard({ templateUrl, importFile, pending, testId }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<{ ok: string } | { error: string; rows: string[] } | null>(null);

  const submit = async () => {
    if (!file) return;
    try {
      const { imported } = await importFile(file);
      setOutcome({ ok: t('registry.common.imported', { n: imported }) });
    } catch (error) {
      const rows = isApiError(error) ? error.fieldErrors.map((e) => e.message) : [];
      setOutcome({ error: errorMessage(error), rows });
    }
  };

  return (
    <SectionCard title={t('registry.common.importTitle')} testId={testId}>
      <p className="sp-muted">{t('registry.common.importHint')}</p>
      <div className="sp-import-row">
        <Button href={templateUrl} icon={<DownloadOutlined />}>
          {t('registry.common.template')}
        </Button>
        <label htmlFor={inputId} className="sp-visually-hidden">
          {t('registry.common.upload')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="import-file"
        />
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={pending}
          onClick={submit}
          data-testid="import-submit"
        >
          {t('registry.common.upload')}
        </Button>
      </div>
      {outcome && 'ok' in outcome && <Alert type="success" showIcon role="status" title={outcome.ok} />}
      {outcome && 'error' in outcome && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={outcome.error}
          description={
            outcome.rows.length > 0 ? (
              <ul className="sp-import-errors" data-testid="import-errors">
                {outcome.rows.map((row) => (
                  <li key={row}>{row}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </SectionCard>
  );
}
