import type { TMonitoringBoard, TMonitoringCard } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryView } from '../../../components/status-views';
import { formatDate, formatDateTime } from '../../../lib/format';
import { PeriodPicker } from '../../stats/components/period-picker';
import { initialChoice, type PeriodChoice, periodOf } from '../../stats/period';
import { useMonitoring } from '../api/get-monitoring';
import './monitoring-board.css';

const LIGHT = { ON_TRACK: 'green', DUE_SOON: 'yellow', OVERDUE: 'red' } as const;

function DeadlineCard({ card }: { card: TMonitoringCard }) {
  const { t } = useTranslation();
  const left =
    card.status === 'OVERDUE'
      ? t('statistics.monitoring.overdue')
      : card.workingDaysLeft === 0
        ? t('statistics.monitoring.dueToday')
        : t('statistics.monitoring.daysLeft', { n: card.workingDaysLeft });
  return (
    <li className={`sp-mon-card sp-mon-card--${LIGHT[card.status]}`} data-status={card.status}>
      <Link to={`/cases/${card.caseId}`} className="sp-mon-card__link">
        <span className="sp-mon-card__left">{left}</span>
        <span className="sp-mon-card__title">{card.title}</span>
        <span className="sp-mon-card__meta">
          {card.number} · {t(`statistics.monitoring.kind_${card.kind}`)} ·{' '}
          {t('statistics.monitoring.dueAt', { date: formatDate(card.dueAt) })}
        </span>
      </Link>
    </li>
  );
}

function Board({ board }: { board: TMonitoringBoard }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sp-mon-asof">{t('statistics.monitoring.asOf', { time: formatDateTime(board.asOf) })}</p>
      <div className="sp-mon-units">
        {board.units.map((u) => (
          <section key={u.unitId} className="sp-mon-unit" aria-labelledby={`unit-${u.unitId}`}>
            <header className="sp-mon-unit__head">
              <h2 id={`unit-${u.unitId}`} className="sp-mon-unit__name">
                <Link to={`/cases?unitId=${u.unitId}`}>{u.unitName}</Link>
              </h2>
              <ul className="sp-mon-counts">
                <li className="sp-mon-count sp-mon-count--red">
                  {t('statistics.monitoring.overdueCount')} <b>{u.overdue}</b>
                </li>
                <li className="sp-mon-count sp-mon-count--yellow">
                  {t('statistics.monitoring.dueSoon')} <b>{u.dueSoon}</b>
                </li>
                <li className="sp-mon-count sp-mon-count--green">
                  {t('statistics.monitoring.onTrack')} <b>{u.onTrack}</b>
                </li>
                <li
                  className={`sp-mon-count ${u.referredForLateness > 0 ? 'sp-mon-count--red' : ''}`}
                  data-testid="referred-late"
                >
                  {t('statistics.monitoring.referredLate')} <b>{u.referredForLateness}</b>
                </li>
              </ul>
            </header>
            {u.cards.length === 0 ? (
              <p className="sp-mon-none">{t('statistics.monitoring.none')}</p>
            ) : (
              <ul className="sp-mon-cards">
                {u.cards.map((c) => (
                  <DeadlineCard key={`${c.caseId}-${c.kind}`} card={c} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

/** 电子监察: the running deadlines per unit, and each unit's lateness referrals in the period. */
export function MonitoringBoard() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PeriodChoice>(() => initialChoice());
  const query = useMonitoring(periodOf(choice));
  return (
    <div className="sp-mon">
      <p className="sp-mon-hint">{t('statistics.monitoring.hint')}</p>
      <PeriodPicker value={choice} onChange={setChoice} />
      <QueryView query={query}>{(board) => <Board board={board} />}</QueryView>
    </div>
  );
}
