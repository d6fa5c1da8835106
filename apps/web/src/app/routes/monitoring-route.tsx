import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { MonitoringBoard } from '../../features/monitoring/components/monitoring-board';

export default function MonitoringRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('statistics.monitoring.title')} />
      <MonitoringBoard />
    </>
  );
}
