import { useTranslation } from 'react-i18next';
import { choiceLabel, fieldLabel } from '../../../components/action-form/field-copy';
import { formatDateTime } from '../../../lib/format';
import { useUnits } from '../../units/api/get-units';
import { useReferralReason } from './case-status-cards';

type Props = { data: Record<string, unknown> };

const DATE_KEYS = new Set(['dueAt', 'issuedAt', 'at']);
/** Internal ids and hashes mean nothing to a reader. */
const HIDDEN_KEY = /(Id|Ids|sha256|hash|version)$/;

function isAttachmentList(value: unknown): value is { fileName?: string }[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);
}

type Change = { before: unknown; after: unknown };

/** amend_case: each corrected particular, before → after (unit names, sources and times in words). */
function ChangedFields({ changes }: { changes: Record<string, Change> }) {
  const { t } = useTranslation();
  const units = useUnits();
  const show = (field: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (field === 'unitId') return units.data?.find((u) => u.id === v)?.name ?? '…';
    if (field === 'source') return t(`sources.${v}` as 'sources.HOTLINE', { defaultValue: String(v) });
    if (field === 'occurredAt') return formatDateTime(String(v));
    return String(v);
  };
  return (
    <dl className="sp-event-data" data-testid="event-changes">
      {Object.entries(changes).map(([field, c]) => (
        <div key={field} className="sp-event-data__row">
          <dt>{fieldLabel(field, 'amend_case')}</dt>
          <dd>
            {show(field, c.before)} → {show(field, c.after)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an event carried (reasons, feedback, the notice number…), labelled in plain words. */
export function EventDetails({ data }: Props) {
  const changes =
    data.changes && typeof data.changes === 'object' ? (data.changes as Record<string, Change>) : null;
  return (
    <>
      {changes && <ChangedFields changes={changes} />}
      <EventFields data={data} />
    </>
  );
}

function EventFields({ data }: Props) {
  const { t, i18n } = useTranslation();
  const reasonText = useReferralReason();
  const rows = Object.entries(data).flatMap(([key, value]) => {
    if (value === null || value === undefined || value === '' || HIDDEN_KEY.test(key)) return [];
    if (key === 'attachments' || key === 'attachmentIds') {
      if (!isAttachmentList(value) || value.length === 0) return [];
      return [[t('fields.attachmentIds.label'), value.map((a) => a.fileName ?? '').join('、')] as const];
    }
    if (key === 'officers' || key === 'previous') {
      // Cited officers (registration, cite_officers): names and 执法证号.
      if (!isAttachmentList(value)) return [];
      const names = (value as { name?: string; certificateNo?: string }[])
        .map((o) => `${o.name ?? ''}（${o.certificateNo ?? ''}）`)
        .join('、');
      return [
        [t(`registry.caseOfficers.history.${key}`), names || t('registry.caseOfficers.empty')] as const,
      ];
    }
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    // Only what has a name for people is shown; internal bookkeeping keys stay out.
    const label = i18n.exists(`eventFields.${key}`)
      ? t(`eventFields.${key}` as 'eventFields.dueAt')
      : i18n.exists(`fields.${key}.label`)
        ? fieldLabel(key)
        : null;
    if (!label) return [];
    let text = String(value);
    if (DATE_KEYS.has(key) && typeof value === 'string') text = formatDateTime(value);
    if (key === 'reason') text = reasonText(text);
    if (key === 'source') text = t(`sources.${value}` as 'sources.HOTLINE', { defaultValue: text });
    else if (typeof value === 'string' && i18n.exists(`choices.${key}.${value}`))
      text = choiceLabel(key, value);
    return [[label, text] as const];
  });
  if (rows.length === 0) return null;
  return (
    <dl className="sp-event-data">
      {rows.map(([label, text]) => (
        <div key={label} className="sp-event-data__row">
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
