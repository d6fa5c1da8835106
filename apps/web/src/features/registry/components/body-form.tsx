import { type TRegistryBody, ZRegistryBodyUpdate } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { toSchemaInput, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { listText, splitList } from '../../../lib/list-text';
import { useSaveBody } from '../api/bodies';

/** A body's 职权依据 and 执法领域. */
export function BodyForm({ body, onSaved }: { body: TRegistryBody; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useSaveBody();
  const form = useZodForm({
    schema: ZRegistryBodyUpdate,
    initialValues: { legalBasis: body.legalBasis, fields: listText(body.fields) },
    toInput: (v) => ({ ...toSchemaInput(v), fields: splitList(String(v.fields ?? '')) }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    try {
      await save.mutateAsync({ unitId: body.unitId, body: input });
      onSaved();
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, ['legalBasis', 'fields']);
    }
  };
  return (
    <form noValidate onSubmit={submit} aria-label={body.unitName} data-testid="body-form">
      <ErrorSummary items={[]} general={form.generalError} summaryRef={form.summaryRef} />
      <TextAreaField
        id="body-legalBasis"
        label={t('registry.bodies.legalBasis')}
        rows={4}
        maxLength={10000}
        value={String(form.values.legalBasis)}
        error={form.errors.legalBasis}
        onChange={(v) => form.setValue('legalBasis', v)}
      />
      <TextField
        id="body-fields"
        label={t('registry.bodies.fields')}
        hint={t('registry.common.fieldsHint')}
        value={String(form.values.fields)}
        error={form.errors.fields}
        onChange={(v) => form.setValue('fields', v)}
      />
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('registry.common.save')}
      </Button>
    </form>
  );
}
