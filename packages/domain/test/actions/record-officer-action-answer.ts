import { choice, date, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'record_officer_action_answer',
  who: ['CENTER_DIRECTOR', 'CENTER_STAFF'],
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
  note: 'product.md v2 "the answer is recorded later" (issue 9: by the director or staff): accepted or not, the date, the text; only while a proposal is open.',
  fields: { result: choice(['ACCEPTED', 'NOT_ACCEPTED']), answeredOn: date(), text: text(LONG) },
  after: ['propose_officer_action'],
  sample: {
    result: 'ACCEPTED',
    answeredOn: '2026-03-10',
    text: '经研究，同意取消其行政执法资格，收回执法证件。',
  },
});
