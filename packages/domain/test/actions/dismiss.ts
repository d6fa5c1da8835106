import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'dismiss',
  who: ['CENTER_STAFF'],
  from: ['ASSESSING'],
  to: 'CLOSED',
  outcome: 'DISMISSED',
  fields: { reason: text(LONG), feedback: text(LONG) },
  sample: {
    reason: '不属于行政执法监督受理范围',
    feedback: '您反映的问题属于民事纠纷，不属于本中心受理范围，建议向人民法院起诉。',
  },
});
