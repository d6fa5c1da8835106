import { isWeekend } from '@sp/domain';
import { Alert, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { useCalendarStatus, useCalendarYear } from '../../features/calendar/api/calendar-queries';
import { ArrangementForm } from '../../features/calendar/components/arrangement-form';
import { DayEditor } from '../../features/calendar/components/day-editor';
import { YearGrid } from '../../features/calendar/components/year-grid';
import '../../features/office/components/office.css';

const KINDS = ['HOLIDAY', 'MAKEUP', 'CORRECTION', 'STATUTORY'] as const;

/** 工作日历: a year at a glance, corrections by date, and the year's arrangement as a table. */
export default function AdminCalendarRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = useCalendarStatus();
  const thisYear = Number(status.data?.today.slice(0, 4) ?? new Date().getFullYear());
  const year = Number(params.get('year')) || thisYear;
  const view = useCalendarYear(year);
  const [picked, setPicked] = useState<string | null>(null);
  const [savedDay, setSavedDay] = useState<number | null>(null);

  return (
    <>
      <PageHeader title={t('office.calendar.title')} />
      <p className="sp-muted">{t('office.calendar.intro')}</p>
      <div className="sp-block-label">
        {t('office.calendar.year')}{' '}
        <InputNumber
          aria-label={t('office.calendar.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
          data-testid="calendar-year"
        />
      </div>
      <QueryView query={view}>
        {(v) => {
          const day = picked ? v.days.find((d) => d.date === picked) : undefined;
          return (
            <>
              <Alert
                type={v.arranged ? 'success' : 'warning'}
                showIcon
                data-testid="year-status"
                title={
                  v.arranged
                    ? `${t('office.calendar.arranged', { year })}${v.documentNumber ? t('office.calendar.arrangedDoc', { doc: v.documentNumber }) : ''}`
                    : t('office.calendar.notArranged', { year })
                }
              />
              <SectionCard title={t('office.calendar.title')}>
                <div className="sp-legend">
                  {KINDS.map((k) => (
                    <span key={k}>
                      <span className={`sp-legend__swatch sp-day--${k}`} aria-hidden="true" />
                      {t(`office.calendar.kinds.${k}`)}
                    </span>
                  ))}
                </div>
                <p role="status" className="sp-status-text">
                  {savedDay === null ? '' : t('office.calendar.savedMoves', { n: savedDay })}
                </p>
                <YearGrid view={v} onPick={setPicked} />
              </SectionCard>
              <SectionCard title={t('office.calendar.arrangementTitle', { year })}>
                <ArrangementForm
                  key={year}
                  year={year}
                  initial={{
                    documentNumber: v.documentNumber ?? '',
                    holidays: v.holidays.length > 0 ? v.holidays : [{ name: '', from: '', to: '' }],
                    makeupWorkdays: v.makeupWorkdays,
                  }}
                />
              </SectionCard>
              {picked && (
                <DayEditor
                  date={picked}
                  working={day ? day.working : !isWeekend(picked)}
                  note={day?.note ?? ''}
                  onClose={() => setPicked(null)}
                  onSaved={setSavedDay}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}
