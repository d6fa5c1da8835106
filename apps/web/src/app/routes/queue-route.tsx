import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { CaseQueue } from '../../features/cases/components/case-queue';
import { useUnits } from '../../features/units/api/get-units';

export default function QueueRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useUnits();
  return (
    <>
      <PageHeader
        title={t('queue.title')}
        extra={
          <Button type="primary" onClick={() => navigate('/cases/new')}>
            {t('queue.newCase')}
          </Button>
        }
      />
      <CaseQueue units={units.data ?? []} />
    </>
  );
}
