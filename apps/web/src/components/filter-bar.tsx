import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './filter-bar.css';

export type FilterValues = Record<string, string | undefined>;
export type SelectFilter = {
  /** The key in the values (and the URL). */
  name: string;
  /** The end of the select's id when it is not `name` (`${id}-${idPart}`). */
  idPart?: string;
  label: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
};

type Props<V extends FilterValues> = {
  /** The prefix of the fields' ids: `${id}-q`, `${id}-${select.idPart ?? select.name}`. */
  id: string;
  /** The accessible name of the search landmark. */
  label: string;
  /** The keyword field (its value is `value.q`); `describe` also ties the hint to it for screen readers. */
  keyword: { label: string; hint: string; describe?: boolean };
  /** The selects, in order; each one's value is `value[name]`, the options come from the caller. */
  selects: readonly SelectFilter[];
  value: V;
  onChange: (next: V) => void;
  /** data-testid of the form. */
  testId?: string;
};

/**
 * The one filter bar: a keyword (applied on 搜索) and native selects (applied at once), with 清除条件.
 * The caller gives the fields; the values are strings the options came from, so `V` may narrow them.
 */
export function FilterBar<V extends FilterValues>({
  id,
  label,
  keyword,
  selects,
  value,
  onChange,
  testId,
}: Props<V>) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };
  const hintId = keyword.describe ? `${id}-q-hint` : undefined;
  return (
    <search aria-label={label}>
      <form className="sp-filters" onSubmit={submit} data-testid={testId}>
        <div className="sp-filters__field">
          <label htmlFor={`${id}-q`}>{keyword.label}</label>
          <Input
            id={`${id}-q`}
            type="search"
            value={q}
            placeholder={keyword.hint}
            aria-describedby={hintId}
            onChange={(e) => setQ(e.target.value)}
          />
          {hintId && (
            <span id={hintId} className="sp-visually-hidden">
              {keyword.hint}
            </span>
          )}
        </div>
        {selects.map((s) => (
          <div className="sp-filters__field" key={s.name}>
            <label htmlFor={`${id}-${s.idPart ?? s.name}`}>{s.label}</label>
            <select
              id={`${id}-${s.idPart ?? s.name}`}
              className="sp-select"
              value={value[s.name] ?? ''}
              onChange={(e) => onChange({ ...value, [s.name]: e.target.value || undefined })}
            >
              <option value="">{s.anyLabel}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="sp-filters__buttons">
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setQ('');
              onChange({} as V);
            }}
          >
            {t('common.reset')}
          </Button>
        </div>
      </form>
    </search>
  );
}
