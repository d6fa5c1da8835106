import { type TCase, unitUndetermined } from '@sp/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 单位待确定: a public report named a unit that is not in the list. The center sees the name the
 * reporter typed; the 确定被投诉单位 form (set_unit) opens below when the user may take it.
 */
export function UnitUndeterminedBanner({ c }: { c: TCase }) {
  const { t } = useTranslation();
  if (!unitUndetermined(c)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="sp-gap"
      data-testid="unit-undetermined-banner"
      title={t('caseView.unitBannerTitle')}
      description={
        <>
          <p className="sp-prose">
            {c.reportedUnitName
              ? t('caseView.unitBannerTyped', { name: c.reportedUnitName })
              : t('caseView.unitBannerNoName')}
          </p>
          <p className="sp-muted">{t('caseView.unitBannerHint')}</p>
        </>
      }
    />
  );
}
