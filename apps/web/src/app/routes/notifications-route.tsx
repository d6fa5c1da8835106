import type { TUser } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { CASE_ROLES } from '../role-home';

/** 待办通知: every role's inbox of what happened on its cases. */
export default function NotificationsRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  return (
    <>
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      <NotificationList linkToCase={CASE_ROLES.includes(me.role)} />
    </>
  );
}
