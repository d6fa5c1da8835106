import { type TBenchmark, ZBenchmarkInput } from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField, TextField } from '../../../components/form/text-fields';
import { useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { useSaveBenchmark } from '../api/benchmarks';

type Range = { circumstance: string; range: string };
type Props = { benchmark: TBenchmark | null; units: { id: string; name: string }[]; onSaved: () => void };

/** A 裁量基准: body (or general), field, violation, legal basis, and its ranges by circumstance. */
export function BenchmarkForm({ benchmark, units, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveBenchmark();
  const [ranges, setRanges] = useState<Range[]>(benchmark?.ranges ?? [{ circumstance: '', range: '' }]);
  const form = useZodForm({
    schema: ZBenchmarkInput,
    initialValues: {
      unitId: benchmark?.unitId ?? '',
      field: benchmark?.field ?? '',
      violation: benchmark?.violation ?? '',
      legalBasis: benchmark?.legalBasis ?? '',
    },
    toInput: (v) => ({ ...v, unitId: v.unitId || null, ranges }),
  });
  const l = (key: string) => t(`registry.benchmarks.${key}` as 'registry.benchmarks.field');
  const text = (name: 'field' | 'violation' | 'legalBasis') => ({
    id: `benchmark-${name}`,
    label: l(name),
    required: true,
    value: String(form.values[name] ?? ''),
    error: form.errors[name],
    onChange: (v: string) => form.setValue(name, v),
  });
  const setRange = (i: number, patch: Partial<Range>) =>
    setRanges((rs) => rs.map((r, j) => (i === j ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      await save.mutateAsync({ id: benchmark?.id ?? null, body });
      onSaved();
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, ['field', 'violation', 'legalBasis', 'unitId', 'ranges']);
    }
  };
  const summary = ['field', 'violation', 'legalBasis', 'ranges']
    .filter((n) => form.errors[n] || Object.keys(form.errors).some((k) => k.startsWith(`${n}.`)))
    .map((n) => ({
      fieldId: n === 'ranges' ? 'benchmark-range-0-c' : `benchmark-${n}`,
      label: l(n),
      message: form.errors[n] ?? t('validation.required'),
    }));
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={benchmark ? t('registry.common.edit') : l('add')}
      data-testid="benchmark-form"
    >
      <ErrorSummary items={summary} general={form.generalError} summaryRef={form.summaryRef} />
      <div className="sp-form-grid">
        <SelectField
          id="benchmark-unitId"
          label={l('unit')}
          value={String(form.values.unitId)}
          onChange={(v) => form.setValue('unitId', v)}
          placeholder={l('general')}
          choices={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <TextField {...text('field')} maxLength={50} />
      </div>
      <TextAreaField {...text('violation')} rows={2} maxLength={2000} />
      <TextAreaField {...text('legalBasis')} rows={2} maxLength={2000} />
      <fieldset className="sp-fieldset">
        <legend className="sp-field__label">{l('ranges')}</legend>
        {ranges.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows edited in place, in order
          <div key={i} className="sp-form-grid">
            <TextField
              id={`benchmark-range-${i}-c`}
              label={`${l('circumstance')} ${i + 1}`}
              required
              value={r.circumstance}
              error={form.errors[`ranges.${i}.circumstance`]}
              onChange={(v) => setRange(i, { circumstance: v })}
            />
            <TextField
              id={`benchmark-range-${i}-r`}
              label={`${l('range')} ${i + 1}`}
              required
              value={r.range}
              error={form.errors[`ranges.${i}.range`]}
              onChange={(v) => setRange(i, { range: v })}
            />
            {ranges.length > 1 && (
              <Button size="small" onClick={() => setRanges((rs) => rs.filter((_, j) => j !== i))}>
                {l('removeRange')}
              </Button>
            )}
          </div>
        ))}
        <Button onClick={() => setRanges((rs) => [...rs, { circumstance: '', range: '' }])}>
          {l('addRange')}
        </Button>
      </fieldset>
      <div className="sp-form-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="benchmark-submit">
          {t('registry.common.save')}
        </Button>
      </div>
    </form>
  );
}
