import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { UsersAdmin } from '../../features/admin-users/components/users-admin';

export default function AdminUsersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('administration.users.title')} subtitle={t('administration.users.intro')} />
      <UsersAdmin />
    </>
  );
}
