import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { Dashboard } from '../../features/stats/components/dashboard';

export default function DashboardRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dashboard.title')} />
      <Dashboard />
    </>
  );
}
