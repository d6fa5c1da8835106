import { registrableSources, type TCase, type TUser } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { RegistrationSuccess } from '../../components/registration-success';
import { SectionCard } from '../../components/section-card';
import { CaseRegistrationForm } from '../../features/cases/components/case-registration-form';
import { useUnits } from '../../features/units/api/get-units';

/** 案件双移送: discipline inspection hands a case it found to the complaint center (TRANSFER_IN). */
export default function TransferInRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  const units = useUnits({ activeOnly: true });
  const [created, setCreated] = useState<TCase | null>(null);
  return (
    <>
      <PageHeader title={t('discipline.transferTitle')} subtitle={t('discipline.transferIntro')} />
      {created && <RegistrationSuccess title={t('discipline.success', { number: created.number })} />}
      <SectionCard title={t('discipline.transferTitle')}>
        <CaseRegistrationForm
          sources={registrableSources(me.role)}
          units={units.data ?? []}
          withReporter={false}
          submitLabel={t('discipline.transferSubmit')}
          onCreated={setCreated}
        />
      </SectionCard>
    </>
  );
}
