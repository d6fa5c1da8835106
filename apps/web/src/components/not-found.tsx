import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './page-header';
import { EmptyState } from './status-views';

/**
 * 页面不存在: an unknown path, or a record the API answers 404 for — unknown or outside the
 * user's scope, never saying which (a unit must not learn that another unit's case exists).
 */
export function NotFoundView() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.pageNotFound')} />
      <EmptyState>
        <p data-testid="not-found">{t('errors.notFound')}</p>
        <Link to="/">{t('errors.goHome')}</Link>
      </EmptyState>
    </>
  );
}
