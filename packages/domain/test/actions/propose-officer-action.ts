import { choice, defineActionSpec, ids, NAME, SAMPLE_IDS, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'propose_officer_action',
  who: ['CENTER_DIRECTOR'],
  from: [
    'INVESTIGATING',
    'NOTICE_PENDING_APPROVAL',
    'AWAITING_REPLY',
    'REPLY_UNDER_REVIEW',
    'DECISION_PENDING',
    'RECHECKING',
    'REFERRED',
    'CLOSED',
  ],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "officers, measure (CRITICISM, OFF_DUTY_TRAINING, REASSIGNMENT, REVOKE_QUALIFICATION), target organ; the answer is recorded later". INVESTIGATING … CLOSED in the order of the states.',
  fields: {
    officers: ids(1, 20),
    measure: choice(['CRITICISM', 'OFF_DUTY_TRAINING', 'REASSIGNMENT', 'REVOKE_QUALIFICATION']),
    targetOrgan: text(NAME),
  },
  sample: {
    officers: [SAMPLE_IDS.officer],
    measure: 'REVOKE_QUALIFICATION',
    targetOrgan: '四平市市场监督管理局',
  },
});
