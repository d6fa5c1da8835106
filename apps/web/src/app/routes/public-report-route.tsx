import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { PublicReportForm } from '../../features/public/components/public-report-form';
import { TrackingCodeCard } from '../../features/public/components/tracking-code-card';
import '../../features/public/components/public.css';

export default function PublicReportRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('public.reportTitle')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('public.reportTitle')}</h1>
      {code ? (
        <TrackingCodeCard code={code} />
      ) : (
        <>
          <p className="sp-public-intro">{t('public.reportIntro')}</p>
          <PublicReportForm onCreated={setCode} />
        </>
      )}
    </>
  );
}
