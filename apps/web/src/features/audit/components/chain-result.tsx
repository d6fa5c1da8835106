import type { TChainVerification } from '@sp/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The result of a hash-chain check: intact, or where it breaks. */
export function ChainResult({ result }: { result: TChainVerification }) {
  const { t } = useTranslation();
  return result.valid ? (
    <Alert
      type="success"
      showIcon
      data-testid="chain-result"
      title={t('office.audit.valid', { number: result.caseNumber, n: result.eventsChecked })}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      data-testid="chain-result"
      title={t('office.audit.broken', {
        number: result.caseNumber,
        seq: result.firstBroken?.seq,
        reason: result.firstBroken?.reason,
      })}
    />
  );
}
