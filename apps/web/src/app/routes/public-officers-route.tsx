import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { PublicOfficerLookup } from '../../features/registry/components/public-officer-lookup';
import '../../features/public/components/public.css';

export default function PublicOfficersRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  useEffect(() => {
    document.title = `${t('registry.publicLookup.title')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('registry.publicLookup.title')}</h1>
      <p className="sp-public-intro">{t('registry.publicLookup.intro')}</p>
      <PublicOfficerLookup />
    </>
  );
}
