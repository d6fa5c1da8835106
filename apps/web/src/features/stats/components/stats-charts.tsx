import { INSTRUMENTS, REFERRAL_KINDS, SOURCES, type TStats } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import type { Translation } from '../../../i18n/zh-CN';
import { EChart } from './echart';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const showPct = (r: number | null, none: string) => (r === null ? none : `${pct(r)}%`);

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="sp-simple-table">
      <caption className="sp-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])}>
            <th scope="row">{r[0]}</th>
            {r.slice(1).map((v, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <td key={i}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const pie = (data: { name: string; value: number }[]) => ({
  tooltip: { trigger: 'item' },
  legend: { bottom: 0, type: 'scroll' },
  series: [
    { type: 'pie', radius: ['35%', '65%'], top: 0, bottom: 30, data, label: { formatter: '{b}: {c}' } },
  ],
});

/** The statistics as charts, each with its numbers as a table. */
export function StatsCharts({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const none = t('dashboard.noRate');
  const c = (k: keyof Translation['statistics']['charts']) => t(`statistics.charts.${k}` as const);

  const trend = (() => {
    const months = stats.trend.map((m) => m.month);
    const line = (name: string, data: number[]) => ({ name, type: 'bar', data });
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        line(
          c('trendRegistered'),
          stats.trend.map((m) => m.registered),
        ),
        line(
          c('trendNotices'),
          stats.trend.map((m) => m.noticesIssued),
        ),
        line(
          c('trendImplemented'),
          stats.trend.map((m) => m.implemented),
        ),
        line(
          c('trendNotImplemented'),
          stats.trend.map((m) => m.notImplemented),
        ),
      ],
    };
  })();

  const ranked = [...stats.byUnit].sort(
    (a, b) => (b.implementationRate ?? -1) - (a.implementationRate ?? -1) || b.cases - a.cases,
  );
  const units = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: ranked.map((u) => u.unitName) },
    series: [{ name: c('unitsRate'), type: 'bar', data: ranked.map((u) => pct(u.implementationRate) ?? 0) }],
  };

  const sources = SOURCES.filter((k) => stats.bySource[k] > 0).map((k) => [k, stats.bySource[k]] as const);
  const sourcesOption = pie(sources.map(([k, v]) => ({ name: t(`sources.${k}`), value: v })));
  const referrals = REFERRAL_KINDS.map((k) => [k, stats.referrals.byReason[k]] as const);
  const referralsOption = pie(
    referrals.filter(([, v]) => v > 0).map(([k, v]) => ({ name: t(`referralKinds.${k}`), value: v })),
  );
  const stages = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: stats.stageDays.map((s) => t(`states.${s.state}`)) },
    series: [{ name: c('days'), type: 'bar', data: stats.stageDays.map((s) => s.averageWorkingDays ?? 0) }],
  };

  return (
    <div className="sp-charts">
      <SectionCard title={c('trend')}>
        <EChart
          testId="chart-trend"
          title={c('trend')}
          option={trend}
          table={
            <Table
              caption={c('trend')}
              head={[
                c('month'),
                c('trendRegistered'),
                c('trendNotices'),
                c('trendImplemented'),
                c('trendNotImplemented'),
                t('dashboard.implementationRate'),
              ]}
              rows={stats.trend.map((m) => [
                m.month,
                m.registered,
                m.noticesIssued,
                m.implemented,
                m.notImplemented,
                showPct(m.implementationRate, none),
              ])}
            />
          }
        />
      </SectionCard>
      <SectionCard title={c('units')}>
        <EChart
          testId="chart-units"
          title={c('units')}
          option={units}
          height={Math.max(160, ranked.length * 36)}
          table={
            <Table
              caption={c('units')}
              head={[
                t('dashboard.unit'),
                t('statistics.byUnit.cases'),
                t('statistics.byUnit.notices'),
                t('statistics.byUnit.implemented'),
                t('statistics.byUnit.notImplemented'),
                t('statistics.byUnit.rate'),
              ]}
              rows={ranked.map((u) => [
                u.unitName,
                u.cases,
                u.noticesIssued,
                u.implemented,
                u.notImplemented,
                showPct(u.implementationRate, none),
              ])}
            />
          }
        />
      </SectionCard>
      <SectionCard title={c('sources')}>
        <EChart
          testId="chart-sources"
          title={c('sources')}
          option={sourcesOption}
          table={
            <Table
              caption={c('sources')}
              head={[t('fields.source.label'), c('count')]}
              rows={sources.map(([k, v]) => [t(`sources.${k}`), v])}
            />
          }
        />
      </SectionCard>
      <SectionCard title={c('referrals')}>
        <EChart
          testId="chart-referrals"
          title={c('referrals')}
          option={referralsOption}
          table={
            <Table
              caption={c('referrals')}
              head={[c('referrals'), c('count')]}
              rows={referrals.map(([k, v]) => [t(`referralKinds.${k}`), v])}
            />
          }
        />
      </SectionCard>
      <SectionCard title={c('stages')}>
        <EChart
          testId="chart-stages"
          title={c('stages')}
          option={stages}
          height={300}
          table={
            <Table
              caption={c('stages')}
              head={[c('stage'), c('days'), c('reached')]}
              rows={stats.stageDays.map((s) => [
                t(`states.${s.state}`),
                s.averageWorkingDays ?? '—',
                s.cases,
              ])}
            />
          }
        />
      </SectionCard>
      <SectionCard title={c('instruments')}>
        <Table
          caption={c('instruments')}
          head={[c('instruments'), c('count')]}
          rows={INSTRUMENTS.map((k) => [t(`instruments.${k}`), stats.noticesByInstrument[k]])}
        />
      </SectionCard>
    </div>
  );
}
