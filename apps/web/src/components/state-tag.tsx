import { type CaseOutcome, type CaseState, isTerminalState } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import './badges.css';

type Props = { state: CaseState; outcome?: CaseOutcome | null };

/** A case's state in words (and its outcome once closed), colour-coded by stage. */
export function StateTag({ state, outcome }: Props) {
  const { t } = useTranslation();
  return (
    <span
      className={`sp-state sp-state--${state.toLowerCase().replaceAll('_', '-')}`}
      data-testid="state-tag"
      data-state={state}
    >
      {t(`states.${state}`)}
      {isTerminalState(state) && outcome ? `（${t(`outcomes.${outcome}`)}）` : ''}
    </span>
  );
}
