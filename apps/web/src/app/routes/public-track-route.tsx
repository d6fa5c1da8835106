import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { TrackingLookup } from '../../features/public/components/tracking-lookup';
import '../../features/public/components/public.css';

export default function PublicTrackRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  useEffect(() => {
    document.title = `${t('public.trackTitle')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('public.trackTitle')}</h1>
      <TrackingLookup code={code} onSearch={(next) => setParams({ code: next })} />
    </>
  );
}
