import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../lib/error-message';

/** What a route shows instead of a blank page when it fails to load or render. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <main className="sp-route-error" id="main">
      <h1>{notFound ? t('errors.pageNotFound') : t('errors.pageCrashed')}</h1>
      <p role="alert">{notFound ? t('errors.notFound') : errorMessage(error)}</p>
      {!notFound && <p>{t('errors.pageCrashedHint')}</p>}
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </main>
  );
}
