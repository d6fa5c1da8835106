import { type TReviewFile, ZFindingRequest } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { useOpenFinding } from '../api/scoring';

/** 发现问题 → a supervision case in one step (source 案卷评查), linked to this file. */
export function FindingForm({ file }: { file: TReviewFile }) {
  const { t } = useTranslation();
  const open = useOpenFinding();
  const form = useZodForm({ schema: ZFindingRequest, initialValues: { title: '', description: '' } });
  const l = (key: string) => t(`registry.reviewFile.${key}` as 'registry.reviewFile.finding');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      await open.mutateAsync({ id: file.id, body });
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, ['title', 'description']);
    }
  };
  return (
    <form noValidate onSubmit={submit} aria-label={l('finding')} data-testid="finding-form">
      <p className="sp-muted">{l('findingHint')}</p>
      <ErrorSummary
        items={
          form.errors.description
            ? [
                {
                  fieldId: 'finding-description',
                  label: l('findingDescription'),
                  message: form.errors.description,
                },
              ]
            : []
        }
        general={form.generalError}
        summaryRef={form.summaryRef}
      />
      <TextField
        id="finding-title"
        label={l('findingTitle')}
        maxLength={200}
        value={String(form.values.title)}
        onChange={(v) => form.setValue('title', v)}
      />
      <TextAreaField
        id="finding-description"
        label={l('findingDescription')}
        required
        rows={4}
        maxLength={10000}
        value={String(form.values.description)}
        error={form.errors.description}
        onChange={(v) => form.setValue('description', v)}
      />
      <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="finding-submit">
        {l('findingSubmit')}
      </Button>
    </form>
  );
}
