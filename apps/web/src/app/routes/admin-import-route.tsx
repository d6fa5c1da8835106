import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ImportPanel } from '../../features/admin-import/components/import-panel';

export default function AdminImportRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('administration.import.title')} subtitle={t('administration.import.intro')} />
      <ImportPanel />
    </>
  );
}
