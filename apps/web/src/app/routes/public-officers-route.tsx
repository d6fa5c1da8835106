import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicOfficerLookup } from '../../features/registry/components/public-officer-lookup';
import '../../features/public/components/public.css';

export default function PublicOfficersRoute() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('registry.publicLookup.title')} - ${t('app.center')}`;
  }, [t]);
  return (
    <>
      <h1 className="sp-public-title">{t('registry.publicLookup.title')}</h1>
      <p className="sp-public-intro">{t('registry.publicLookup.intro')}</p>
      <PublicOfficerLookup />
    </>
  );
}
