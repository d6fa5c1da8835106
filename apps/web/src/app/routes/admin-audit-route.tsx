import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { useVerifyByNumber } from '../../features/audit/api/audit-queries';
import { ChainResult } from '../../features/audit/components/chain-result';
import { ReporterAccessLog } from '../../features/audit/components/reporter-access-log';
import { errorMessage } from '../../lib/error-message';
import '../../features/office/components/office.css';

/** 审计: the reporter-access log and one case's history verified by its number. */
export default function AdminAuditRoute() {
  const { t } = useTranslation();
  const verify = useVerifyByNumber();
  return (
    <>
      <PageHeader title={t('office.audit.title')} />
      <SectionCard title={t('office.audit.chainTitle')}>
        <p className="sp-muted">{t('office.audit.chainIntro')}</p>
        <Form
          layout="inline"
          className="sp-row-fields sp-office-form"
          onFinish={(v: { caseNumber: string }) => verify.mutate(v.caseNumber.trim())}
        >
          <Form.Item
            name="caseNumber"
            label={t('office.audit.caseNumber')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input
              maxLength={60}
              placeholder={t('office.audit.caseNumberPlaceholder')}
              data-testid="chain-case-number"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="chain-verify">
            {t('office.audit.verify')}
          </Button>
        </Form>
        {verify.data && <ChainResult result={verify.data} />}
        {verify.error && <p className="sp-error-text">{errorMessage(verify.error)}</p>}
      </SectionCard>
      <SectionCard title={t('office.audit.accessTitle')}>
        <p className="sp-muted">{t('office.audit.accessIntro')}</p>
        <ReporterAccessLog />
      </SectionCard>
    </>
  );
}
