import { ACTION_NAMES, type ActionName, CITE_OFFICERS_ACTION, type TCaseEvent } from '@sp/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import { QueryView } from '../../../components/status-views';
import { formatDateTime } from '../../../lib/format';
import { useCaseEvents } from '../api/get-case-events';
import { EventDetails } from './event-details';
import './case-workspace.css';

function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as string[]).includes(name);
}

function EventItem({ event }: { event: TCaseEvent }) {
  const { t } = useTranslation();
  const what = isActionName(event.action)
    ? t(`actions.${event.action}`)
    : event.action === 'register'
      ? t('register')
      : event.action === CITE_OFFICERS_ACTION
        ? t('registry.caseOfficers.history.action')
        : event.action;
  const actor = event.actor;
  const role = 'system' in actor ? '' : t(`roles.${actor.role}`);
  const who =
    'system' in actor ? t('timeline.system') : actor.displayName ? `${actor.displayName} · ${role}` : role;
  return (
    <li className="sp-timeline__item" data-testid="timeline-event" data-action={event.action}>
      <div className="sp-timeline__head">
        <strong className="sp-timeline__what">{what}</strong>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </div>
      <div className="sp-timeline__who">{who}</div>
      {event.fromState && event.fromState !== event.toState && (
        <div className="sp-muted">
          {t('timeline.transition', {
            from: t(`states.${event.fromState}`),
            to: t(`states.${event.toState}`),
          })}
        </div>
      )}
      <EventDetails data={event.data} />
    </li>
  );
}

/** The case history, oldest first: who (and in what role) did what, when, with what. */
export function CaseTimeline({ caseId, verify }: { caseId: string; verify?: ReactNode }) {
  const { t } = useTranslation();
  const events = useCaseEvents(caseId);
  return (
    <SectionCard title={t('timeline.title')} testId="case-timeline" id="case-history">
      {verify}
      <QueryView query={events} isEmpty={(list) => list.length === 0} empty={t('timeline.empty')}>
        {(list) => (
          <ol className="sp-timeline">
            {list.map((event) => (
              <EventItem key={event.seq} event={event} />
            ))}
          </ol>
        )}
      </QueryView>
    </SectionCard>
  );
}
