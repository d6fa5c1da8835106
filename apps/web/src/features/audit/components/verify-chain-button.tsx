import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useVerifyCase } from '../api/audit-queries';
import { ChainResult } from './chain-result';
import './verify-chain.css';

/** On the case history (staff, director): verify this case's hash chain now. */
export function VerifyChainButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const verify = useVerifyCase();
  return (
    <div className="sp-verify-chain">
      <Button
        icon={<SafetyCertificateOutlined />}
        onClick={() => verify.mutate(caseId)}
        loading={verify.isPending}
        data-testid="verify-chain"
      >
        {t('office.audit.verifyHistory')}
      </Button>
      {verify.data && <ChainResult result={verify.data} />}
      {verify.error && <p className="sp-error-text">{errorMessage(verify.error)}</p>}
    </div>
  );
}
