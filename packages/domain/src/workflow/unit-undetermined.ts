// 单位待确定: a public report may name a unit that is not in the list (列表中没有，手动填写). The case is
// registered without a unit, the typed name kept; the center determines the unit (set_unit).

/** The case's unit is still undetermined. */
export const unitUndetermined = (snap: { unitId: string | null }) => snap.unitId === null;

/**
 * The unit as a list, a card or a printout names it: its name, or 待确定（反映人填写：XXX） while
 * it is undetermined.
 */
export function unitDisplayName(
  unitName: string | null,
  reportedUnitName: string | null,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): string {
  if (unitName !== null) return unitName;
  if (lang === 'en')
    return reportedUnitName ? `To be determined (reporter wrote: ${reportedUnitName})` : 'To be determined';
  return reportedUnitName ? `待确定（反映人填写：${reportedUnitName}）` : '待确定';
}
