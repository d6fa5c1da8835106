import { registrableSources, type TCase, type TUser } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { RegistrationSuccess } from '../../components/registration-success';
import { SectionCard } from '../../components/section-card';
import { CaseRegistrationForm } from '../../features/cases/components/case-registration-form';
import { SimilarCasesAlert } from '../../features/cases/components/similar-cases-alert';
import { useUnits } from '../../features/units/api/get-units';

/** 登记线索: the center registers hotline, media, supervisor, transfer-in… reports. */
export default function IntakeRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  const units = useUnits({ activeOnly: true });
  const [created, setCreated] = useState<TCase | null>(null);
  // Hotline calls are the most common thing typed in here, so they come first.
  const ordered = [...registrableSources(me.role)].sort((a, b) =>
    a === 'HOTLINE' ? -1 : b === 'HOTLINE' ? 1 : 0,
  );

  return (
    <>
      <PageHeader title={t('intake.title')} subtitle={t('intake.intro')} />
      {created && (
        <RegistrationSuccess
          title={t('intake.success', { number: created.number })}
          action={<Link to={`/cases/${created.id}`}>{t('intake.openCase')}</Link>}
        />
      )}
      <SectionCard title={t('intake.title')}>
        <CaseRegistrationForm
          sources={ordered}
          units={units.data ?? []}
          withReporter
          submitLabel={t('intake.submit')}
          onCreated={setCreated}
          hints={(draft) => <SimilarCasesAlert {...draft} />}
        />
      </SectionCard>
    </>
  );
}
