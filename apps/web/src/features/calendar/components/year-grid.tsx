import { addDays, dayOfWeek, isWeekend, type TCalendarYearView } from '@sp/domain';
import { useTranslation } from 'react-i18next';

/** Twelve month grids; each non-default date coloured by why (holiday, 调休, correction, statutory). */
export function YearGrid({ view, onPick }: { view: TCalendarYearView; onPick: (date: string) => void }) {
  const { t } = useTranslation();
  const byDate = new Map(view.days.map((d) => [d.date, d]));
  const weekdays = t('office.calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <div className="sp-year" data-testid="year-grid">
      {Array.from({ length: 12 }, (_, m) => {
        const first = `${view.year}-${String(m + 1).padStart(2, '0')}-01`;
        const lead = (dayOfWeek(first) + 6) % 7; // Monday first
        const dates: string[] = [];
        for (let d = first; d.slice(5, 7) === first.slice(5, 7); d = addDays(d, 1)) dates.push(d);
        return (
          <section key={first} className="sp-month" aria-label={t('office.calendar.month', { m: m + 1 })}>
            <h3 className="sp-month__title">{t('office.calendar.month', { m: m + 1 })}</h3>
            <div className="sp-month__grid">
              {weekdays.map((w) => (
                <div key={w} className="sp-month__wd" aria-hidden="true">
                  {w}
                </div>
              ))}
              {Array.from({ length: lead }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blank cells before the 1st
                <div key={`blank-${i}`} />
              ))}
              {dates.map((date) => {
                const day = byDate.get(date);
                const kind = day ? `sp-day--${day.kind}` : isWeekend(date) ? 'sp-day--weekend' : '';
                const label = `${date}${day ? ` ${t(`office.calendar.kinds.${day.kind}`)} ${day.note}` : ''}`;
                return (
                  <button
                    key={date}
                    type="button"
                    className={`sp-day ${kind}`}
                    title={label}
                    data-date={date}
                    onClick={() => onPick(date)}
                  >
                    {/* The accessible name starts with the visible day number. */}
                    {Number(date.slice(8))}
                    <span className="sp-visually-hidden"> {label}</span>
                  </button>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
