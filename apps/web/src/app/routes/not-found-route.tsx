import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { EmptyState } from '../../components/status-views';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.pageNotFound')} />
      <EmptyState>
        <p>{t('errors.notFound')}</p>
        <Link to="/">{t('errors.goHome')}</Link>
      </EmptyState>
    </>
  );
}
