import { CASE_FILE_KINDS, type TCampaign, ZCreateCampaignRequest } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { IntegerField } from '../../../components/form/integer-field';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { useCreateCampaign, useReviewerCandidates } from '../api/campaigns';

const INITIAL: FormValues = {
  title: '',
  unitIds: [],
  periodFrom: '',
  periodTo: '',
  fileKinds: [],
  filesPerUnit: 3,
  reviewersPerFile: 2,
  users: [],
  experts: '',
  excellent: 90,
  pass: 60,
  tolerance: 10,
};
const FIELDS = [
  'title',
  'unitIds',
  'periodFrom',
  'periodTo',
  'fileKinds',
  'filesPerUnit',
  'reviewersPerFile',
  'reviewers',
  'excellent',
  'pass',
  'tolerance',
];

/** The form's values → the API's request (checked by ZCreateCampaignRequest, as the API does). */
function toInput(v: FormValues) {
  const experts = String(v.experts ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    title: v.title,
    unitIds: v.unitIds,
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    fileKinds: v.fileKinds,
    filesPerUnit: v.filesPerUnit,
    reviewersPerFile: v.reviewersPerFile,
    reviewers: [...(v.users as string[]).map((userId) => ({ userId })), ...experts.map((name) => ({ name }))],
    thresholds: { excellent: v.excellent, pass: v.pass },
    tolerance: v.tolerance,
  };
}

type Props = { units: { id: string; name: string }[]; onCreated: (c: TCampaign) => void };

export function CampaignForm({ units, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const candidates = useReviewerCandidates();
  const form = useZodForm({ schema: ZCreateCampaignRequest, initialValues: INITIAL, toInput });
  const l = (key: string) => t(`registry.campaignForm.${key}` as 'registry.campaignForm.title');
  const err = (n: string) =>
    form.errors[n] ?? Object.entries(form.errors).find(([k]) => k.startsWith(`${n}.`))?.[1];
  const int = (n: string, min: number, max: number) => ({
    id: `campaign-${n}`,
    label: l(n),
    required: true,
    min,
    max,
    error: err(n) ?? err(`thresholds.${n}`),
    value: (form.values[n] as number | null) ?? null,
    onChange: (x: number | null) => form.setValue(n, x),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, FIELDS);
    }
  };
  const labelOf = (n: string) =>
    l(({ unitIds: 'units', reviewers: 'users' } as Record<string, string>)[n] ?? n);
  const summary = FIELDS.filter((n) => err(n)).map((n) => ({
    fieldId: `campaign-${n === 'reviewers' ? 'users' : n}`,
    label: labelOf(n),
    message: err(n) ?? '',
  }));
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={t('registry.reviews.newCampaign')}
      data-testid="campaign-form"
    >
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <TextField
        id="campaign-title"
        label={l('title')}
        required
        maxLength={200}
        value={String(form.values.title)}
        error={err('title')}
        onChange={(v) => form.setValue('title', v)}
      />
      <CheckboxGroupField
        id="campaign-unitIds"
        label={l('units')}
        required
        values={form.values.unitIds as string[]}
        error={err('unitIds')}
        onChange={(v) => form.setValue('unitIds', v)}
        choices={units.map((u) => ({ value: u.id, label: u.name }))}
      />
      <div className="sp-form-grid">
        <TextField
          id="campaign-periodFrom"
          label={l('periodFrom')}
          required
          type="date"
          value={String(form.values.periodFrom)}
          error={err('periodFrom')}
          onChange={(v) => form.setValue('periodFrom', v)}
        />
        <TextField
          id="campaign-periodTo"
          label={l('periodTo')}
          required
          type="date"
          value={String(form.values.periodTo)}
          error={err('periodTo')}
          onChange={(v) => form.setValue('periodTo', v)}
        />
      </div>
      <CheckboxGroupField
        id="campaign-fileKinds"
        label={l('fileKinds')}
        hint={l('fileKindsHint')}
        values={form.values.fileKinds as string[]}
        onChange={(v) => form.setValue('fileKinds', v)}
        choices={CASE_FILE_KINDS.map((k) => ({ value: k, label: t(`registry.terms.caseFileKinds.${k}`) }))}
      />
      <div className="sp-form-grid">
        <IntegerField {...int('filesPerUnit', 1, 100)} />
        <IntegerField {...int('reviewersPerFile', 1, 5)} />
      </div>
      <CheckboxGroupField
        id="campaign-users"
        label={l('users')}
        hint={l('usersHint')}
        values={form.values.users as string[]}
        error={err('reviewers')}
        onChange={(v) => form.setValue('users', v)}
        choices={(candidates.data ?? []).map((u) => ({
          value: u.id,
          label: `${u.displayName}${u.unitName ? `（${u.unitName}）` : ''}`,
        }))}
      />
      <TextAreaField
        id="campaign-experts"
        label={l('experts')}
        hint={l('expertsHint')}
        rows={3}
        value={String(form.values.experts)}
        onChange={(v) => form.setValue('experts', v)}
      />
      <fieldset className="sp-fieldset">
        <legend className="sp-field__label">{l('checklist')}</legend>
        <p className="sp-field__hint">{l('checklistHint')}</p>
        <div className="sp-form-grid">
          <IntegerField {...int('excellent', 0, 100)} />
          <IntegerField {...int('pass', 0, 100)} />
          <IntegerField {...int('tolerance', 0, 100)} hint={l('toleranceHint')} />
        </div>
      </fieldset>
      <div className="sp-form-actions">
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="campaign-submit">
          {l('submit')}
        </Button>
      </div>
    </form>
  );
}
