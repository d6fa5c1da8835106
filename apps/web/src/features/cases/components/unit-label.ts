import type { TCaseSummary } from '@sp/domain';
import type { TFunction } from 'i18next';

/** The unit as lists and cards name it: its name, or 待确定（反映人填写：XXX） while undetermined. */
export function unitLabel(t: TFunction, c: Pick<TCaseSummary, 'unitName' | 'reportedUnitName'>): string {
  if (c.unitName !== null) return c.unitName;
  return c.reportedUnitName
    ? t('caseView.unitUndeterminedTyped', { name: c.reportedUnitName })
    : t('caseView.unitUndetermined');
}
