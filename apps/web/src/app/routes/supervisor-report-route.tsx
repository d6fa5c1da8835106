import { registrableSources, type TCase, type TUser } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { RegistrationSuccess } from '../../components/registration-success';
import { uploadAttachment } from '../../features/attachments/api/upload-attachment';
import {
  NO_PHOTOS,
  type PhotoChoice,
  type PhotoResult,
  PhotoResultNote,
  ReportPhotos,
  sendPhotos,
} from '../../features/attachments/components/report-photos';
import { CaseRegistrationForm } from '../../features/cases/components/case-registration-form';
import '../../features/supervisor/components/supervisor.css';
import { useUnits } from '../../features/units/api/get-units';

/** The special supervisor's phone-first report form (source SUPERVISOR). */
export default function SupervisorReportRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  const units = useUnits({ activeOnly: true });
  const [created, setCreated] = useState<TCase | null>(null);
  const [photos, setPhotos] = useState<PhotoChoice>(NO_PHOTOS);
  const [sent, setSent] = useState<PhotoResult | null>(null);
  const onCreated = async (report: TCase) => {
    // The report is filed; its photos follow (location removed unless shared).
    const result = await sendPhotos(photos.files, (file) =>
      uploadAttachment({ caseId: report.id, file, shareLocation: photos.shareLocation }),
    );
    setPhotos(NO_PHOTOS);
    setSent(result);
    setCreated(report);
  };
  return (
    <div className="sp-phone-form">
      <PageHeader title={t('supervisor.reportTitle')} subtitle={t('supervisor.reportIntro')} />
      {created && (
        <RegistrationSuccess
          title={t('supervisor.success', { number: created.number })}
          action={<Link to="/supervisor/reports">{t('supervisor.reportsTitle')}</Link>}
        />
      )}
      {created && <PhotoResultNote result={sent} />}
      <div className="sp-panel">
        <CaseRegistrationForm
          sources={registrableSources(me.role)}
          units={units.data ?? []}
          withReporter={false}
          submitLabel={t('supervisor.submit')}
          onCreated={onCreated}
          extra={<ReportPhotos idPrefix="supervisor" value={photos} onChange={setPhotos} />}
        />
      </div>
    </div>
  );
}
