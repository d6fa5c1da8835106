import { choice, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'dismiss',
  who: ['CENTER_STAFF'],
  from: ['ASSESSING'],
  to: 'CLOSED',
  outcome: 'DISMISSED',
  note: 'v2: the reason is also coded (reasonCode), so the public page can say it in plain words.',
  fields: {
    reasonCode: choice([
      'NOT_ENFORCEMENT',
      'IN_REVIEW_OR_LITIGATION',
      'REVIEW_OR_LITIGATION_AVAILABLE',
      'DUPLICATE',
      'INSUFFICIENT_INFO',
      'OTHER',
    ]),
    reason: text(LONG),
    feedback: text(LONG),
  },
  sample: {
    reasonCode: 'NOT_ENFORCEMENT',
    reason: '不属于行政执法监督受理范围',
    feedback: '您反映的问题属于民事纠纷，不属于本中心受理范围，建议向人民法院起诉。',
  },
});
