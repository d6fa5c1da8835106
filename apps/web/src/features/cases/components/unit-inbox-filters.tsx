import { type CaseState, INSTRUMENTS, type Instrument, STATES } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/filter-bar';

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
  const any = t('common.all');
  return (
    <FilterBar
      id="inbox"
      testId="unit-inbox-filters"
      label={t('queue.filtersLabel')}
      keyword={{ label: t('queue.searchLabel'), hint: t('queue.searchHint') }}
      selects={[
        {
          name: 'deadline',
          label: t('unit.deadlineFilter'),
          anyLabel: any,
          options: DEADLINE_FILTERS.map((d) => ({ value: d, label: t(`queue.tabs.${d}`) })),
        },
        {
          name: 'instrument',
          label: t('unit.instrumentFilter'),
          anyLabel: any,
          options: INSTRUMENTS.map((i) => ({ value: i, label: t(`instruments.${i}`) })),
        },
        {
          name: 'state',
          label: t('columns.state'),
          anyLabel: any,
          options: STATES.map((s) => ({ value: s, label: t(`states.${s}`) })),
        },
      ]}
      value={value}
      onChange={onChange}
    />
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
