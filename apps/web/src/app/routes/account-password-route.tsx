import type { TUser } from '@sp/domain';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { PasswordForm } from '../../features/account/components/password-form';

/** Any signed-in user changes their own password (from the user menu). */
export default function AccountPasswordRoute() {
  const { t } = useTranslation();
  const user = useRouteLoaderData('app') as TUser;
  const [done, setDone] = useState(false);
  return (
    <>
      <PageHeader title={t('account.title')} subtitle={t('account.intro')} />
      <div role="status">{done ? <Alert type="success" showIcon title={t('account.success')} /> : null}</div>
      <SectionCard title={t('account.title')}>
        <PasswordForm username={user.username} onChanged={() => setDone(true)} />
      </SectionCard>
    </>
  );
}
