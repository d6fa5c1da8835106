import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { MyReportList } from '../../features/supervisor/components/my-report-list';

export default function MyReportsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('supervisor.reportsTitle')}
        extra={
          <Button type="primary" size="large" onClick={() => navigate('/supervisor/report')}>
            {t('supervisor.newReport')}
          </Button>
        }
      />
      <MyReportList />
    </>
  );
}
