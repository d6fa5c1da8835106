import { type TOfficer, ZOfficerInput } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { type FormValues, toSchemaInput, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { listText, splitList } from '../../../lib/list-text';
import { useSaveOfficer } from '../api/officers';

const NAMES = [
  'name',
  'unitId',
  'certificateNo',
  'fields',
  'validFrom',
  'validUntil',
  'idCardNo',
  'phone',
  'note',
] as const;
type Name = (typeof NAMES)[number];

const valuesOf = (o: TOfficer | null): FormValues =>
  Object.fromEntries(
    NAMES.map((n) => [n, o ? (n === 'fields' ? listText(o.fields) : (o[n] ?? '')) : '']),
  ) as FormValues;

type Props = {
  officer: TOfficer | null;
  units: { id: string; name: string }[];
  onSaved: (o: TOfficer) => void;
};

/** 登记 / 编辑 an officer, validated by the API's own ZOfficerInput. */
export function OfficerForm({ officer, units, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveOfficer();
  const form = useZodForm({
    schema: ZOfficerInput,
    initialValues: valuesOf(officer),
    toInput: (v) => ({ ...toSchemaInput(v), fields: splitList(String(v.fields ?? '')) }),
  });
  const label = (n: Name) => t(`registry.officers.${n === 'unitId' ? 'unit' : n}`);
  const field = (n: Name, required = false) => ({
    id: `officer-${n}`,
    label: label(n),
    error: form.errors[n],
    required,
    value: String(form.values[n] ?? ''),
    onChange: (x: string) => form.setValue(n, x),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      onSaved(await save.mutateAsync({ id: officer?.id ?? null, body }));
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, [...NAMES]);
    }
  };

  const summary = NAMES.filter((n) => form.errors[n]).map((n) => ({
    fieldId: `officer-${n}`,
    label: label(n),
    message: form.errors[n] ?? '',
  }));
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={officer ? t('registry.common.edit') : t('registry.officers.add')}
      data-testid="officer-form"
    >
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <div className="sp-form-grid">
        <TextField {...field('name', true)} maxLength={100} />
        <SelectField
          {...field('unitId', true)}
          placeholder={t('common.choose')}
          choices={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <TextField {...field('certificateNo', true)} maxLength={40} />
        <TextField {...field('fields')} hint={t('registry.common.fieldsHint')} />
        <TextField {...field('validFrom', true)} type="date" />
        <TextField {...field('validUntil', true)} type="date" />
        <TextField {...field('idCardNo')} maxLength={18} />
        <TextField {...field('phone')} type="tel" maxLength={30} />
      </div>
      <TextAreaField {...field('note')} rows={2} maxLength={2000} />
      <div className="sp-form-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="officer-submit">
          {t('registry.common.save')}
        </Button>
      </div>
    </form>
  );
}
