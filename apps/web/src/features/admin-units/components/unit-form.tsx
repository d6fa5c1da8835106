import {
  type TAdminUnit,
  type TCreateUnitRequest,
  type TUpdateUnitRequest,
  ZCreateUnitRequest,
  ZUpdateUnitRequest,
} from '@sp/domain';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { formFields, submitWith } from '../../admin-common/form-copy';
import { useCreateUnit } from '../api/create-unit';
import { useUpdateUnit } from '../api/update-unit';

const FIELDS = ['name', 'creditCode', 'active'];

/** Creates a unit, or edits one (`unit` given): validated by the API's own schemas. */
export function UnitForm({ unit, onSaved }: { unit?: TAdminUnit; onSaved: (saved: TAdminUnit) => void }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const form = useZodForm({
    schema: unit ? ZUpdateUnitRequest : ZCreateUnitRequest,
    initialValues: {
      name: unit?.name ?? '',
      creditCode: unit?.creditCode ?? '',
      active: unit?.active ?? true,
    },
    // An emptied code clears it when editing; a new unit simply has none.
    toInput: (v: FormValues) => ({
      name: v.name,
      creditCode: v.creditCode ? v.creditCode : unit ? null : undefined,
      ...(unit ? {} : { active: v.active }),
    }),
  });
  const { field, summary, text } = formFields(
    form,
    t,
    unit ? 'unit-edit' : 'unit-new',
    'administration.units',
  );

  const submit = submitWith<TCreateUnitRequest | TUpdateUnitRequest>(form, FIELDS, async (body) =>
    onSaved(
      unit
        ? await update.mutateAsync({ id: unit.id, ...body })
        : await create.mutateAsync(body as TCreateUnitRequest),
    ),
  );

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={unit ? t('administration.units.edit') : t('administration.units.create')}
    >
      <ErrorSummary items={summary(FIELDS)} general={form.generalError} summaryRef={form.summaryRef} />
      <TextField
        {...field('name', true)}
        value={text('name')}
        maxLength={100}
        onChange={(v) => form.setValue('name', v)}
      />
      <TextField
        {...field('creditCode')}
        value={text('creditCode')}
        maxLength={40}
        autoComplete="off"
        onChange={(v) => form.setValue('creditCode', v)}
      />
      {unit ? null : (
        <CheckboxField
          {...field('active')}
          checked={form.values.active === true}
          onChange={(v) => form.setValue('active', v)}
        />
      )}
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="unit-save"
        >
          {unit ? t('administration.actions.save') : t('administration.actions.create')}
        </Button>
      </div>
    </form>
  );
}
