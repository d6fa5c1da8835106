import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';

export default function AdminRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <SectionCard title={t('admin.title')}>
        <p>{t('admin.text')}</p>
      </SectionCard>
    </>
  );
}
