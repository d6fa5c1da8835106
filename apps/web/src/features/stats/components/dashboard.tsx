import { type CaseState, STATES, type TStats } from '@sp/domain';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/section-card';
import { QueryView } from '../../../components/status-views';
import { statsExportUrl, useStats } from '../api/get-stats';
import { initialChoice, type PeriodChoice, periodOf } from '../period';
import { PeriodPicker } from './period-picker';
import { StatsCharts } from './stats-charts';
import './dashboard.css';
import { QualityByUnit } from './quality-by-unit';

/**
 * Which queue tab lists the cases of a state (a 决定书 pending with the government has none: the
 * tab bar would overflow; it is the government's queue).
 */
const TAB_OF: Record<Exclude<CaseState, 'DECISION_PENDING'>, string> = {
  RECEIVED: 'received',
  ASSESSING: 'assessing',
  INVESTIGATING: 'investigating',
  NOTICE_PENDING_APPROVAL: 'pendingApproval',
  AWAITING_REPLY: 'awaitingReply',
  REPLY_UNDER_REVIEW: 'replyReview',
  RECHECKING: 'rechecking',
  REFERRED: 'referred',
  CLOSED: 'closed',
};

function Totals({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const dueSoon = stats.byUnit.reduce((sum, u) => sum + u.dueSoon, 0);
  const overdue = stats.byUnit.reduce((sum, u) => sum + u.overdue, 0);
  const pct = (r: number | null) => (r === null ? t('dashboard.noRate') : `${Math.round(r * 1000) / 10}%`);
  const tiles = [
    { key: 'cases', label: t('statistics.tiles.cases'), value: stats.cases },
    { key: 'notices', label: t('dashboard.noticesIssued'), value: stats.noticesIssued },
    {
      key: 'rate',
      label: t('dashboard.implementationRate'),
      value: pct(stats.implementationRate),
      note: t('statistics.tiles.rateOf', {
        num: stats.implemented,
        den: stats.implemented + stats.notImplemented,
      }),
    },
    {
      key: 'onTime',
      label: t('statistics.tiles.onTimeRate'),
      value: pct(stats.onTimeRate),
      note: t('statistics.tiles.rateOf', { num: stats.repliesOnTime, den: stats.repliesDue }),
    },
    {
      key: 'referrals',
      label: t('statistics.tiles.referrals'),
      value: stats.referrals.total,
      to: '/cases?tab=referred',
    },
    {
      key: 'dueSoon',
      label: t('dashboard.dueSoon'),
      value: dueSoon,
      to: '/cases?tab=dueSoon',
      tone: 'warning',
    },
    {
      key: 'overdue',
      label: t('dashboard.overdue'),
      value: overdue,
      to: '/cases?tab=overdue',
      tone: 'danger',
    },
  ];
  return (
    <ul className="sp-tiles">
      {tiles.map((tile) => (
        <li
          key={tile.key}
          className={`sp-tile${tile.tone ? ` sp-tile--${tile.tone}` : ''}`}
          data-testid={`stat-${tile.key}`}
        >
          <span className="sp-tile__label">{tile.label}</span>
          <span className="sp-tile__value">
            {tile.to ? <Link to={tile.to}>{tile.value}</Link> : tile.value}
          </span>
          {'note' in tile && tile.note ? <span className="sp-tile__note">{tile.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ByState({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('dashboard.byState')}>
      <ul className="sp-state-counts">
        {STATES.map((state) => (
          <li key={state} data-testid={`stat-state-${state}`}>
            <Link to={state === 'DECISION_PENDING' ? '/cases' : `/cases?tab=${TAB_OF[state]}`}>
              <span className="sp-state-counts__label">{t(`states.${state}`)}</span>
              <span className="sp-state-counts__value">{stats.byState[state] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

function ByUnit({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('dashboard.byUnit')}>
      <div className="sp-table-scroll">
        <table className="sp-simple-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.unit')}</th>
              <th scope="col">{t('dashboard.open')}</th>
              <th scope="col">{t('dashboard.dueSoon')}</th>
              <th scope="col">{t('dashboard.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byUnit.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td>{u.open}</td>
                <td className={u.dueSoon > 0 ? 'sp-cell--warning' : undefined}>{u.dueSoon}</td>
                <td className={u.overdue > 0 ? 'sp-cell--danger' : undefined}>{u.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}

/** The center's home and statistics: a period, its numbers, charts with their tables, the export. */
export function Dashboard() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PeriodChoice>(() => ({ ...initialChoice(), kind: 'year' }));
  const [period, setPeriod] = useState(() => periodOf({ ...initialChoice(), kind: 'year' }));
  const stats = useStats(period);
  const choose = (next: PeriodChoice) => {
    setChoice(next);
    const p = periodOf(next);
    if (p) setPeriod(p);
  };
  return (
    <>
      <div className="sp-stats-toolbar">
        <PeriodPicker value={choice} onChange={choose} />
        <Button href={statsExportUrl(period)} download data-testid="stats-export">
          {t('statistics.export.button')}
        </Button>
      </div>
      <p className="sp-stats-hint">
        {t('statistics.period.hint')}
        {period ? ` ${period.from} — ${period.to}` : ''}
      </p>
      <QueryView query={stats}>
        {(data) => (
          <>
            <Totals stats={data} />
            <div className="sp-dashboard">
              <ByState stats={data} />
              <ByUnit stats={data} />
            </div>
            <QualityByUnit stats={data} />
            <StatsCharts stats={data} />
          </>
        )}
      </QueryView>
    </>
  );
}
