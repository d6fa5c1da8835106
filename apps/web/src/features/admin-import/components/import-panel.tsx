import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { TImportResult } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimePasswords } from '../../../components/one-time-passwords';
import { SectionCard } from '../../../components/section-card';
import { localizeBilingual } from '../../../i18n';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { IMPORT_TEMPLATE_URL, useImportDirectory } from '../api/import-directory';
import './import.css';

type Outcome =
  | { kind: 'done'; result: TImportResult }
  | { kind: 'issues'; title: string; issues: string[] }
  | null;

function ImportResult({ result }: { result: TImportResult }) {
  const { t } = useTranslation();
  return (
    <div className="sp-import-result" data-testid="import-result">
      <Alert
        type="success"
        showIcon
        title={t('administration.import.done', { units: result.units.length, users: result.users.length })}
      />
      {result.units.length > 0 ? (
        <>
          <h3>{t('administration.import.createdUnits')}</h3>
          <ul className="sp-import-units">
            {result.units.map((u) => (
              <li key={u.id}>
                {u.name}
                {u.creditCode ? <span className="sp-muted">（{u.creditCode}）</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.users.length > 0 ? (
        <OneTimePasswords
          rows={result.users.map(({ user, initialPassword }) => ({
            username: user.username,
            displayName: user.displayName,
            password: initialPassword,
          }))}
        />
      ) : null}
    </div>
  );
}

/** Download the template, upload the filled file, then either every problem or the result. */
export function ImportPanel() {
  const { t } = useTranslation();
  const upload = useImportDirectory();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t('administration.import.noFile'));
    if (!file.name.toLowerCase().endsWith('.xlsx')) return setFileError(t('administration.import.wrongType'));
    setFileError(null);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', result: await upload.mutateAsync(file) });
    } catch (error) {
      if (!isApiError(error)) throw error;
      const issues = error.fieldErrors.map((e) => localizeBilingual(e.message));
      setOutcome({ kind: 'issues', title: errorMessage(error), issues });
    }
  };

  return (
    <>
      <SectionCard title={`1. ${t('administration.import.step1')}`}>
        <p className="sp-muted">{t('administration.import.step1Hint')}</p>
        <Button href={IMPORT_TEMPLATE_URL} download icon={<DownloadOutlined />} data-testid="import-template">
          {t('administration.import.download')}
        </Button>
      </SectionCard>
      <SectionCard title={`2. ${t('administration.import.step2')}`}>
        <p className="sp-muted">{t('administration.import.step2Hint')}</p>
        <form
          noValidate
          onSubmit={submit}
          className="sp-import-form"
          aria-label={t('administration.import.step2')}
        >
          <div className={fileError ? 'sp-field sp-field--error' : 'sp-field'}>
            <label className="sp-field__label" htmlFor="import-file">
              {t('administration.import.choose')}
            </label>
            {fileError ? (
              <p className="sp-field__error" id="import-file-error">
                {fileError}
              </p>
            ) : null}
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fileError ? 'import-file-error' : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="sp-form-actions">
            <Button
              type="primary"
              htmlType="submit"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              data-testid="import-submit"
            >
              {upload.isPending ? t('administration.import.uploading') : t('administration.import.upload')}
            </Button>
          </div>
        </form>
        <div role="status" aria-live="polite">
          {outcome?.kind === 'issues' ? (
            <div className="sp-import-issues" data-testid="import-issues">
              <Alert
                type="error"
                showIcon
                title={t('administration.import.issuesTitle')}
                description={outcome.title}
              />
              {outcome.issues.length > 0 ? (
                <ol className="sp-import-issues__list">
                  {outcome.issues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ol>
              ) : null}
            </div>
          ) : null}
        </div>
        {outcome?.kind === 'done' ? <ImportResult result={outcome.result} /> : null}
      </SectionCard>
    </>
  );
}
