import { defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'approve_notice',
  who: ['CENTER_DIRECTOR'],
  from: ['NOTICE_PENDING_APPROVAL'],
  to: 'AWAITING_REPLY',
  outcome: null,
  note: 'Assigns the notice number, the issue date and the due date: nothing to carry.',
  fields: {},
  sample: {},
});
