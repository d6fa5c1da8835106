import { useTranslation } from 'react-i18next';
import { choiceLabel, fieldLabel } from '../../../components/action-form/field-copy';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useUnits } from '../../units/api/get-units';
import { useReferralReason } from './case-status-cards';

type Props = { data: Record<string, unknown> };

const DATE_KEYS = new Set(['dueAt', 'issuedAt', 'at']);
/** Internal ids and hashes mean nothing to a reader. */
const HIDDEN_KEY = /(Id|Ids|sha256|hash|version)$/;

function isAttachmentList(value: unknown): value is { fileName?: string }[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);
}

type FieldChange = { before: string | null; after: string };
/** The particulars amend_case may change (the payload carries them under the case's names). */
const AMENDED_FIELDS = new Set(['unitId', 'title', 'description', 'occurredAt', 'source']);

function changesOf(value: unknown): [string, FieldChange][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, FieldChange>).filter(
    ([, c]) => typeof c === 'object' && c !== null && 'after' in c,
  );
}

/** 更正登记信息 (amend_case): each changed particular as 更正前 → 更正后, units by name. */
function AmendmentChanges({ changes }: { changes: [string, FieldChange][] }) {
  const { t } = useTranslation();
  const units = useUnits();
  const shown = (field: string, value: string | null) => {
    if (value === null || value === '') return t('common.none');
    if (field === 'unitId') return units.data?.find((u) => u.id === value)?.name ?? value;
    if (field === 'source') return t(`sources.${value}` as 'sources.HOTLINE', { defaultValue: value });
    if (field === 'occurredAt') return formatDate(value);
    return value;
  };
  return (
    <dl className="sp-event-data" data-testid="amend-changes">
      {changes.map(([field, change]) => (
        <div key={field} className="sp-event-data__row" data-testid={`amend-change-${field}`}>
          <dt>{fieldLabel(field)}</dt>
          <dd>
            {t('timeline.change', { before: shown(field, change.before), after: shown(field, change.after) })}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an event carried (reasons, feedback, the notice number…), labelled in plain words. */
export function EventDetails({ data }: Props) {
  const changes = changesOf(data.changes);
  if (changes.length === 0) return <EventData data={data} />;
  // The payload repeats the particulars (changed or not): only before → after, and the reason.
  const rest = Object.fromEntries(
    Object.entries(data).filter(([k]) => k !== 'changes' && !AMENDED_FIELDS.has(k)),
  );
  return (
    <>
      <AmendmentChanges changes={changes} />
      <EventData data={rest} />
    </>
  );
}

function EventData({ data }: Props) {
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
