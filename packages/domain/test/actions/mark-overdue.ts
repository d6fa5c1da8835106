import { choice, defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'mark_overdue',
  who: ['SYSTEM'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  note:
    'product.md v2, overdue policy PROPOSE_DECISION: the sweeper turns the case red and puts it in the ' +
    'director’s queue, once per deadline.',
  fields: { reason: choice(['NO_REPLY', 'NOT_IMPLEMENTED']) },
  sample: { reason: 'NO_REPLY' },
  whenOverdue: true,
  overduePolicy: 'PROPOSE_DECISION',
});
