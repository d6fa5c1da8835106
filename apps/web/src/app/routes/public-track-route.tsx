import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TrackingLookup } from '../../features/public/components/tracking-lookup';
import '../../features/public/components/public.css';

export default function PublicTrackRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  useEffect(() => {
    document.title = `${t('public.trackTitle')} - ${t('app.center')}`;
  }, [t]);
  return (
    <>
      <h1 className="sp-public-title">{t('public.trackTitle')}</h1>
      <TrackingLookup code={code} onSearch={(next) => setParams({ code: next })} />
    </>
  );
}
