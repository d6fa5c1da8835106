import { type ActionName, occurredAtAsOf, type TAttachment, TRANSITIONS } from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, Fragment, type ReactNode, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error';
import { ErrorSummary } from '../form/error-summary';
import { type FormValues, toSchemaInput, useZodForm } from '../form/use-zod-form';
import { describeObjectSchema, type FieldSpec } from '../form/zod-fields';
import { fieldLabel } from './field-copy';
import { GeneratedField } from './generated-field';

type Props = {
  action: ActionName;
  /** The case's uploaded files, offered as a picker for `attachmentIds` fields. */
  attachments: TAttachment[];
  initialValues?: FormValues;
  /** Sends the validated payload; throws an ApiError when the server refuses. */
  onSubmit: (payload: Record<string, unknown>) => Promise<void>;
  onCancel?: () => void;
  submitting?: boolean;
  /** Something to show under a field (e.g. the 裁量基准 picker under the legal basis). */
  fieldAddon?: (field: {
    name: string;
    id: string;
    value: unknown;
    setValue: (v: unknown) => void;
  }) => ReactNode;
};

function emptyValue(spec: FieldSpec): unknown {
  if (spec.kind === 'integer') return null;
  if (spec.kind === 'attachments' || spec.kind === 'officers') return [];
  if (spec.kind === 'boolean') return false;
  return '';
}

/** A datetime-local value (2026-02-27T09:30) as an instant in China's time (…T09:30:00+08:00). */
export const chinaInstant = (local: string) => `${local.length === 16 ? `${local}:00` : local}+08:00`;

/** An instant as a datetime-local value in China's time. */
export const chinaLocal = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16);

/** The form of one workflow action, generated from the action's zod payload schema. */
export function ActionForm({
  action,
  attachments,
  initialValues,
  onSubmit,
  onCancel,
  submitting,
  fieldAddon,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const schema = TRANSITIONS[action].payload;
  const specs = useMemo(() => describeObjectSchema(schema), [schema]);
  const defaults = useMemo(
    () => ({ ...Object.fromEntries(specs.map((s) => [s.name, emptyValue(s)])), ...initialValues }),
    [specs, initialValues],
  );
  const toInput = (values: FormValues) =>
    toSchemaInput(
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => {
          const isInstant = specs.some((s) => s.name === name && s.kind === 'datetime');
          return [name, isInstant && typeof value === 'string' && value !== '' ? chinaInstant(value) : value];
        }),
      ),
    );
  // A 发生日期 (amend_case) after today is refused here as by the server (today on this device).
  const checked = useMemo(
    () => (specs.some((s) => s.name === 'occurredAt') ? occurredAtAsOf(schema, new Date()) : schema),
    [schema, specs],
  );
  const form = useZodForm({ schema: checked, initialValues: defaults, specs, toInput });
  const fieldId = (name: string) => `${action}-${name}`;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.validate();
    if (!payload) return;
    try {
      await onSubmit(payload as Record<string, unknown>);
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(
        error,
        specs.map((s) => s.name),
      );
    }
  };

  const summaryItems = specs
    .filter((s) => form.errors[s.name])
    .map((s) => ({
      fieldId: fieldId(s.name),
      label: fieldLabel(s.name, action),
      message: form.errors[s.name] ?? '',
    }));

  return (
    <form className="sp-action-form" aria-labelledby={headingId} noValidate onSubmit={handleSubmit}>
      <h3 className="sp-action-form__title" id={headingId}>
        {t(`actions.${action}`)}
      </h3>
      <ErrorSummary items={summaryItems} general={form.generalError} summaryRef={form.summaryRef} />
      {specs.map((spec) => (
        <Fragment key={spec.name}>
          <GeneratedField
            spec={spec}
            id={fieldId(spec.name)}
            action={action}
            value={form.values[spec.name]}
            error={form.errors[spec.name]}
            onChange={(value) => form.setValue(spec.name, value)}
            attachments={attachments}
          />
          {fieldAddon?.({
            name: spec.name,
            id: fieldId(spec.name),
            value: form.values[spec.name],
            setValue: (value) => form.setValue(spec.name, value),
          })}
        </Fragment>
      ))}
      <p className="sp-muted">{t('actionPanel.confirmHint')}</p>
      <div className="sp-form-actions">
        <Button type="primary" htmlType="submit" loading={submitting} data-testid={`action-submit-${action}`}>
          {t('common.submit')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={submitting}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
