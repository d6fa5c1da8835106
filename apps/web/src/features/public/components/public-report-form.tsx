import { occurredAtAsOf, ZPublicReportRequest } from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { uploadPublicPhoto } from '../../attachments/api/upload-attachment';
import {
  NO_PHOTOS,
  type PhotoChoice,
  type PhotoResult,
  ReportPhotos,
  sendPhotos,
} from '../../attachments/components/report-photos';
import { useCreatePublicReport } from '../api/create-public-report';
import { usePublicUnits } from '../api/get-public-units';

const OTHER = '__other__';
const FIELDS = [
  'unitId',
  'unitName',
  'title',
  'description',
  'occurredAt',
  'contact.name',
  'contact.phone',
] as const;
const COPY: Record<
  (typeof FIELDS)[number],
  'unitId' | 'unitName' | 'title' | 'description' | 'occurredAt' | 'contactName' | 'contactPhone'
> = {
  unitId: 'unitId',
  unitName: 'unitName',
  title: 'title',
  description: 'description',
  occurredAt: 'occurredAt',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function toInput(values: FormValues) {
  const other = values.unitId === OTHER;
  const name = text(values['contact.name']);
  const phone = text(values['contact.phone']);
  const date = text(values.occurredAt);
  return {
    title: text(values.title),
    description: text(values.description),
    // A date is the start of that day in China (as at staff registration).
    occurredAt: date ? `${date}T00:00:00+08:00` : undefined,
    unitId: other ? undefined : text(values.unitId),
    unitName: other ? text(values.unitName) : undefined,
    contact: name || phone ? { name, phone } : undefined,
  };
}

/** 投诉举报 (no login): validated by the API's own ZPublicReportRequest. */
export function PublicReportForm({
  onCreated,
}: {
  onCreated: (trackingCode: string, photos: PhotoResult) => void;
}) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<PhotoChoice>(NO_PHOTOS);
  const [sending, setSending] = useState(false);
  const units = usePublicUnits();
  const create = useCreatePublicReport();
  const initial: FormValues = Object.fromEntries(FIELDS.map((f) => [f, '']));
  const check = (values: FormValues): Record<string, string> => {
    if (!values.unitId) return { unitId: t('validation.choose') };
    if (values.unitId === OTHER && !text(values.unitName)) return { unitName: t('validation.required') };
    return {};
  };
  // A 发生日期 after today is refused here as by the server (today on this device's clock).
  const form = useZodForm({
    schema: occurredAtAsOf(ZPublicReportRequest, new Date()),
    initialValues: initial,
    toInput,
    check,
  });
  const id = (f: string) => `report-${f.replace('.', '-')}`;
  const v = (f: string) => String(form.values[f] ?? '');
  const field = (f: (typeof FIELDS)[number], required = false) => ({
    id: id(f),
    label: t(`fields.${COPY[f]}.label`),
    hint: t(`fields.${COPY[f]}.hint`),
    error: form.errors[f],
    required,
    value: v(f),
    onChange: (x: string) => form.setValue(f, x),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    let trackingCode: string;
    try {
      trackingCode = (await create.mutateAsync(body)).trackingCode;
    } catch (error) {
      if (!isApiError(error)) throw error;
      return form.showServerError(error, [...FIELDS]);
    }
    // The report is filed; its photos follow under its tracking code.
    setSending(true);
    const result = await sendPhotos(photos.files, (file) =>
      uploadPublicPhoto(trackingCode, { file, shareLocation: photos.shareLocation }),
    );
    setSending(false);
    onCreated(trackingCode, result);
  };

  const summary = FIELDS.filter((f) => form.errors[f]).map((f) => ({
    fieldId: id(f),
    label: field(f).label,
    message: form.errors[f] ?? '',
  }));
  const unitChoices = [
    ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
    { value: OTHER, label: t('public.unitOther') },
  ];

  return (
    <form
      className="sp-panel sp-phone-friendly"
      noValidate
      onSubmit={submit}
      aria-labelledby="public-report-title"
    >
      <h2 id="public-report-title" className="sp-visually-hidden">
        {t('public.reportTitle')}
      </h2>
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <SelectField {...field('unitId', true)} choices={unitChoices} placeholder={t('common.choose')} />
      {form.values.unitId === OTHER && <TextField {...field('unitName', true)} maxLength={100} />}
      <TextField {...field('title', true)} maxLength={200} />
      <TextAreaField {...field('description', true)} rows={6} />
      <TextField {...field('occurredAt')} type="date" />
      <fieldset className="sp-fieldset" aria-describedby="report-contact-hint">
        <legend className="sp-field__label">{t('public.contact')}</legend>
        <div className="sp-field__hint" id="report-contact-hint">
          {t('public.contactHint')}
        </div>
        <TextField {...field('contact.name')} autoComplete="name" />
        <TextField {...field('contact.phone')} type="tel" inputMode="tel" autoComplete="tel" />
      </fieldset>
      <ReportPhotos idPrefix="report" value={photos} onChange={setPhotos} />
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={create.isPending || sending}
          data-testid="public-report-submit"
        >
          {t('public.submit')}
        </Button>
      </div>
    </form>
  );
}
