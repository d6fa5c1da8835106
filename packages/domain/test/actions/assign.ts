import { defineActionSpec, id, SAMPLE_IDS } from '../action-spec.ts';

export default defineActionSpec({
  action: 'assign',
  who: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
  from: [
    'RECEIVED',
    'ASSESSING',
    'INVESTIGATING',
    'NOTICE_PENDING_APPROVAL',
    'AWAITING_REPLY',
    'REPLY_UNDER_REVIEW',
    'DECISION_PENDING',
    'RECHECKING',
    'REFERRED',
  ],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "director (anyone), staff (to themself)"; any open state. The sample names the staff member, so both roles may send it (the rule itself: v2-actions.test.ts).',
  fields: { assigneeId: id() },
  sample: { assigneeId: SAMPLE_IDS.staff },
});
