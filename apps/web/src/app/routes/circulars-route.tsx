import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { CircularsPage } from '../../features/circulars/components/circulars-page';

export default function CircularsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('statistics.circulars.title')} />
      <CircularsPage />
    </>
  );
}
