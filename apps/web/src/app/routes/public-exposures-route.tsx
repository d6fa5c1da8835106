import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { ExposureBoard } from '../../features/public/components/exposure-board';
import '../../features/public/components/public.css';

export default function PublicExposuresRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  useEffect(() => {
    document.title = `${t('public.exposuresTitle')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('public.exposuresTitle')}</h1>
      <p className="sp-public-intro">{t('public.exposuresIntro')}</p>
      <ExposureBoard />
    </>
  );
}
