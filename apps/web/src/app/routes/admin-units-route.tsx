import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { UnitsAdmin } from '../../features/admin-units/components/units-admin';

export default function AdminUnitsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('administration.units.title')} subtitle={t('administration.units.intro')} />
      <UnitsAdmin />
    </>
  );
}
