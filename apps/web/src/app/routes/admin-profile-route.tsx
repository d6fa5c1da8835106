import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { useAdminSettings } from '../../features/office/api/admin-settings';
import { ProfileForm } from '../../features/office/components/profile-form';
import { ProfileHistory } from '../../features/office/components/profile-history';
import '../../features/office/components/office.css';

/** 办公设置: the letterhead, instruments and policies, and who changed them. */
export default function AdminProfileRoute() {
  const { t } = useTranslation();
  const query = useAdminSettings();
  return (
    <>
      <PageHeader title={t('office.profile.title')} />
      <p className="sp-muted">{t('office.profile.intro')}</p>
      <SectionCard title={t('office.profile.title')}>
        <QueryView query={query}>{(profile) => <ProfileForm profile={profile} />}</QueryView>
      </SectionCard>
      <SectionCard title={t('office.profile.history')}>
        <ProfileHistory />
      </SectionCard>
    </>
  );
}
