import type { TSheet } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { GradeTag } from './grade-tag';

/** A submitted (or no longer editable) sheet: each item's score, failed veto items, total, grade. */
export function SheetReadOnly({ sheet }: { sheet: TSheet }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="sp-score-table">
        <tbody>
          {sheet.checklist.items.map((i) => (
            <tr key={i.key}>
              <th scope="row">{i.label}</th>
              <td>
                {sheet.scores?.[i.key] ?? '—'} / {i.points}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('registry.campaign.vetoItems')}</th>
            <td>
              {sheet.checklist.vetoItems
                .filter((v) => sheet.vetoFailed.includes(v.key))
                .map((v) => v.label)
                .join('、') || '—'}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="sp-score-total" data-testid="sheet-total">
        {t('registry.sheet.total')}：{sheet.total ?? '—'} · <GradeTag grade={sheet.grade} />
      </p>
      {sheet.comments && <p className="sp-prose">{sheet.comments}</p>}
      <p className="sp-muted">
        {sheet.submittedAt
          ? `${t('registry.sheet.submittedAt')}：${formatDateTime(sheet.submittedAt)}`
          : t('registry.sheet.readOnly')}
      </p>
    </>
  );
}
