import { choice, defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'refer_overdue',
  who: ['SYSTEM'],
  from: ['AWAITING_REPLY'],
  to: 'REFERRED',
  outcome: null,
  fields: { reason: choice(['NO_REPLY', 'NOT_IMPLEMENTED']) },
  sample: { reason: 'NO_REPLY' },
  whenOverdue: true,
});
