import type { TPublicOfficer, TPublicOfficerQuery } from '@sp/domain';
import { Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField, SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { Loading } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { formatDate } from '../../../lib/format';
import { usePublicUnits } from '../../public/api/get-public-units';
import { useOfficerLookup } from '../api/lookup-officers';
import { OfficerStatusTag } from './officer-status-tag';

type Mode = 'certificate' | 'name';

/** 执法人员查询 (no login): by certificate number, or by name within a body. */
export function PublicOfficerLookup() {
  const { t } = useTranslation();
  const units = usePublicUnits();
  const [mode, setMode] = useState<Mode>('certificate');
  const [values, setValues] = useState({ certificateNo: '', name: '', unitId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [query, setQuery] = useState<TPublicOfficerQuery | null>(null);
  const lookup = useOfficerLookup(query);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    const required = mode === 'certificate' ? (['certificateNo'] as const) : (['name', 'unitId'] as const);
    for (const key of required)
      if (!values[key].trim())
        missing[key] = t(key === 'unitId' ? 'validation.choose' : 'validation.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setQuery(
      mode === 'certificate'
        ? { certificateNo: values.certificateNo.trim() }
        : { name: values.name.trim(), unitId: values.unitId },
    );
  };

  const label = (key: string) => t(`registry.publicLookup.${key}` as 'registry.publicLookup.name');
  return (
    <>
      <search aria-label={t('registry.publicLookup.title')}>
        <form className="sp-panel" noValidate onSubmit={submit} data-testid="officer-lookup-form">
          <ErrorSummary
            items={Object.entries(errors).map(([k, message]) => ({
              fieldId: `lookup-${k}`,
              label: label(k === 'unitId' ? 'unit' : k),
              message,
            }))}
          />
          <RadioGroupField
            id="lookup-mode"
            label={label('mode')}
            value={mode}
            onChange={(m) => setMode(m as Mode)}
            choices={[
              { value: 'certificate', label: label('byCertificate') },
              { value: 'name', label: label('byName') },
            ]}
            required
          />
          {mode === 'certificate' ? (
            <TextField
              id="lookup-certificateNo"
              label={label('certificateNo')}
              required
              size="large"
              value={values.certificateNo}
              error={errors.certificateNo}
              onChange={set('certificateNo')}
              autoComplete="off"
            />
          ) : (
            <>
              <TextField
                id="lookup-name"
                label={label('name')}
                required
                size="large"
                value={values.name}
                error={errors.name}
                onChange={set('name')}
                autoComplete="off"
              />
              <SelectField
                id="lookup-unitId"
                label={label('unit')}
                required
                value={values.unitId}
                error={errors.unitId}
                onChange={set('unitId')}
                placeholder={t('common.choose')}
                choices={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </>
          )}
          <Button type="primary" htmlType="submit" size="large" data-testid="officer-lookup-submit">
            {label('submit')}
          </Button>
        </form>
      </search>
      <div aria-live="polite" className="sp-tracking-result">
        {query && lookup.isFetching && <Loading />}
        {query && lookup.error && !lookup.isFetching && (
          <p className="sp-alert-text" role="alert">
            {errorMessage(lookup.error)}
          </p>
        )}
        {query && lookup.data && !lookup.isFetching && <LookupResult officers={lookup.data} />}
      </div>
    </>
  );
}

function LookupResult({ officers }: { officers: TPublicOfficer[] }) {
  const { t } = useTranslation();
  if (officers.length === 0)
    return (
      <p className="sp-panel" role="status" data-testid="officer-lookup-empty">
        {t('registry.publicLookup.notFound')}
      </p>
    );
  return (
    <section aria-labelledby="officer-result-title">
      <h2 id="officer-result-title" className="sp-visually-hidden">
        {t('registry.publicLookup.resultTitle')}
      </h2>
      <ul className="sp-officer-cards" data-testid="officer-lookup-result">
        {officers.map((o) => (
          <li key={o.certificateNo} className="sp-panel sp-officer-card">
            <h3>
              {o.name} <OfficerStatusTag status={o.status} />
            </h3>
            <dl className="sp-details">
              {[
                [t('registry.publicLookup.certificateNo'), o.certificateNo],
                [t('registry.publicLookup.unitName'), o.unitName],
                [t('registry.publicLookup.fields'), o.fields.join('、') || '—'],
                [t('registry.publicLookup.validUntil'), formatDate(`${o.validUntil}T12:00:00+08:00`)],
              ].map(([k, v]) => (
                <div className="sp-details__row" key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
