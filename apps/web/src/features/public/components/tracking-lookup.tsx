import type { TPublicTracking } from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { Loading } from '../../../components/status-views';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePublicTracking } from '../api/get-public-tracking';

type Props = { code: string | null; onSearch: (code: string) => void };

/** 进度查询: a tracking code in, the coarse status and the feedback out. */
export function TrackingLookup({ code, onSearch }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(code ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const tracking = usePublicTracking(code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return setError(t('validation.required'));
    setError(undefined);
    onSearch(trimmed);
  };

  const notFound = isApiError(tracking.error) && tracking.error.status === 404;

  return (
    <>
      <search aria-label={t('public.trackTitle')}>
        <form className="sp-panel sp-tracking-form" noValidate onSubmit={submit}>
          <ErrorSummary
            items={
              error ? [{ fieldId: 'track-code', label: t('fields.trackingCode.label'), message: error }] : []
            }
          />
          <TextField
            id="track-code"
            label={t('fields.trackingCode.label')}
            hint={t('fields.trackingCode.hint')}
            required
            size="large"
            value={value}
            error={error}
            onChange={setValue}
            autoComplete="off"
          />
          <Button type="primary" htmlType="submit" size="large" data-testid="track-submit">
            {t('public.trackSubmit')}
          </Button>
        </form>
      </search>
      <div aria-live="polite" className="sp-tracking-result">
        {code && tracking.isFetching && <Loading />}
        {code && tracking.error && !tracking.isFetching && (
          <p className="sp-alert-text" role="alert" data-testid="tracking-error">
            {notFound ? t('public.notFound') : errorMessage(tracking.error)}
          </p>
        )}
        {tracking.data && !tracking.error && <TrackingResult result={tracking.data} />}
      </div>
    </>
  );
}

function TrackingResult({ result }: { result: TPublicTracking }) {
  const { t } = useTranslation();
  return (
    <section className="sp-panel" aria-labelledby="tracking-result-title" data-testid="tracking-result">
      <h2 id="tracking-result-title">{t('public.status')}</h2>
      <p className="sp-tracking-status" data-testid="tracking-status" data-status={result.statusCode}>
        {t(`publicStatuses.${result.statusCode}`)}
      </p>
      {result.outcome && (
        <p className="sp-prose sp-tracking-outcome" data-testid="tracking-outcome">
          {result.outcome}
        </p>
      )}
      <dl className="sp-muted sp-tracking-dates">
        <div>
          <dt>{t('public.receivedAt')}</dt>
          <dd>{formatDate(result.receivedAt)}</dd>
        </div>
        {result.outcomeAt && (
          <div data-testid="tracking-outcome-at">
            <dt>{t('public.outcomeAt')}</dt>
            <dd>{formatDate(result.outcomeAt)}</dd>
          </div>
        )}
      </dl>
      <h3>{t('public.feedback')}</h3>
      {result.feedback.length === 0 ? (
        <p className="sp-muted">{t('public.noFeedback')}</p>
      ) : (
        <ol className="sp-feedback" data-testid="tracking-feedback">
          {result.feedback.map((f) => (
            <li key={`${f.at}-${f.text.slice(0, 16)}`}>
              <time dateTime={f.at}>{formatDateTime(f.at)}</time>
              <p className="sp-prose">{f.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
