import { type CaseState, INSTRUMENTS, type Instrument, STATES } from '@sp/domain';
import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../components/filter-bar.css';

export const DEADLINE_FILTERS = ['overdue', 'dueSoon'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];
export type UnitInboxFilterValues = {
  q?: string;
  state?: CaseState;
  instrument?: Instrument;
  deadline?: DeadlineFilter;
};

type Props = { value: UnitInboxFilterValues; onChange: (next: UnitInboxFilterValues) => void };

/** The unit inbox's search: words, state, instrument and deadline (已逾期 / 即将到期). */
export function UnitInboxFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };
  return (
    <search aria-label={t('queue.filtersLabel')}>
      <form className="sp-filters" onSubmit={submit} data-testid="unit-inbox-filters">
        <div className="sp-filters__field">
          <label htmlFor="inbox-q">{t('queue.searchLabel')}</label>
          <Input
            id="inbox-q"
            type="search"
            value={q}
            placeholder={t('queue.searchHint')}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="sp-filters__field">
          <label htmlFor="inbox-deadline">{t('unit.deadlineFilter')}</label>
          <select
            id="inbox-deadline"
            className="sp-select"
            value={value.deadline ?? ''}
            onChange={(e) =>
              onChange({ ...value, deadline: (e.target.value || undefined) as DeadlineFilter | undefined })
            }
          >
            <option value="">{t('common.all')}</option>
            {DEADLINE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {t(`queue.tabs.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sp-filters__field">
          <label htmlFor="inbox-instrument">{t('unit.instrumentFilter')}</label>
          <select
            id="inbox-instrument"
            className="sp-select"
            value={value.instrument ?? ''}
            onChange={(e) =>
              onChange({ ...value, instrument: (e.target.value || undefined) as Instrument | undefined })
            }
          >
            <option value="">{t('common.all')}</option>
            {INSTRUMENTS.map((i) => (
              <option key={i} value={i}>
                {t(`instruments.${i}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sp-filters__field">
          <label htmlFor="inbox-state">{t('columns.state')}</label>
          <select
            id="inbox-state"
            className="sp-select"
            value={value.state ?? ''}
            onChange={(e) =>
              onChange({ ...value, state: (e.target.value || undefined) as CaseState | undefined })
            }
          >
            <option value="">{t('common.all')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
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

/** The list query of the filters (the API's own parameters). */
export function unitInboxQuery(f: UnitInboxFilterValues) {
  return {
    q: f.q,
    state: f.state,
    instrument: f.instrument,
    ...(f.deadline === 'overdue' ? { overdue: true } : {}),
    ...(f.deadline === 'dueSoon' ? { dueSoon: true } : {}),
  };
}

export function readUnitInboxFilters(params: URLSearchParams): UnitInboxFilterValues {
  const pick = <T extends string>(key: string, values: readonly T[]) => {
    const v = params.get(key);
    return values.includes(v as T) ? (v as T) : undefined;
  };
  return {
    q: params.get('q') || undefined,
    state: pick('state', STATES),
    instrument: pick('instrument', INSTRUMENTS),
    deadline: pick('deadline', DEADLINE_FILTERS),
  };
}
