import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../components/status-views';
import { useCampaignReport } from '../../features/reviews/api/campaigns';
import { ReviewReportDocument } from '../../features/reviews/components/review-report-document';
import '../../features/reviews/components/reviews.css';

/** The campaign's 通报 as an A4 page; printing leaves out everything but the page. */
export default function ReviewReportRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useCampaignReport(id);
  return (
    <QueryView query={report}>
      {(r) => (
        <div className="sp-notice-scroll">
          <div className="sp-notice-toolbar sp-no-print">
            <Link to={`/reviews/campaigns/${id}`}>{t('registry.report.back')}</Link>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('registry.report.print')}
            </Button>
            <span className="sp-muted">{t('registry.report.hint')}</span>
          </div>
          <ReviewReportDocument report={r} />
        </div>
      )}
    </QueryView>
  );
}
