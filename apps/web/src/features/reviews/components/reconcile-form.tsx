import { type TReviewFile, ZReconcileRequest } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { NumberField } from '../../../components/form/number-field';
import { TextAreaField } from '../../../components/form/text-fields';
import { useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { useReconcile } from '../api/scoring';

/** 合议定档: the lead records the agreed total and whether a veto item failed. */
export function ReconcileForm({ file }: { file: TReviewFile }) {
  const { t } = useTranslation();
  const reconcile = useReconcile();
  const form = useZodForm({
    schema: ZReconcileRequest,
    initialValues: { total: null, vetoed: false, note: '' },
  });
  const l = (key: string) => t(`registry.reviewFile.${key}` as 'registry.reviewFile.total');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      await reconcile.mutateAsync({ id: file.id, body });
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, ['total', 'note']);
    }
  };
  const summary = (['total', 'note'] as const)
    .filter((n) => form.errors[n])
    .map((n) => ({ fieldId: `reconcile-${n}`, label: l(n), message: form.errors[n] ?? '' }));
  return (
    <form noValidate onSubmit={submit} aria-label={l('reconcile')} data-testid="reconcile-form">
      <p className="sp-muted">{l('reconcileHint')}</p>
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <NumberField
        id="reconcile-total"
        label={l('total')}
        required
        min={0}
        value={(form.values.total as number | null) ?? null}
        error={form.errors.total}
        onChange={(v) => form.setValue('total', v)}
      />
      <CheckboxField
        id="reconcile-vetoed"
        label={l('vetoed')}
        checked={form.values.vetoed === true}
        onChange={(v) => form.setValue('vetoed', v)}
      />
      <TextAreaField
        id="reconcile-note"
        label={l('note')}
        required
        rows={3}
        maxLength={2000}
        value={String(form.values.note)}
        error={form.errors.note}
        onChange={(v) => form.setValue('note', v)}
      />
      <Button type="primary" htmlType="submit" loading={reconcile.isPending} data-testid="reconcile-submit">
        {l('reconcileSubmit')}
      </Button>
    </form>
  );
}
