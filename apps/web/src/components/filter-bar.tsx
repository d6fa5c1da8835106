import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './filter-bar.css';

export type FilterValues = Record<string, string | undefined>;
export type SelectFilter = {
  name: string;
  label: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: { value: string; label: string }[];
};

type Props = {
  id: string;
  label: string;
  keyword: { label: string; hint: string };
  selects: SelectFilter[];
  value: FilterValues;
  onChange: (next: FilterValues) => void;
};

/** A keyword (applied on 搜索) and native selects (applied at once), with 清除条件. */
export function FilterBar({ id, label, keyword, selects, value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };
  return (
    <search aria-label={label}>
      <form className="sp-filters" onSubmit={submit}>
        <div className="sp-filters__field">
          <label htmlFor={`${id}-q`}>{keyword.label}</label>
          <Input
            id={`${id}-q`}
            type="search"
            value={q}
            placeholder={keyword.hint}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        {selects.map((s) => (
          <div className="sp-filters__field" key={s.name}>
            <label htmlFor={`${id}-${s.name}`}>{s.label}</label>
            <select
              id={`${id}-${s.name}`}
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
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </div>
      </form>
    </search>
  );
}
