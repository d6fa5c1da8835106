import { defineActionSpec, ids, LONG, NAME, optional, SAMPLE_IDS, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'refer_lead',
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
  note: 'product.md v2: "问题线索 on named officers to the 监察机关 (art. 33)": registry officers and/or names outside it (at least one), the organ, the lead.',
  fields: {
    officers: optional(ids(0, 20)),
    officerNames: optional(text(NAME)),
    targetOrgan: text(NAME),
    text: text(LONG),
  },
  sample: {
    officers: [SAMPLE_IDS.officer],
    targetOrgan: '四平市监察委员会',
    text: '执法人员马立新在检查中收受商户财物的问题线索，有商户证言两份。',
  },
});
