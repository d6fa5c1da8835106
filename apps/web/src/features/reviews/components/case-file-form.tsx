import { CASE_FILE_KINDS, ZCaseFileInput } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { type FormValues, toSchemaInput, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { splitList } from '../../../lib/list-text';
import { useCreateCaseFile } from '../api/case-files';

const NAMES = ['number', 'unitId', 'kind', 'decisionDate', 'attachments'] as const;
const INITIAL: FormValues = { number: '', unitId: '', kind: 'PENALTY', decisionDate: '', attachments: '' };

/** 登记案卷: one case file entered by hand. */
export function CaseFileForm({ units }: { units: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const create = useCreateCaseFile();
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm({
    schema: ZCaseFileInput,
    initialValues: INITIAL,
    toInput: (v) => ({ ...toSchemaInput(v), attachments: splitList(String(v.attachments ?? '')) }),
  });
  const label = (n: string) =>
    t(`registry.caseFiles.${n === 'unitId' ? 'unit' : n}` as 'registry.caseFiles.number');
  const field = (n: (typeof NAMES)[number]) => ({
    id: `casefile-${n}`,
    label: label(n),
    error: form.errors[n],
    value: String(form.values[n] ?? ''),
    onChange: (v: string) => form.setValue(n, v),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      const created = await create.mutateAsync(body);
      setDone(t('registry.caseFiles.created', { number: created.number }));
      form.reset();
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, [...NAMES]);
    }
  };
  const summary = NAMES.filter((n) => form.errors[n]).map((n) => ({
    fieldId: `casefile-${n}`,
    label: label(n),
    message: form.errors[n] ?? '',
  }));
  return (
    <form noValidate onSubmit={submit} aria-label={t('registry.caseFiles.add')} data-testid="case-file-form">
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <div className="sp-form-grid">
        <TextField {...field('number')} required maxLength={100} />
        <SelectField
          {...field('unitId')}
          required
          placeholder={t('common.choose')}
          choices={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <SelectField
          {...field('kind')}
          required
          choices={CASE_FILE_KINDS.map((k) => ({ value: k, label: t(`registry.terms.caseFileKinds.${k}`) }))}
        />
        <TextField {...field('decisionDate')} required type="date" />
      </div>
      <TextField {...field('attachments')} hint={t('registry.common.fieldsHint')} />
      {done && <Alert type="success" showIcon role="status" title={done} className="sp-gap" />}
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="case-file-submit">
        {t('registry.caseFiles.add')}
      </Button>
    </form>
  );
}
