import { defineActionSpec, id, LONG, NAME, optional, SAMPLE_IDS, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'link_related',
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
  note: 'issue 10: 关联案件, a side action in any open state; the other case may be of any unit, open or closed, but not this one, and a pair is linked once (duplicates.test.ts).',
  fields: {
    targetCaseNumber: optional(text(NAME)),
    targetCaseId: optional(id()),
    note: optional(text(LONG)),
  },
  sample: { targetCaseId: SAMPLE_IDS.otherCase, note: '同一路段的另一起投诉。' },
});
