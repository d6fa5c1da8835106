import {
  type CaseSource,
  canCiteOfficers,
  occurredAtAsOf,
  type TCase,
  type TUser,
  ZCreateCaseRequest,
} from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { CheckboxField, SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { type ChosenOfficer, OfficerPicker } from '../../registry/components/case-officers-card';
import { useCreateCase } from '../api/create-case';
import { registrationFields, toCreateCaseInput } from './registration-fields';

type Props = {
  /** The sources this user may register; with one, the choice is not shown. */
  sources: readonly CaseSource[];
  units: { id: string; name: string }[];
  withReporter: boolean;
  submitLabel: string;
  /** Awaited before the form resets (a supervisor's photos are sent then). */
  onCreated: (created: TCase) => void | Promise<void>;
  /** Fields the caller adds before the submit button (photos). */
  extra?: ReactNode;
  /** Shown under the description as the unit, title and description are filled (duplicate hints). */
  hints?: (draft: { unitId: string; title: string; description: string }) => ReactNode;
};

/** Registers a case (POST /api/cases), validated by ZCreateCaseRequest, the API's own schema. */
export function CaseRegistrationForm({
  sources,
  units,
  withReporter,
  submitLabel,
  onCreated,
  extra,
  hints,
}: Props) {
  const { t } = useTranslation();
  const create = useCreateCase();
  const me = useRouteLoaderData('app') as TUser | undefined;
  // The center names the officers involved (registry) as it registers; others never see this.
  const citesOfficers =
    me !== undefined && canCiteOfficers({ kind: 'user', id: me.id, role: me.role, unitId: me.unitId });
  const [officers, setOfficers] = useState<ChosenOfficer[]>([]);
  const initialValues: FormValues = {
    source: sources.length === 1 ? sources[0] : '',
    title: '',
    description: '',
    unitId: '',
    occurredAt: '',
    'reporter.name': '',
    'reporter.phone': '',
    'reporter.anonymous': false,
  };
  const form = useZodForm({
    // A 发生日期 after today is refused here as by the server (today on this device's clock).
    schema: occurredAtAsOf(ZCreateCaseRequest, new Date()),
    initialValues,
    toInput: toCreateCaseInput(withReporter),
  });
  const fields = registrationFields(withReporter, sources.length > 1);
  const id = (name: string) => `intake-${name.replace('.', '-')}`;
  const v = (name: string) => String(form.values[name] ?? '');
  const common = (name: string, required = false) => ({
    id: id(name),
    label: t(`fields.${fields.copy[name] ?? name}.label` as 'fields.title.label'),
    hint: t(`fields.${fields.copy[name] ?? name}.hint` as 'fields.title.hint'),
    error: form.errors[name],
    required,
  });

  const [finishing, setFinishing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      const officerIds = officers.map((o) => o.id);
      const created = await create.mutateAsync(officerIds.length > 0 ? { ...body, officerIds } : body);
      setFinishing(true);
      await Promise.resolve(onCreated(created)).finally(() => setFinishing(false));
      form.reset();
      setOfficers([]);
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, fields.names);
    }
  };

  const summary = fields.names
    .filter((name) => form.errors[name])
    .map((name) => ({ fieldId: id(name), label: common(name).label, message: form.errors[name] ?? '' }));

  return (
    <form className="sp-registration" noValidate onSubmit={submit} aria-label={submitLabel}>
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      {sources.length > 1 && (
        <SelectField
          {...common('source', true)}
          value={v('source')}
          onChange={(value) => form.setValue('source', value)}
          placeholder={t('common.choose')}
          choices={sources.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
        />
      )}
      <SelectField
        {...common('unitId', true)}
        value={v('unitId')}
        onChange={(value) => form.setValue('unitId', value)}
        placeholder={t('common.choose')}
        choices={units.map((u) => ({ value: u.id, label: u.name }))}
      />
      <TextField
        {...common('title', true)}
        value={v('title')}
        maxLength={200}
        onChange={(x) => form.setValue('title', x)}
      />
      <TextAreaField
        {...common('description', true)}
        value={v('description')}
        rows={6}
        onChange={(x) => form.setValue('description', x)}
      />
      {hints?.({ unitId: v('unitId'), title: v('title'), description: v('description') })}
      <TextField
        {...common('occurredAt')}
        type="date"
        value={v('occurredAt')}
        onChange={(x) => form.setValue('occurredAt', x)}
      />
      {citesOfficers && (
        <fieldset className="sp-fieldset" data-testid="intake-officers">
          <legend className="sp-field__label">{t('registry.caseOfficers.atRegistration')}</legend>
          <OfficerPicker idPrefix="intake" chosen={officers} onChange={setOfficers} />
        </fieldset>
      )}
      {withReporter && (
        <fieldset className="sp-fieldset sp-reporter-fields" aria-describedby="intake-reporter-hint">
          <legend className="sp-field__label">{t('intake.reporter')}</legend>
          <div className="sp-field__hint" id="intake-reporter-hint">
            {t('intake.reporterHint')}
          </div>
          <CheckboxField
            {...common('reporter.anonymous')}
            checked={form.values['reporter.anonymous'] === true}
            onChange={(x) => form.setValue('reporter.anonymous', x)}
          />
          <TextField
            {...common('reporter.name')}
            value={v('reporter.name')}
            onChange={(x) => form.setValue('reporter.name', x)}
          />
          <TextField
            {...common('reporter.phone')}
            type="tel"
            inputMode="tel"
            value={v('reporter.phone')}
            onChange={(x) => form.setValue('reporter.phone', x)}
          />
        </fieldset>
      )}
      {extra}
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={create.isPending || finishing}
          data-testid="registration-submit"
        >
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
