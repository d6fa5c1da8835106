import { Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PeriodChoice, type PeriodKind, periodOf } from '../period';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

/** 统计期间: a month, a quarter, a year, or custom dates. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (next: PeriodChoice) => void;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  const invalid = value.kind === 'custom' && periodOf(value) === null;
  return (
    <fieldset className="sp-period" data-testid="period-picker">
      <legend className="sp-period__legend">{t('statistics.period.label')}</legend>
      <Segmented
        value={value.kind}
        onChange={(kind) => {
          const k = kind as PeriodKind;
          set({
            kind: k,
            part:
              k === 'quarter' ? Math.min(4, Math.ceil(value.part / 3)) || 1 : k === 'month' ? 1 : value.part,
          });
        }}
        options={KINDS.map((k) => ({ value: k, label: t(`statistics.period.${k}`) }))}
      />
      {value.kind === 'month' ? (
        <Input
          type="month"
          aria-label={t('statistics.period.month')}
          value={`${value.year}-${String(value.part).padStart(2, '0')}`}
          onChange={(e) => {
            const [y, m] = e.target.value.split('-').map(Number);
            if (y && m) set({ year: y, part: m });
          }}
          className="sp-period__input"
        />
      ) : null}
      {value.kind === 'quarter' || value.kind === 'year' ? (
        <Select
          aria-label={t('statistics.period.year_')}
          value={value.year}
          onChange={(year) => set({ year })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          className="sp-period__select"
        />
      ) : null}
      {value.kind === 'quarter' ? (
        <Select
          aria-label={t('statistics.period.quarter_')}
          value={value.part}
          onChange={(part) => set({ part })}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('statistics.period.q', { n }) }))}
          className="sp-period__select"
        />
      ) : null}
      {value.kind === 'custom' ? (
        <>
          <Input
            type="date"
            aria-label={t('statistics.period.from')}
            value={value.from}
            onChange={(e) => set({ from: e.target.value })}
            className="sp-period__input"
            status={invalid ? 'error' : undefined}
          />
          <Input
            type="date"
            aria-label={t('statistics.period.to')}
            value={value.to}
            onChange={(e) => set({ to: e.target.value })}
            className="sp-period__input"
            status={invalid ? 'error' : undefined}
          />
        </>
      ) : null}
      {invalid ? (
        <p role="alert" className="sp-period__error">
          {t('statistics.period.invalid')}
        </p>
      ) : null}
    </fieldset>
  );
}
