import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PhotoResult, PhotoResultNote } from '../../features/attachments/components/report-photos';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { PublicReportForm } from '../../features/public/components/public-report-form';
import { TrackingCodeCard } from '../../features/public/components/tracking-code-card';
import '../../features/public/components/public.css';

export default function PublicReportRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  const [code, setCode] = useState<string | null>(null);
  const [photos, setPhotos] = useState<PhotoResult | null>(null);
  useEffect(() => {
    document.title = `${t('public.reportTitle')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('public.reportTitle')}</h1>
      {code ? (
        <>
          <TrackingCodeCard code={code} />
          <PhotoResultNote result={photos} />
        </>
      ) : (
        <>
          <p className="sp-public-intro">{t('public.reportIntro')}</p>
          <PublicReportForm
            onCreated={(trackingCode, result) => {
              setPhotos(result);
              setCode(trackingCode);
            }}
          />
        </>
      )}
    </>
  );
}
